/**
 * Packs a backup off the UI thread (PERF-DB-4: the UI's tasks stay ≤ 50 ms while 100,000 answers
 * are backed up): receives the assessments one message at a time as the page reads them, each
 * with the evidence files it is the first to reference as Blob handles, reads those files' bytes
 * here and packs the assessment at once; on `finish` assembles the file and transfers its bytes
 * back.
 */
import {
  assembleBackup,
  packQueuedAssessment,
  type AssembleBackupInput,
  type PackedAssessment,
  type QueuedAssessment
} from '@shared/backup'
import type { PackageEvidence } from '@shared/package'

export type BackupWorkerRequest =
  | {
      type: 'assessment'
      item: QueuedAssessment
      files: Array<{ sha256: string; blob: Blob }>
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
/** Workers only (the renderer's DOM typings do not declare it). */
declare const FileReaderSync: new () => { readAsArrayBuffer(blob: Blob): ArrayBuffer }

const packed: PackedAssessment[] = []
const evidence = new Map<string, PackageEvidence>()
let failure: string | null = null

scope.onmessage = ({ data }) => {
  if (data.type === 'assessment') {
    if (failure !== null) return
    try {
      // A dedicated worker may read a Blob synchronously.
      const reader = new FileReaderSync()
      for (const { sha256, blob } of data.files)
        evidence.set(sha256, { sha256, bytes: new Uint8Array(reader.readAsArrayBuffer(blob)) })
      packed.push(packQueuedAssessment(data.item, evidence, data.options))
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
    scope.postMessage({ type: 'done', bytes, manifest }, [bytes.buffer as ArrayBuffer])
  } catch (error) {
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error)
    })
  }
}
