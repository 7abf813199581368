import { readRegisters } from '../repos/registers'
import type { RegistersRow } from '../schema'
import { useDatabaseQuery } from './live-query'

/** An assessment's registers and overrides, live; null when none were imported. */
export function useRegisters(assessmentId: string): RegistersRow | null | undefined {
  return useDatabaseQuery(
    async (db) => (await readRegisters(db, assessmentId)) ?? null,
    [assessmentId]
  ).data
}
