import type { DerivedKey } from '@shared/crypto/container'
import { openDatabase, type StabilityDatabase } from '../../db/database'
import { createBackup, type ReadBlobs } from '../../db/repos/backup'
import { StorageError } from '../../db/storage-error'
import { copyPhaseMarks } from '../file-check/phase-marks'
import type { BackupWorkerReply, BackupWorkerRequest } from './backup.worker'
import { helperBlobReader } from './blob-reader'

/**
 * How a backup file is sealed (docs/security.md): with a passphrase (a key derived for this
 * file), with the session's key (encrypted automatic backups), or not at all (an explicit choice).
 */
export type BackupSeal = { passphrase: string } | { key: DerivedKey } | null

export interface BackupFileOptions {
  /** e.g. `Stability Assessor 0.1.0 (browser)`. */
  generator: string
  now: Date
  seal: BackupSeal
  /** Whole percent packed, 0–100, as it changes. */
  onProgress?: (percent: number) => void
  /** How stored evidence Blobs are read (createBackup's readBlobs); default: in this thread. */
  readBlobs?: ReadBlobs
}

/**
 * Builds the whole backup file — reads the database, packs every assessment, assembles and seals
 * it — in the calling thread. The backup worker runs this; so do hosts without Worker (tests).
 */
export async function buildBackupFile(
  db: StabilityDatabase,
  options: BackupFileOptions
): Promise<Uint8Array> {
  let percent = -1
  const { bytes } = await createBackup(db, {
    generator: options.generator,
    now: options.now,
    ...(options.readBlobs !== undefined ? { readBlobs: options.readBlobs } : {}),
    onProgress: (done, total) => {
      const next = Math.round((done / Math.max(1, total)) * 100)
      if (next !== percent) options.onProgress?.((percent = next))
    }
  })
  performance.mark('backup:assembled')
  const { seal } = options
  if (seal === null) return bytes
  const { encryptContainer, sealWithKey } = await import('@shared/crypto/container')
  const sealed =
    'key' in seal
      ? await sealWithKey(seal.key, 'backup', bytes)
      : await encryptContainer(bytes, seal.passphrase, 'backup')
  performance.mark('backup:sealed')
  return sealed
}

/**
 * Writes the backup file of `db` in the backup worker (backup.worker.ts), which opens the same
 * database itself: the UI thread reads no row, copies no evidence file and packs nothing, so it
 * keeps answering while 100,000 answers are backed up (PERF-DB-4); the finished file comes back
 * as a Blob made in the worker, so the page neither copies nor holds its bytes (a download saves
 * the Blob as it is). Where no Worker exists, builds it here (buildBackupFile).
 */
export async function writeBackupFile(
  db: StabilityDatabase,
  options: BackupFileOptions
): Promise<Blob> {
  if (typeof Worker === 'undefined')
    return new Blob([(await buildBackupFile(db, options)) as Uint8Array<ArrayBuffer>])
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' })
  const request: BackupWorkerRequest = {
    databaseName: db.name,
    generator: options.generator,
    createdAt: options.now.toISOString(),
    seal: options.seal
  }
  return new Promise<Blob>((resolve, reject) => {
    worker.addEventListener('message', ({ data }: MessageEvent<BackupWorkerReply>) => {
      if (data.type === 'progress') return options.onProgress?.(data.percent)
      copyPhaseMarks(data.marks)
      if (data.type === 'done') resolve(data.file)
      else reject(new StorageError(data.code, data.message))
    })
    worker.addEventListener('error', (event) =>
      reject(new Error(event.message || 'the backup worker failed'))
    )
    worker.postMessage(request)
  }).finally(() => worker.terminate())
}

/**
 * The worker's side: opens the database by name, builds the file (stored evidence read by a
 * helper worker, blob-reader.ts), closes the database.
 */
export async function buildBackupInWorker(
  request: BackupWorkerRequest,
  onProgress: (percent: number) => void
): Promise<Uint8Array> {
  const db = openDatabase(request.databaseName)
  const blobs = helperBlobReader()
  try {
    return await buildBackupFile(db, {
      generator: request.generator,
      now: new Date(request.createdAt),
      seal: request.seal,
      onProgress,
      readBlobs: blobs.read
    })
  } finally {
    blobs.stop()
    db.close()
  }
}
