import { randomBytes } from 'node:crypto'
import { promises as fsp } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Writes `bytes` to `path` so that `path` is always either the old file or the complete new one:
 * write a temporary sibling, flush it to disk, then rename it over the target (atomic on the same
 * volume). A crash or full disk mid-write leaves the old file untouched; the temporary file is
 * removed on failure.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await fsp.open(temp, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fsp.rename(temp, path)
  } catch (error) {
    await fsp.rm(temp, { force: true })
    throw error
  }
}

/** Why {@link readFileWithLimit} refused a file. */
export class FileTooLargeError extends Error {
  constructor(
    readonly size: number,
    readonly maxBytes: number
  ) {
    super(`the file is ${size} bytes; at most ${maxBytes} bytes can be opened`)
    this.name = 'FileTooLargeError'
  }
}

/**
 * Reads a regular file of at most `maxBytes`. The size is checked on the open handle before any
 * byte is read, so an oversized file is never loaded, and the buffer is sized from that check.
 * @throws FileTooLargeError when the file is larger than `maxBytes`
 */
export async function readFileWithLimit(path: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await fsp.open(path, 'r')
  try {
    const stats = await handle.stat()
    if (!stats.isFile())
      // A folder says so with the system's own code, so callers word it like any other I/O failure.
      throw Object.assign(
        new Error('not a regular file'),
        stats.isDirectory() ? { code: 'EISDIR' } : {}
      )
    if (stats.size > maxBytes) throw new FileTooLargeError(stats.size, maxBytes)
    // One spare byte reveals a file that grew after the size check instead of truncating it.
    const buffer = new Uint8Array(stats.size + 1)
    let length = 0
    while (length < buffer.byteLength) {
      const { bytesRead } = await handle.read(buffer, length, buffer.byteLength - length, length)
      if (bytesRead === 0) break
      length += bytesRead
    }
    if (length > stats.size) throw new Error('the file changed while it was being read')
    return buffer.subarray(0, length)
  } finally {
    await handle.close()
  }
}
