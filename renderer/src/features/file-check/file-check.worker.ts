/**
 * Checks a package or backup file off the UI thread: unzip, every size/ratio/name guard, JSON and
 * schema checks, SHA-256 of every part (docs/package-format.md, docs/backup-format.md). The result
 * comes back in pieces (file-check-core.ts), the evidence bytes transferred, not copied, so the UI
 * thread never spends one long task taking in a large file. A backup to restore is kept here
 * instead, and written from here once the user confirms (held-backup.ts).
 */
import { storageErrorCode } from '../../db/storage-error'
import { backupPreview, checkBackupToHold, runFileCheck } from './file-check-core'
import { phaseMarks } from './phase-marks'
import type {
  FileCheckReply,
  FileCheckRequest,
  HeldBackupReply,
  HeldBackupRestore
} from './file-check-protocol'
import type { BackupContents } from '@shared/backup'

interface WorkerScope {
  onmessage: ((event: MessageEvent<FileCheckRequest | HeldBackupRestore>) => void) | null
  postMessage(message: FileCheckReply | HeldBackupReply, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

const failed = (error: unknown) => ({
  type: 'error' as const,
  message: error instanceof Error ? error.message : String(error)
})

/** The checked backup this worker holds (a `hold` request), until it is written. */
let held: BackupContents | null = null

async function hold(request: FileCheckRequest): Promise<HeldBackupReply> {
  const checked = await checkBackupToHold(request.bytes, request.passphrase)
  if (!checked.ok) return { type: 'refused', issues: checked.issues }
  held = checked.value
  return { type: 'held', preview: backupPreview(held) }
}

async function restore({ databaseName }: HeldBackupRestore): Promise<HeldBackupReply> {
  const contents = held
  if (contents === null) throw new Error('no checked backup is held')
  held = null
  const [{ openDatabase }, { restoreBackup, WORKER_CHUNKS }] = await Promise.all([
    import('../../db/database'),
    import('../../db/repos/restore')
  ])
  const db = openDatabase(databaseName)
  try {
    await restoreBackup(db, contents, WORKER_CHUNKS)
    return { type: 'restored', marks: phaseMarks('restore:') }
  } catch (error) {
    // Nothing was written (one transaction): the backup stays here for another attempt.
    held = contents
    return {
      type: 'restoreFailed',
      code: storageErrorCode(error),
      message: error instanceof Error ? error.message : String(error),
      marks: phaseMarks('restore:')
    }
  } finally {
    db.close()
  }
}

scope.onmessage = ({ data }) => {
  if ('type' in data) {
    restore(data).then(scope.postMessage.bind(scope), (error: unknown) =>
      scope.postMessage(failed(error))
    )
    return
  }
  if (data.hold) {
    hold(data).then(scope.postMessage.bind(scope), (error: unknown) =>
      scope.postMessage(failed(error))
    )
    return
  }
  const post = (reply: FileCheckReply, transfer?: ArrayBuffer[]) =>
    scope.postMessage(reply, transfer ?? [])
  runFileCheck(data.kind, data.bytes, post, data.passphrase).catch((error: unknown) =>
    scope.postMessage(failed(error))
  )
}
