import type { BackupPacker } from '../../db/repos/backup'
import type { BackupWorkerReply, BackupWorkerRequest } from './backup.worker'

/**
 * A BackupPacker that packs in a Web Worker (backup.worker.ts), so the UI thread only reads the
 * database and posts one assessment per task. Null where no Worker exists (the caller then packs
 * in its own thread, chunked).
 */
export function createWorkerPacker(): BackupPacker | null {
  if (typeof Worker === 'undefined') return null
  const worker = new Worker(new URL('./backup.worker.ts', import.meta.url), { type: 'module' })
  const post = (message: BackupWorkerRequest): void => worker.postMessage(message)
  let workerError: string | null = null
  worker.addEventListener('error', (event) => {
    workerError = event.message || 'the backup worker failed'
  })
  return {
    pack: (input, options) => post({ type: 'assessment', input, options }),
    finish: (header) =>
      new Promise((resolve, reject) => {
        if (workerError !== null) {
          worker.terminate()
          reject(new Error(workerError))
          return
        }
        worker.addEventListener('message', ({ data }: MessageEvent<BackupWorkerReply>) => {
          worker.terminate()
          if (data.type === 'done') resolve({ bytes: data.bytes, manifest: data.manifest })
          else reject(new Error(data.message))
        })
        worker.addEventListener('error', (event) => {
          worker.terminate()
          reject(new Error(event.message || 'the backup worker failed'))
        })
        post({ type: 'finish', header })
      })
  }
}
