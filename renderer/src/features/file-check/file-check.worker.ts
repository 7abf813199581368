/**
 * Checks a package or backup file off the UI thread: unzip, every size/ratio/name guard, JSON and
 * schema checks, SHA-256 of every part (docs/package-format.md, docs/backup-format.md). The result
 * comes back in pieces (file-check-core.ts), the evidence bytes transferred, not copied, so the UI
 * thread never spends one long task taking in a large file.
 */
import { runFileCheck } from './file-check-core'
import type { FileCheckReply, FileCheckRequest } from './file-check-protocol'

interface WorkerScope {
  onmessage: ((event: MessageEvent<FileCheckRequest>) => void) | null
  postMessage(message: FileCheckReply, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = ({ data }) => {
  const post = (reply: FileCheckReply, transfer?: ArrayBuffer[]) =>
    scope.postMessage(reply, transfer ?? [])
  runFileCheck(data.kind, data.bytes, post, data.passphrase).catch((error: unknown) =>
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error)
    })
  )
}
