import type { ReadRegistersOptions } from '@shared/registers/read-file'
import type { StabilityDatabase } from '../database'
import { guardStorage } from '../storage-error'

/** Per register kind: the firm's column name → the template field it holds. */
export type RegisterMapping = NonNullable<ReadRegistersOptions['mapping']>

/** One settings row per institution (so the mapping travels with backups, as settings do). */
const keyOf = (institution: string): string => `registerMapping:${institution.trim()}`

const isMapping = (value: unknown): value is RegisterMapping =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every(
    (columns) =>
      typeof columns === 'object' &&
      columns !== null &&
      Object.values(columns).every((field) => typeof field === 'string')
  )

/** The column mapping remembered for an institution's registers ({} when none). */
export function readRegisterMapping(
  db: StabilityDatabase,
  institution: string
): Promise<RegisterMapping> {
  return guardStorage(async () => {
    const row = await db.settings.get(keyOf(institution))
    return isMapping(row?.value) ? row.value : {}
  })
}

/** Remembers the mapping used for an import: each register kind it names replaces the stored one. */
export function rememberRegisterMapping(
  db: StabilityDatabase,
  institution: string,
  mapping: RegisterMapping
): Promise<void> {
  if (Object.keys(mapping).length === 0) return Promise.resolve()
  return guardStorage(() =>
    db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get(keyOf(institution))
      const stored = isMapping(row?.value) ? row.value : {}
      await db.settings.put({ key: keyOf(institution), value: { ...stored, ...mapping } })
    })
  )
}
