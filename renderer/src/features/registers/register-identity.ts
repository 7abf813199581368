import type { PackedRegister } from '@shared/registers/packed'
import type { MeasureScope } from './measure-messages'

/**
 * A stored register named without its rows (kind, file, import time, rows kept and left out):
 * what tells the register worker whether it holds these rows already.
 */
export const registerIdentity = ({
  source,
  table
}: {
  source: PackedRegister['source']
  table: Pick<PackedRegister['table'], 'kind' | 'rowCount' | 'leftOut'>
}): string =>
  [table.kind, source.sha256, source.importedAt, table.rowCount, table.leftOut.join(',')].join(':')

/** What a measurement holds for: the registers (their ids) and the scope measured under. */
export const measuredFor = (ids: readonly string[], scope: MeasureScope): string =>
  `${ids.join('|')}\n${JSON.stringify([scope.bank.id, scope.bank.version, scope.metadata])}`
