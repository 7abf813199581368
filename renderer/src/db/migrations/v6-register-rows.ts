import type { Transaction } from 'dexie'
import { splitRegisters } from '../repos/register-store'
import type { PackedRegistersRow, RegisterHeadsRow, RegisterRowsRow } from '../schema'

/** A registers row as version 5 kept it (rows packed inside), or already split. */
type EitherRow = PackedRegistersRow | RegisterHeadsRow

const holdsRows = (row: EitherRow): row is PackedRegistersRow =>
  row.registers.some((r) => 'rowsJson' in r.table)

/**
 * v5 → v6: each stored register's rows (one JSON text) move to `registerRows`, keyed by
 * assessment and kind; the `registers` row keeps the heads and the overrides. Idempotent: a row
 * already split is left as it is, so an interrupted upgrade runs again.
 */
export async function upgradeToV6(tx: Transaction): Promise<void> {
  const table = tx.table<EitherRow, string>('registers')
  const split = (await table.toArray()).filter(holdsRows).map(splitRegisters)
  if (split.length === 0) return
  await tx
    .table<RegisterRowsRow, [string, string]>('registerRows')
    .bulkPut(split.flatMap((s) => s.rows))
  await table.bulkPut(split.map((s) => s.heads))
}
