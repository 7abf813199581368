/**
 * Builds a whole backup file off the UI thread (PERF-DB-4: the UI's tasks stay ≤ 50 ms while
 * 100,000 answers are backed up): opens the app's database itself, reads it in bulk, packs every
 * assessment, assembles and seals the file, and transfers its bytes back (backup-file.ts).
 */
import type { StorageErrorCode } from '../../db/storage-error'
import { buildBackupInWorker, storageErrorCode, type BackupSeal } from './backup-file'

export interface BackupWorkerRequest {
  databaseName: string
  generator: string
  createdAt: string
  seal: BackupSeal
}

/** The worker's phase marks, as absolute times (performance.timeOrigin + startTime). */
type Marks = Array<{ name: string; at: number }>

export type BackupWorkerReply =
  | { type: 'progress'; percent: number }
  | { type: 'done'; file: Blob; marks: Marks }
  | { type: 'error'; code: StorageErrorCode; message: string; marks: Marks }

interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null
  postMessage(message: BackupWorkerReply, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

const marks = (): Marks =>
  performance
    .getEntriesByType('mark')
    .filter((mark) => mark.name.startsWith('backup:'))
    .map((mark) => ({ name: mark.name, at: performance.timeOrigin + mark.startTime }))

scope.onmessage = ({ data }) => {
  buildBackupInWorker(data, (percent) => scope.postMessage({ type: 'progress', percent })).then(
    // A Blob made here: the copy into the browser's blob store happens in this thread, and the
    // page receives a handle it can save without touching the bytes.
    (bytes) =>
      scope.postMessage({
        type: 'done',
        file: new Blob([bytes as Uint8Array<ArrayBuffer>]),
        marks: marks()
      }),
    (error: unknown) =>
      scope.postMessage({
        type: 'error',
        code: storageErrorCode(error),
        message: error instanceof Error ? error.message : String(error),
        marks: marks()
      })
  )
}
