import type { Transaction } from 'dexie'
import type { StoredRegister } from '@shared/assessment/registers-record'
import { isPacked, packRegister, type PackedRegister } from '@shared/registers/packed'
import type { PackedRegistersRow, RegistersRow } from '../schema'

type EitherRow = Omit<RegistersRow, 'registers'> & {
  registers: Array<StoredRegister | PackedRegister>
}

/** A registers row with every register packed; a row already packed is returned as it is. */
export function packedRow(row: EitherRow): PackedRegistersRow {
  if (row.registers.every(isPacked)) return row as PackedRegistersRow
  return {
    ...row,
    registers: row.registers.map((r) => (isPacked(r) ? r : packRegister(r)))
  }
}

/**
 * v4 → v5: each stored register's rows become one JSON text (shared/registers/packed.ts).
 * Idempotent: rows already packed are left as they are, so an interrupted upgrade runs again.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const table = tx.table<EitherRow, string>('registers')
  const rows = await table.toArray()
  const changed = rows.filter((row) => packedRow(row) !== row).map(packedRow)
  if (changed.length > 0) await table.bulkPut(changed)
}
