import { readPackedRegisters } from '../repos/registers'
import type { PackedRegistersRow } from '../schema'
import { useDatabaseQuery } from './live-query'

/** An assessment's registers (rows packed) and overrides, live; null when none were imported. */
export function useRegisters(assessmentId: string): PackedRegistersRow | null | undefined {
  return useDatabaseQuery(
    async (db) => (await readPackedRegisters(db, assessmentId)) ?? null,
    [assessmentId]
  ).data
}
