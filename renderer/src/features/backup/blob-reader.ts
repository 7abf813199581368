import { readBlobsHere, type ReadBlobs } from '../../db/repos/backup'

export interface BlobReadRequest {
  id: number
  blobs: readonly Blob[]
}
export type BlobReadReply = { id: number; bytes: ArrayBuffer } | { id: number; failed: string }

/**
 * Reads Blobs in a helper worker (blob-read.worker.ts), groups in the order asked, so the backup
 * worker does not pay the per-Blob cost of reading stored files itself (issue 15). A group the
 * helper cannot read (or a helper that cannot start) is read in this thread instead, so a
 * storage failure is reported as it would be without the helper. Where no Worker exists (a host
 * without nested workers, tests), reads here. `stop` ends the helper.
 */
export function helperBlobReader(): { read: ReadBlobs; stop: () => void } {
  if (typeof Worker === 'undefined') return { read: readBlobsHere, stop: () => undefined }
  const worker = new Worker(new URL('./blob-read.worker.ts', import.meta.url), { type: 'module' })
  const waiting = new Map<number, (bytes: ArrayBuffer | null) => void>()
  let next = 0
  let broken = false
  worker.addEventListener('message', ({ data }: MessageEvent<BlobReadReply>) => {
    const settle = waiting.get(data.id)
    waiting.delete(data.id)
    settle?.('bytes' in data ? data.bytes : null)
  })
  worker.addEventListener('error', () => {
    broken = true
    for (const settle of waiting.values()) settle(null)
    waiting.clear()
  })
  const read: ReadBlobs = async (blobs) => {
    if (broken) return readBlobsHere(blobs)
    const id = next++
    const bytes = await new Promise<ArrayBuffer | null>((settle) => {
      waiting.set(id, settle)
      worker.postMessage({ id, blobs } satisfies BlobReadRequest)
    })
    return bytes ?? readBlobsHere(blobs)
  }
  return { read, stop: () => worker.terminate() }
}
