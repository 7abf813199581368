import type { ParseResult } from '@shared/util/validation'
import type { StabilityDatabase } from '../../db/database'
import { restoreBackup } from '../../db/repos/restore'
import { StorageError } from '../../db/storage-error'
import { nextTask } from './check-off-thread'
import { backupPreview, checkBackupToHold } from './file-check-core'
import type {
  BackupPreview,
  FileCheckRequest,
  HeldBackupReply,
  HeldBackupRestore
} from './file-check-protocol'
import { copyPhaseMarks } from './phase-marks'

/** A backup that passed every check, kept where it was checked until restored or let go. */
export interface HeldBackup {
  /** What the restore dialog shows. */
  preview: BackupPreview
  /**
   * Replaces everything stored in `db` with the backup, in one transaction. After a failure
   * (nothing written) it may be tried again; after success the backup is let go.
   */
  restore(db: StabilityDatabase): Promise<void>
  /** Lets the backup go without writing anything. */
  release(): void
}

/** Where no Worker exists (unit tests): checked and restored in this thread. */
async function holdHere(bytes: Uint8Array, passphrase?: string): Promise<ParseResult<HeldBackup>> {
  await nextTask()
  const checked = await checkBackupToHold(bytes, passphrase)
  if (!checked.ok) return checked
  const contents = checked.value
  return {
    ok: true,
    value: {
      preview: backupPreview(contents),
      restore: (db) => restoreBackup(db, contents),
      release: () => undefined
    }
  }
}

function holdInWorker(request: FileCheckRequest): Promise<ParseResult<HeldBackup>> {
  const worker = new Worker(new URL('./file-check.worker.ts', import.meta.url), {
    type: 'module'
  })
  const replies: Array<(reply: HeldBackupReply) => void> = []
  const failures: Array<(error: Error) => void> = []
  const next = () =>
    new Promise<HeldBackupReply>((resolve, reject) => {
      replies.push(resolve)
      failures.push(reject)
    })
  worker.addEventListener('message', ({ data }: MessageEvent<HeldBackupReply>) => {
    failures.shift()
    replies.shift()?.(data)
  })
  worker.addEventListener('error', (event) => {
    replies.shift()
    failures.shift()?.(new Error(event.message || 'the file check failed'))
  })
  const release = () => worker.terminate()
  const restore = async (db: StabilityDatabase): Promise<void> => {
    const written = next()
    worker.postMessage({ type: 'restore', databaseName: db.name } satisfies HeldBackupRestore)
    const reply = await written.catch((error: unknown) => {
      release()
      throw error
    })
    if (reply.type === 'restored') {
      release()
      return copyPhaseMarks(reply.marks)
    }
    // Not written: the worker still holds the backup, so the user may try again.
    if (reply.type === 'restoreFailed') {
      copyPhaseMarks(reply.marks)
      throw new StorageError(reply.code, reply.message)
    }
    release()
    throw new Error(reply.type === 'error' ? reply.message : 'the restore gave no answer')
  }
  const checked = next()
  worker.postMessage(request, [request.bytes.buffer as ArrayBuffer])
  return checked.then(
    (reply): ParseResult<HeldBackup> => {
      if (reply.type === 'held')
        return { ok: true, value: { preview: reply.preview, restore, release } }
      release()
      if (reply.type === 'refused') return { ok: false, issues: reply.issues }
      throw new Error(reply.type === 'error' ? reply.message : 'the file check gave no result')
    },
    (error: unknown) => {
      release()
      throw error
    }
  )
}

/**
 * Checks a backup to restore in the file-check worker (decrypting it there with `passphrase`) and
 * keeps the checked contents THERE: the page receives only the preview, and on confirmation the
 * worker writes the backup from what it already holds (restoreBackup in one transaction, in large
 * chunks as no page waits on them). No assessment or evidence file crosses to the page, so its
 * tasks stay short while 100,000 answers are checked and restored (PERF-DB-4). A refusal writes
 * nothing. `bytes` is handed over to the worker: the caller must not use it afterwards.
 */
export async function checkBackupToRestore(
  bytes: Uint8Array,
  passphrase?: string
): Promise<ParseResult<HeldBackup>> {
  if (typeof Worker === 'undefined') return holdHere(bytes, passphrase)
  // Starting a worker takes the page a while: not in the task of the click that asked for it.
  await nextTask()
  const request: FileCheckRequest = { kind: 'backup', bytes, hold: true }
  return holdInWorker(passphrase === undefined ? request : { ...request, passphrase })
}
