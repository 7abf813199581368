import type { BackupContents } from '@shared/backup'
import type { PackageContents } from '@shared/package'
import type { ParseResult } from '@shared/util/validation'
import { fileCheckCollector, runFileCheck, type FileCheckResult } from './file-check-core'
import type { FileCheckKind, FileCheckReply, FileCheckRequest } from './file-check-protocol'

/** Lets the page paint before a synchronous check where no worker can take it. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Resolves in a task after the next frame was drawn (or after 100 ms where no frame comes: a hidden
 * window, unit tests), for UI that can wait a frame: shown in the same frame as a larger change (a
 * dialog closing after a restore), its first measure of the page (a notice's getComputedStyle)
 * recalculates the styles of that whole change in one long task (PERF-DB-4).
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100)
    if (typeof requestAnimationFrame !== 'function') return
    requestAnimationFrame(() => {
      clearTimeout(fallback)
      setTimeout(resolve, 0)
    })
  })

/** The same protocol in this thread (unit tests; hosts without Worker). */
async function checkHere(
  kind: FileCheckKind,
  bytes: Uint8Array,
  passphrase?: string
): Promise<FileCheckResult> {
  await nextTask()
  const collector = fileCheckCollector()
  let result: FileCheckResult | undefined
  await runFileCheck(
    kind,
    bytes,
    (reply) => {
      result = collector.take(reply) ?? result
    },
    passphrase
  )
  if (result === undefined) throw new Error('the file check gave no result')
  return result
}

function checkInWorker(request: FileCheckRequest): Promise<FileCheckResult> {
  const worker = new Worker(new URL('./file-check.worker.ts', import.meta.url), {
    type: 'module'
  })
  const collector = fileCheckCollector()
  return new Promise<FileCheckResult>((resolve, reject) => {
    worker.addEventListener('message', ({ data }: MessageEvent<FileCheckReply>) => {
      try {
        const result = collector.take(data)
        if (result !== undefined) resolve(result)
      } catch (error) {
        reject(error)
      }
    })
    worker.addEventListener('error', (event) =>
      reject(new Error(event.message || 'the file check failed'))
    )
    worker.postMessage(request, [request.bytes.buffer as ArrayBuffer])
  }).finally(() => worker.terminate())
}

/**
 * Runs the full check of a package or backup file in a Web Worker (file-check.worker.ts), so the
 * UI keeps responding while a large file is unzipped, validated and hashed; only putting the
 * pieces together happens here, one assessment per task. `bytes` is handed over to the worker:
 * the caller must not use it afterwards.
 */
function checkOffThread(
  kind: FileCheckKind,
  bytes: Uint8Array,
  passphrase?: string
): Promise<FileCheckResult> {
  return typeof Worker === 'undefined'
    ? checkHere(kind, bytes, passphrase)
    : checkInWorker(passphrase === undefined ? { kind, bytes } : { kind, bytes, passphrase })
}

/** readPackage off the UI thread; an encrypted package is decrypted there with `passphrase`. */
export const readPackageOffThread = (bytes: Uint8Array, passphrase?: string) =>
  checkOffThread('package', bytes, passphrase) as Promise<ParseResult<PackageContents>>

/** readBackup off the UI thread; an encrypted backup is decrypted there with `passphrase`. */
export const readBackupOffThread = (bytes: Uint8Array, passphrase?: string) =>
  checkOffThread('backup', bytes, passphrase) as Promise<ParseResult<BackupContents>>
