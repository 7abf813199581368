/**
 * The register session's database (RegisterStore): the app's IndexedDB database opened by name
 * where the session runs — in the register worker its own connection — through the same
 * repositories as the page. The worker reads the stored registers' rows and writes an import
 * itself, so a 100,000-row register never crosses to the page.
 */
import type { StabilityDatabase } from '../../db/database'
import { importRegisters } from '../../db/repos/registers'
import { readPackedRegisters } from '../../db/repos/register-store'
import type { RegisterStore } from './measure-session'

/** The store over the database `open` gives for a name. */
export function registerStore(open: (name: string) => StabilityDatabase): RegisterStore {
  return {
    load: async ({ database, assessmentId }) =>
      (await readPackedRegisters(open(database), assessmentId))?.registers ?? [],
    save: ({ database, assessmentId }, read, writes, by) =>
      importRegisters(
        open(database),
        assessmentId,
        { source: read.source, incoming: read.tables, writes },
        by
      )
  }
}
