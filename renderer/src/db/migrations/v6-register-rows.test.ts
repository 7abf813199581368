import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { databaseToUpgrade } from '../test-support'
import { packRegister } from '@shared/registers/packed'
import { readRegisters } from '../repos/registers'
import { STORES_V5, type PackedRegistersRow, type RegistersRow } from '../schema'
import { legacyRegistersRow } from './test-support'
import { upgradeToV6 } from './v6-register-rows'

const database = databaseToUpgrade('migration-v6')

/** Two registers of one assessment, rows as the file format keeps them: schema 4's and incidents. */
const legacy = legacyRegistersRow('a1')
const registers: RegistersRow = {
  ...legacy,
  registers: [
    ...legacy.registers,
    {
      source: {
        name: '故障台账.xlsx',
        sha256: 'cd'.repeat(32),
        bytes: 120,
        importedAt: '2026-11-30T08:00:00.000Z'
      },
      table: {
        kind: 'incidents',
        sheet: '故障台账',
        rows: [{ row: 2, values: { incidentId: 'I1', system: '集中交易' } }],
        leftOut: [],
        repeatedHeaders: 0
      }
    }
  ]
}

/** The same registers as version 5 stored them: each register's rows one JSON text inside. */
const v5Row: PackedRegistersRow = { ...registers, registers: registers.registers.map(packRegister) }

async function storeV5(rows: readonly PackedRegistersRow[]): Promise<void> {
  const old = database.old(5, STORES_V5)
  await old.table('registers').bulkPut([...rows])
  old.close()
}

describe('migration v5 → v6 (register rows kept apart)', () => {
  it('moves each register’s rows to registerRows, keeps heads and overrides, reads back the same registers', async () => {
    await storeV5([v5Row, { assessmentId: 'a2', registers: [], overrides: {} }])

    const db = await database.open()
    const heads = await db.registers.get('a1')
    expect(heads?.registers.map((r) => [r.table.kind, r.table.rowCount])).toEqual([
      ['changes', 2],
      ['incidents', 1]
    ])
    expect(heads?.registers.every((r) => !('rowsJson' in r.table))).toBe(true)
    expect(heads?.overrides).toEqual(registers.overrides)
    const rows = await db.registerRows.where('assessmentId').equals('a1').toArray()
    expect(rows.map((r) => [r.kind, JSON.parse(r.rowsJson)])).toEqual([
      ['changes', registers.registers[0]!.table.rows],
      ['incidents', registers.registers[1]!.table.rows]
    ])
    expect(await readRegisters(db, 'a1')).toEqual(registers)
    expect(await readRegisters(db, 'a2')).toEqual({
      assessmentId: 'a2',
      registers: [],
      overrides: {}
    })
  })

  it('runs again over rows already split without changing them (an interrupted upgrade)', async () => {
    await storeV5([v5Row])
    const db = await database.open()
    const before = [await db.registers.toArray(), await db.registerRows.toArray()]
    await db.transaction('rw', db.registers, db.registerRows, (tx) => upgradeToV6(tx))
    expect([await db.registers.toArray(), await db.registerRows.toArray()]).toEqual(before)
  })
})
