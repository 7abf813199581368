import type {
  AppInfo,
  IpcInput,
  OpenedFile,
  SaveFileResult,
  StoredBackup
} from '@shared/ipc/contract'
import type { DownloadQueue } from './download-queue'

/** A save-dialog filter, e.g. `{ name: 'Excel', extensions: ['xlsx'] }`. */
export type FileFilter = NonNullable<IpcInput<'file:save'>['filters']>[number]

export interface SaveFileRequest {
  /** A file name, not a path: the user (Electron) or the browser decides where it goes. */
  suggestedName: string
  /**
   * Typed as the bridge contract accepts it (backed by a plain ArrayBuffer, so it can be cloned),
   * or a Blob (a backup made in its worker): the browser downloads a Blob without copying it.
   */
  bytes: IpcInput<'file:save'>['bytes'] | Blob
  /** Used by the browser download; the desktop save dialog goes by `filters`. */
  mimeType: string
  filters?: FileFilter[]
}

export interface OpenFileRequest {
  /** Accepted file extensions without the dot, e.g. `['json', 'xlsx']`. */
  accept: string[]
  /** Larger files are refused with an AppError('TOO_LARGE') before they are read. */
  maxBytes: number
}

/** Automatic rolling backups outside IndexedDB (desktop only: main writes them to user data). */
export interface AutoBackupStore {
  write(
    bytes: IpcInput<'backup:write'>['bytes'],
    keep: number,
    reason: IpcInput<'backup:write'>['reason']
  ): Promise<StoredBackup>
  /** Newest first. */
  list(): Promise<StoredBackup[]>
  read(name: string): Promise<OpenedFile>
}

/**
 * Everything the renderer needs from the machine it runs on. One implementation per host:
 * Electron (through the preload bridge and main's native dialogs) and a plain browser
 * (downloads and `<input type=file>`). Screens depend on this interface only.
 */
export interface Platform {
  kind: 'electron' | 'browser'
  getAppInfo(): Promise<AppInfo>
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  /** Resolves `null` when the user cancels. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>
  /** Present only where backups can be kept outside the browser's storage (the desktop app). */
  autoBackups?: AutoBackupStore
  /** Browser only: files ready after the user's click expired, waiting for one more click. */
  downloads?: DownloadQueue
  /**
   * Desktop only: prints a report's print view (standalone HTML) to PDF and saves it where the
   * user picks. The browser build opens the print view for the browser's "Save as PDF" instead.
   */
  printPdf?(request: { html: string; suggestedName: string }): Promise<SaveFileResult>
}
