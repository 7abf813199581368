import { basename, join } from 'node:path'
import type { OpenDialogOptions, SaveDialogOptions, WebContents } from 'electron'
import { FileTooLargeError, readFileWithLimit, writeFileAtomic } from '../file-io'
import { IpcHandlerError } from './handle'
import type { IpcHandlers } from './handle'

/** The native dialogs, parented to the calling window; injected so tests need no Electron. */
export interface FileDialogs {
  showSaveDialog(
    sender: WebContents,
    options: SaveDialogOptions
  ): Promise<{ canceled: boolean; filePath?: string }>
  showOpenDialog(
    sender: WebContents,
    options: OpenDialogOptions
  ): Promise<{ canceled: boolean; filePaths: string[] }>
}

export interface FileHandlerDeps {
  readonly dialogs: FileDialogs
  /** Where the save dialog starts, e.g. the user's Documents folder. */
  readonly defaultDirectory: () => string
}

const isMissingFile = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'ENOTDIR')

/**
 * Handlers of the `file:` domain. The renderer never names a path: the user picks it in a native
 * dialog, and main reads or writes only that file.
 */
export function createFileHandlers(
  deps: FileHandlerDeps
): Pick<IpcHandlers, 'file:save' | 'file:open'> {
  return {
    'file:save': async ({ suggestedName, bytes, filters }, { sender }) => {
      const result = await deps.dialogs.showSaveDialog(sender, {
        defaultPath: join(deps.defaultDirectory(), suggestedName),
        ...(filters === undefined ? {} : { filters }),
        properties: ['createDirectory', 'showOverwriteConfirmation']
      })
      if (result.canceled || result.filePath === undefined || result.filePath === '') {
        return { saved: false }
      }
      await writeFileAtomic(result.filePath, bytes)
      return { saved: true, path: result.filePath }
    },

    'file:open': async ({ filters, maxBytes }, { sender }) => {
      const result = await deps.dialogs.showOpenDialog(sender, {
        properties: ['openFile'],
        ...(filters === undefined ? {} : { filters })
      })
      const path = result.filePaths[0]
      if (result.canceled || path === undefined) return null
      try {
        return { name: basename(path), bytes: await readFileWithLimit(path, maxBytes) }
      } catch (error) {
        if (error instanceof FileTooLargeError)
          throw new IpcHandlerError('TOO_LARGE', error.message)
        if (isMissingFile(error))
          throw new IpcHandlerError('NOT_FOUND', `${basename(path)} no longer exists`)
        throw error
      }
    }
  }
}
