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
import { phaseAsync } from './register-phase'

/**
 * Opens a connection not yet open; one closed on purpose (another connection upgrades or deletes
 * the database: database.ts) stays closed, and its next use fails as it should.
 */
const opened = (db: StabilityDatabase): Promise<unknown> =>
  db.isOpen() || db.hasBeenClosed() ? Promise.resolve() : db.open()

/** The store over the database `open` gives for a name. */
export function registerStore(open: (name: string) => StabilityDatabase): RegisterStore {
  return {
    // Failing here is failing later, where the save reports it.
    warm: ({ database }) => void opened(open(database)).catch(() => undefined),
    load: async ({ database, assessmentId }) =>
      (await readPackedRegisters(open(database), assessmentId))?.registers ?? [],
    save: async ({ database, assessmentId }, read, writes, by) => {
      const db = open(database)
      await phaseAsync('store: open database', () => opened(db))
      await phaseAsync('store: transaction', () =>
        importRegisters(
          db,
          assessmentId,
          { source: read.source, incoming: read.tables, writes },
          by
        )
      )
    }
  }
}
