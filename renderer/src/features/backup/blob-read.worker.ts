/**
 * Reads stored Blobs for the backup worker (blob-reader.ts): the concatenated bytes of each group
 * it is sent, transferred back. Making a Blob of Blobs read from IndexedDB costs a fixed ~0.1–0.3
 * ms per stored Blob on the thread that makes it (the largest share of the backup worker's
 * profile, issue 15); here it runs on another core while the backup worker packs.
 */
import type { BlobReadReply, BlobReadRequest } from './blob-reader'

interface WorkerScope {
  onmessage: ((event: MessageEvent<BlobReadRequest>) => void) | null
  postMessage(message: BlobReadReply, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = ({ data: { id, blobs } }) => {
  new Blob(blobs as Blob[]).arrayBuffer().then(
    (bytes) => scope.postMessage({ id, bytes }, [bytes]),
    (error: unknown) => scope.postMessage({ id, failed: String(error) })
  )
}
