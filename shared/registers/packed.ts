/**
 * A register as the app's database keeps it: its rows as one JSON text. A 100,000-row register
 * is then one string to store, read and hand to the register worker — copied in a few
 * milliseconds — instead of 100,000 objects cloned on the UI thread each time (which takes
 * seconds). Only the worker, an export or a backup unpacks it. The assessment file keeps the rows
 * as a list (registers-record.ts): packing is a storage detail.
 */
import type { StoredRegister } from '../assessment/registers-record'
import type { RegisterTable } from './read-table'

export type PackedRegisterTable = Omit<RegisterTable, 'rows'> & {
  rowCount: number
  /** JSON of the table's `rows`. */
  rowsJson: string
}

export interface PackedRegister {
  source: StoredRegister['source']
  table: PackedRegisterTable
}

export function packTable({ rows, ...rest }: RegisterTable): PackedRegisterTable {
  return { ...rest, rowCount: rows.length, rowsJson: JSON.stringify(rows) }
}

export function unpackTable({
  rowCount: _count,
  rowsJson,
  ...rest
}: PackedRegisterTable): RegisterTable {
  return { ...rest, rows: JSON.parse(rowsJson) as RegisterTable['rows'] }
}

export const packRegister = ({ source, table }: StoredRegister): PackedRegister => ({
  source,
  table: packTable(table)
})

export const unpackRegister = ({ source, table }: PackedRegister): StoredRegister => ({
  source,
  table: unpackTable(table)
})

/** A stored register of either shape (a database written before packing holds the rows as a list). */
export const isPacked = (register: PackedRegister | StoredRegister): register is PackedRegister =>
  'rowsJson' in register.table

/** A packed register without its rows: what the app's screens read (kind, file, counts). */
export interface RegisterHead {
  source: StoredRegister['source']
  table: Omit<PackedRegisterTable, 'rowsJson'>
}

/** A packed register split into its head and its rows' JSON (stored apart, read apart). */
export function splitPacked({ source, table }: PackedRegister): {
  head: RegisterHead
  rowsJson: string
} {
  const { rowsJson, ...rest } = table
  return { head: { source, table: rest }, rowsJson }
}

/** A register's head joined with its rows' JSON again. */
export const joinPacked = ({ source, table }: RegisterHead, rowsJson: string): PackedRegister => ({
  source,
  table: { ...table, rowsJson }
})
