/**
 * Where an assessment's registers are kept (schema version 6): the heads and overrides in
 * `registers` — what the screens read live — and each register's rows, packed, in
 * `registerRows` — read only where the rows are needed: the register worker, exports, backups,
 * seals. Every read and write of the two tables goes through here, so they never disagree.
 */
import { joinPacked, splitPacked } from '@shared/registers/packed'
import type { StabilityDatabase } from '../database'
import type { PackedRegistersRow, RegisterHeadsRow, RegisterRowsRow } from '../schema'

/** The two tables the registers live in (transactions over registers take both). */
export const registerTables = (db: StabilityDatabase) => [db.registers, db.registerRows]

/** The heads joined with their rows (a head whose rows are missing is a broken store: throws). */
export function joinRegisterRows(
  heads: RegisterHeadsRow,
  rows: readonly RegisterRowsRow[]
): PackedRegistersRow {
  const byKind = new Map(rows.map((r) => [r.kind, r.rowsJson]))
  return {
    ...heads,
    registers: heads.registers.map((head) => {
      const rowsJson = byKind.get(head.table.kind)
      if (rowsJson === undefined)
        throw new Error(`the ${head.table.kind} register of ${heads.assessmentId} has no rows`)
      return joinPacked(head, rowsJson)
    })
  }
}

/** An assessment's registers without their rows, and the overrides (none imported: undefined). */
export const readRegisterHeads = (
  db: StabilityDatabase,
  assessmentId: string
): Promise<RegisterHeadsRow | undefined> => db.registers.get(assessmentId)

/** An assessment's registers with their rows packed (none imported: undefined). */
export async function readPackedRegisters(
  db: StabilityDatabase,
  assessmentId: string
): Promise<PackedRegistersRow | undefined> {
  const [heads, rows] = await Promise.all([
    db.registers.get(assessmentId),
    db.registerRows.where('assessmentId').equals(assessmentId).toArray()
  ])
  return heads && joinRegisterRows(heads, rows)
}

/** Every assessment's registers with their rows packed, by assessment id (backups). */
export async function readAllPackedRegisters(
  db: StabilityDatabase
): Promise<Map<string, PackedRegistersRow>> {
  const [heads, rows] = await Promise.all([db.registers.toArray(), db.registerRows.toArray()])
  const rowsOf = new Map<string, RegisterRowsRow[]>()
  for (const row of rows)
    rowsOf.set(row.assessmentId, [...(rowsOf.get(row.assessmentId) ?? []), row])
  return new Map(
    heads.map((h) => [h.assessmentId, joinRegisterRows(h, rowsOf.get(h.assessmentId) ?? [])])
  )
}

/** The rows to add for registers (heads and rows apart); for writes in bulk (restores). */
export function splitRegisters(row: PackedRegistersRow): {
  heads: RegisterHeadsRow
  rows: RegisterRowsRow[]
} {
  const split = row.registers.map(splitPacked)
  return {
    heads: { ...row, registers: split.map((s) => s.head) },
    rows: split.map(({ head, rowsJson }) => ({
      assessmentId: row.assessmentId,
      kind: head.table.kind,
      rowsJson
    }))
  }
}

/**
 * Writes an assessment's registers whole: the heads and overrides, and the rows of every register
 * in `row`; rows of kinds no longer there go. Inside a transaction over registerTables.
 */
export async function putPackedRegisters(
  db: StabilityDatabase,
  row: PackedRegistersRow
): Promise<void> {
  const { heads, rows } = splitRegisters(row)
  const kinds = new Set(heads.registers.map((h) => h.table.kind))
  const stored = await db.registerRows.where('assessmentId').equals(row.assessmentId).primaryKeys()
  const gone = stored.filter(([, kind]) => !kinds.has(kind as RegisterRowsRow['kind']))
  await Promise.all([
    db.registers.put(heads),
    db.registerRows.bulkPut(rows),
    ...(gone.length > 0 ? [db.registerRows.bulkDelete(gone)] : [])
  ])
}

/** Deletes an assessment's registers, heads and rows; inside a transaction over registerTables. */
export async function deleteRegisters(db: StabilityDatabase, assessmentId: string): Promise<void> {
  await Promise.all([
    db.registers.delete(assessmentId),
    db.registerRows.where('assessmentId').equals(assessmentId).delete()
  ])
}
