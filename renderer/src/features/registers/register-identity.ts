import type { StoredRegister } from '@shared/assessment/registers-record'

/**
 * A stored register named without its rows (kind, file, import time, rows kept and left out):
 * what tells the register worker whether it holds these rows already.
 */
export const registerIdentity = ({ source, table }: StoredRegister): string =>
  [table.kind, source.sha256, source.importedAt, table.rows.length, table.leftOut.join(',')].join(
    ':'
  )
