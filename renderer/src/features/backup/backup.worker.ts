/**
 * Builds a whole backup file off the UI thread (PERF-DB-4: the UI's tasks stay ≤ 50 ms while
 * 100,000 answers are backed up): opens the app's database itself, reads it in bulk, packs every
 * assessment, assembles and seals the file, and transfers its bytes back (backup-file.ts).
 */
import { storageErrorCode, type StorageErrorCode } from '../../db/storage-error'
import { phaseMarks, type PhaseMarks } from '../file-check/phase-marks'
import { buildBackupInWorker, type BackupSeal } from './backup-file'

export interface BackupWorkerRequest {
  databaseName: string
  generator: string
  createdAt: string
  seal: BackupSeal
}

export type BackupWorkerReply =
  | { type: 'progress'; percent: number }
  | { type: 'done'; file: Blob; marks: PhaseMarks }
  | { type: 'error'; code: StorageErrorCode; message: string; marks: PhaseMarks }

interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null
  postMessage(message: BackupWorkerReply, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

const marks = (): PhaseMarks => phaseMarks('backup:')

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
