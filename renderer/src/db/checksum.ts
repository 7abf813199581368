/**
 * databaseChecksum (renderer/src/db/checksum.ts): ONE fingerprint of everything stored, for tests
 * that must prove a refused import, restore or fuzzed input changed nothing — the package tests
 * here (package-import.test.ts), the fuzz test and the kill tests reuse it. Compare before/after.
 */
import { canonicalJson } from '@shared/util/canonical-json'
import { sha256Hex } from '@shared/util/sha256'
import type { StabilityDatabase } from './database'

/** Blobs are replaced by their bytes' SHA-256 (and type), so the JSON covers them too. */
async function plain(value: unknown): Promise<unknown> {
  if (value instanceof Blob) {
    const bytes = new Uint8Array(await value.arrayBuffer())
    return { $blob: sha256Hex(bytes), size: bytes.length, type: value.type }
  }
  if (value instanceof Uint8Array) return { $bytes: sha256Hex(value) }
  if (Array.isArray(value)) return Promise.all(value.map(plain))
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = await plain(item)
    return out
  }
  return value
}

/**
 * SHA-256 over every table (by name) and every row (in primary-key order), blobs by their bytes.
 * Equal checksums ⇔ the same stored content, byte for byte. Reads in one transaction, so it never
 * sees half of a concurrent write.
 */
export async function databaseChecksum(db: StabilityDatabase): Promise<string> {
  const tables = [...db.tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const dump = await db.transaction('r', tables, async () => {
    const out: Record<string, unknown> = {}
    for (const table of tables) {
      const keys = await table.toCollection().primaryKeys()
      const rows = await table.toArray()
      out[table.name] = { keys, rows }
    }
    return out
  })
  return sha256Hex(canonicalJson(await plain(dump)))
}
