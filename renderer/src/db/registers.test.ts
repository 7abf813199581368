import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { FigureWrite } from '@shared/registers/factor-writes'
import type { RegisterTable } from '@shared/registers/read-table'
import { openDatabase, type StabilityDatabase } from './database'
import { createAssessment } from './repos/assessments'
import { listAudit } from './repos/audit'
import { finalizeAssessment } from './repos/lifecycle'
import { importRegisters, overrideFigure, readRegisters } from './repos/registers'
import { TEST_NEW_ASSESSMENT } from './test-support'

let db: StabilityDatabase
let counter = 0
const t0 = new Date('2026-03-01T08:00:00.000Z')

beforeEach(async () => {
  db = openDatabase(`registers-test-${counter++}`)
  await db.open()
})
afterEach(async () => {
  db.close()
  await db.delete()
})

const source = (name: string) => ({
  name,
  sha256: 'ab'.repeat(32),
  bytes: 10,
  importedAt: t0.toISOString()
})
const table = (kind: RegisterTable['kind'], ids: string[]): RegisterTable => ({
  kind,
  sheet: kind,
  rows: ids.map((id, i) => ({ row: i + 2, values: { incidentId: id, changeId: id } })),
  leftOut: [],
  repeatedHeaders: 0
})
const write = (factorId: string, inputId: string, value: number, systemId: string | null = null) =>
  ({ factorId, inputId, systemId, value }) satisfies FigureWrite

describe('registers in IndexedDB', () => {
  it('stores each register whole, writes its figures, and keeps an override with its reason', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    await importRegisters(
      db,
      id,
      {
        source: source('a.xlsx'),
        incoming: [table('incidents', ['I1', 'I2']), table('changes', ['C1'])],
        writes: [write('F01', 'N_fault', 2), write('F16', 'T_down_trading', 116, 'sys-1')]
      },
      '张伟',
      t0
    )
    const f01 = await db.factorInputs.get([id, 'F01'])
    expect(f01?.values).toEqual({ N_fault: 2 })
    expect((await db.factorInputs.get([id, 'F16']))?.bySystem).toEqual({
      'sys-1': { T_down_trading: 116 }
    })

    await overrideFigure(
      db,
      id,
      write('F01', 'N_fault', 2),
      { value: 3, reason: '  I9 漏登  ' },
      '李娜',
      t0
    )
    expect((await db.factorInputs.get([id, 'F01']))?.values.N_fault).toBe(3)
    // A re-import of incidents replaces that register only and leaves the override in force.
    await importRegisters(
      db,
      id,
      {
        source: source('b.csv'),
        incoming: [table('incidents', ['I1'])],
        writes: [write('F01', 'N_fault', 1)]
      },
      '张伟',
      t0
    )
    const stored = await readRegisters(db, id)
    expect(
      stored?.registers.map((r) => [r.table.kind, r.source.name, r.table.rows.length])
    ).toEqual([
      ['changes', 'a.xlsx', 1],
      ['incidents', 'b.csv', 1]
    ])
    expect(stored?.overrides['F01.N_fault']).toMatchObject({
      value: 3,
      reason: 'I9 漏登',
      by: '李娜'
    })
    expect((await db.factorInputs.get([id, 'F01']))?.values.N_fault).toBe(3)
    const audit = await listAudit(db, id)
    expect(audit.map((a) => a.reason ?? '').filter((r) => r.includes('I9 漏登'))).toHaveLength(1)
    expect(audit.some((a) => a.target === 'registers:b.csv' && a.reason?.includes('SHA-256'))).toBe(
      true
    )

    // Taking the register's figure back writes it again.
    await overrideFigure(db, id, write('F01', 'N_fault', 1), null, '李娜', t0)
    expect((await db.factorInputs.get([id, 'F01']))?.values.N_fault).toBe(1)
    expect((await readRegisters(db, id))?.overrides).toEqual({})
  })

  it('refuses an override without a reason, and any change to a finalized assessment', async () => {
    const id = await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', t0)
    const change = { source: source('a.xlsx'), incoming: [table('incidents', ['I1'])], writes: [] }
    await importRegisters(db, id, change, '张伟', t0)
    await expect(
      overrideFigure(db, id, write('F01', 'N_fault', 1), { value: 2, reason: ' ' }, '李娜', t0)
    ).rejects.toThrow(/reason/)
    await finalizeAssessment(db, id, { by: '张伟', contentHash: 'c'.repeat(64) })
    await expect(importRegisters(db, id, change, '张伟', t0)).rejects.toThrow()
    expect((await readRegisters(db, id))?.registers).toHaveLength(1)
  })
})
