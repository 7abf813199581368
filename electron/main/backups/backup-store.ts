import { promises as fsp } from 'node:fs'
import { join } from 'node:path'
import { CONTAINER_MAGIC, startsLikeContainer } from '@shared/crypto/magic'
import { readFileWithLimit, writeFileAtomic } from '../file-io'

/**
 * Automatic rolling backups on disk (docs/backup-format.md), kept by the main process in one
 * directory (`<userData>/backups`). Pure Node, no Electron import, so it is unit-tested with a
 * temporary directory. The renderer never names a path: file names are generated here, and a name
 * coming back from the renderer is accepted only if it is exactly one of ours.
 */

/** `backup-20250721T080000123Z-0001.sabackup`: UTC time (sorts by name), then a counter. */
export const BACKUP_NAME = /^backup-(\d{8}T\d{9}Z)-(\d{4})\.sabackup$/
/** Largest automatic backup written or read (the bridge's file limit). */
export const MAX_AUTO_BACKUP_BYTES = 256 * 1024 * 1024
export const DEFAULT_KEEP = 10
export const MAX_KEEP = 100

export interface StoredBackup {
  name: string
  size: number
  /** ISO time from the name (when main wrote it). */
  createdAt: string
  /** Begins with the encrypted container's magic: Settings says which backups are unencrypted. */
  encrypted: boolean
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')
function stamp(at: Date): string {
  return (
    `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T` +
    `${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}${pad(at.getUTCMilliseconds(), 3)}Z`
  )
}
function createdAtOf(name: string): string {
  const m = BACKUP_NAME.exec(name)!
  const s = m[1]!
  return `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`
}

async function names(directory: string): Promise<string[]> {
  try {
    return (await fsp.readdir(directory)).filter((name) => BACKUP_NAME.test(name))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** Whether the file begins like an encrypted container (only its first bytes are read). */
async function looksEncrypted(path: string): Promise<boolean> {
  const file = await fsp.open(path, 'r')
  try {
    const head = new Uint8Array(CONTAINER_MAGIC.length)
    const { bytesRead } = await file.read(head, 0, head.length, 0)
    return startsLikeContainer(head.subarray(0, bytesRead))
  } finally {
    await file.close()
  }
}

/** The automatic backups in `directory`, newest first. */
export async function listBackups(directory: string): Promise<StoredBackup[]> {
  const found = (await names(directory)).sort().reverse()
  const out: StoredBackup[] = []
  for (const name of found) {
    const stats = await fsp.stat(join(directory, name)).catch(() => null)
    if (!stats?.isFile()) continue
    const encrypted = await looksEncrypted(join(directory, name)).catch(() => false)
    out.push({ name, size: stats.size, createdAt: createdAtOf(name), encrypted })
  }
  return out
}

/**
 * Writes one backup atomically (temporary file, fsync, rename: a crash leaves the previous set
 * intact), then deletes all but the newest `keep`. Returns what was written.
 */
export async function writeBackup(
  directory: string,
  bytes: Uint8Array,
  options: { keep?: number; now?: Date } = {}
): Promise<StoredBackup> {
  if (bytes.byteLength > MAX_AUTO_BACKUP_BYTES)
    throw new Error(
      `a backup of ${bytes.byteLength} bytes is over the ${MAX_AUTO_BACKUP_BYTES} limit`
    )
  const keep = Math.min(MAX_KEEP, Math.max(1, Math.floor(options.keep ?? DEFAULT_KEEP)))
  await fsp.mkdir(directory, { recursive: true })
  const existing = new Set(await names(directory))
  const base = stamp(options.now ?? new Date())
  let counter = 1
  while (existing.has(`backup-${base}-${pad(counter, 4)}.sabackup`)) counter++
  const name = `backup-${base}-${pad(counter, 4)}.sabackup`
  await writeFileAtomic(join(directory, name), bytes)
  // Leftovers of a write killed before its rename.
  for (const entry of await fsp.readdir(directory))
    if (/^\.backup-.*\.tmp$/.test(entry) && !entry.startsWith(`.${name}`))
      await fsp.rm(join(directory, entry), { force: true })
  const all = (await names(directory)).sort().reverse()
  for (const old of all.slice(keep)) await fsp.rm(join(directory, old), { force: true })
  return {
    name,
    size: bytes.byteLength,
    createdAt: createdAtOf(name),
    encrypted: startsLikeContainer(bytes)
  }
}

/**
 * Reads one automatic backup by the name listBackups gave. Any other name (a path, `..`, a file
 * that is not ours) is refused before the file system is touched.
 */
export async function readBackup(directory: string, name: string): Promise<Uint8Array> {
  if (!BACKUP_NAME.test(name)) throw new Error('not the name of an automatic backup')
  return readFileWithLimit(join(directory, name), MAX_AUTO_BACKUP_BYTES)
}
