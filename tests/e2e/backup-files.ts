import { readFile } from 'node:fs/promises'
import { unzipSync, zipSync } from 'fflate'

/**
 * A backup file changed after it was written: one byte of its first assessment part flipped, so
 * that part no longer matches the SHA-256 backup.json records for it. Returns the file and the
 * part that was changed.
 */
export async function tamperedBackup(path: string): Promise<{ buffer: Buffer; part: string }> {
  const files = unzipSync(new Uint8Array(await readFile(path)))
  const part = Object.keys(files).find((name) => name.startsWith('assessments/'))
  if (part === undefined) throw new Error('the backup holds no assessment part')
  const bytes = files[part]!.slice()
  bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff
  files[part] = bytes
  return { buffer: Buffer.from(zipSync(files, { level: 0 })), part }
}
