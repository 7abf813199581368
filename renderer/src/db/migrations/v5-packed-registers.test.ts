import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { databaseToUpgrade } from '../test-support'
import { readRegisters } from '../repos/registers'
import { readPackedRegisters } from '../repos/register-store'
import { STORES_V4 } from '../schema'
import { legacyRegistersRow } from './test-support'

const database = databaseToUpgrade('migration-v5')

/** A registers row as version 4 stored it: every row an object of its own. */
const v4Row = legacyRegistersRow('a1')

describe('migration v4 → v5 (registers packed)', () => {
  it('packs each stored register into one JSON text and reads back exactly the rows it had', async () => {
    const old = database.old(4, STORES_V4)
    await old.table('registers').put(v4Row)
    old.close()

    const db = await database.open()
    // Opened at the newest version: packed (v5), then the rows kept apart (v6).
    const stored = await readPackedRegisters(db, 'a1')
    expect(stored?.registers[0]?.table.rowCount).toBe(2)
    expect(typeof stored?.registers[0]?.table.rowsJson).toBe('string')
    expect(stored?.registers[0]?.table).not.toHaveProperty('rows')
    expect(stored?.overrides).toEqual(v4Row.overrides)
    expect(await readRegisters(db, 'a1')).toEqual(v4Row)
  })
})
