/**
 * Checks a package or backup file off the UI thread: unzip, every size/ratio/name guard, JSON and
 * schema checks, SHA-256 of every part (docs/package-format.md, docs/backup-format.md). The result
 * comes back in pieces (file-check-core.ts), the evidence bytes transferred, not copied, so the UI
 * thread never spends one long task taking in a large file.
 */
import { runFileCheck, runRegisterCheck } from './file-check-core'
import type { FileCheckReply, FileCheckRequest, RegisterCheckRequest } from './file-check-protocol'

interface WorkerScope {
  onmessage: ((event: MessageEvent<FileCheckRequest | RegisterCheckRequest>) => void) | null
  postMessage(message: FileCheckReply, transfer?: Transferable[]): void
}
const scope = self as unknown as WorkerScope

scope.onmessage = ({ data }) => {
  const post = (reply: FileCheckReply, transfer?: ArrayBuffer[]) =>
    scope.postMessage(reply, transfer ?? [])
  const run =
    data.kind === 'registers'
      ? runRegisterCheck(data, post)
      : runFileCheck(data.kind, data.bytes, post, data.passphrase)
  run.catch((error: unknown) =>
    scope.postMessage({
      type: 'error',
      message: error instanceof Error ? error.message : String(error)
    })
  )
}
