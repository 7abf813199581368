/**
 * Packs a backup off the UI thread (PERF-DB-4: the UI's tasks stay ≤ 50 ms while 100,000 answers
 * are packed): receives the assessments one message at a time, packs each as it arrives, and on
 * `finish` assembles the file and transfers its bytes back.
 */
import {
  assembleBackup,
  backupAssessmentPart,
  type AssembleBackupInput,
  type BackupAssessmentInput,
  type PackedAssessment
} from '@shared/backup'

export type BackupWorkerRequest =
  | {
      type: 'assessment'
      input: BackupAssessmentInput
      options: { generator: string; createdAt: string }
    }
  | { type: 'finish'; header: Omit<AssembleBackupInput, 'assessments'> }

export type BackupWorkerReply =
  | { type: 'done'; bytes: Uint8Array; manifest: ReturnType<typeof assembleBackup>['manifest'] }
  | { type: 'error'; message: string }

interface WorkerScope {
  onmessage: ((event: MessageEvent<BackupWorkerRequest>) => void) | null
  postMessage(message: BackupWorkerReply, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

const packed: PackedAssessment[] = []
let failure: string | null = null

scope.onmessage = ({ data }) => {
  if (data.type === 'assessment') {
    if (failure !== null) return
    try {
      packed.push(backupAssessmentPart(data.input, data.options))
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error)
    }
    return
  }
  if (failure !== null) {
    scope.postMessage({ type: 'error', message: failure })
    return
  }
  try {
    const { bytes, manifest } = assembleBackup({ ...data.header, assessments: packed })
    scope.postMessage({ type: 'done', bytes, manifest }, [bytes.buffer])
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error)
    })
  }
}
