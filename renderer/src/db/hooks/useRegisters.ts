import { readPackedRegisters, readRegisterHeads } from '../repos/register-store'
import type { PackedRegistersRow, RegisterHeadsRow } from '../schema'
import { useDatabaseQuery } from './live-query'

/**
 * An assessment's registers (kind, file, row counts — not the rows) and overrides, live; null
 * when none were imported. What the factors screen reads: a few hundred bytes however many rows.
 */
export function useRegisters(assessmentId: string): RegisterHeadsRow | null | undefined {
  return useDatabaseQuery(
    async (db) => (await readRegisterHeads(db, assessmentId)) ?? null,
    [assessmentId]
  ).data
}

/**
 * An assessment's registers with their rows (packed), live; null when none were imported. Only
 * for what the rows are part of: a seal's or a signature's content hash (review screen).
 */
export function useRegistersWithRows(assessmentId: string): PackedRegistersRow | null | undefined {
  return useDatabaseQuery(
    async (db) => (await readPackedRegisters(db, assessmentId)) ?? null,
    [assessmentId]
  ).data
}
