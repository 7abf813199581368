import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import measuresJson from '../../../resources/registers/sac-stability-2025-measures.json'
import {
  assessmentMeasureContext,
  figureWrites,
  type FigureWrite
} from '@shared/registers/factor-writes'
import type { MeasuredScope } from '@shared/registers/figure-measurer'
import { computeInputs } from '@shared/registers/inputs'
import { unpackTable } from '@shared/registers/packed'
import { measureSetSchema } from '@shared/registers/measure'
import { readRegisterFile } from '@shared/registers/read-file'
import { filledTemplate, PERIOD } from '@shared/registers/test-support'
import type { RegisterTable } from '@shared/registers/read-table'
import type { StabilityDatabase } from './database'
import { createAssessment, updateMetadata } from './repos/assessments'
import { listAudit } from './repos/audit'
import { readPackedRegisters } from './repos/register-store'
import { finalizeAssessment } from './repos/lifecycle'
import {
  entryFigure,
  importRegisters,
  overrideFigure,
  readRegisters,
  type RegisterMeasurer
} from './repos/registers'
import { databasePerTest, T0 as t0, TEST_NEW_ASSESSMENT } from './test-support'

let db: StabilityDatabase
databasePerTest('registers-test', (opened) => {
  db = opened
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

describe('figures follow the period and the key systems', () => {
  const MEASURES = measureSetSchema.parse(measuresJson)
  const FACTORS = Object.entries(MEASURES.factors).map(([id, inputs]) => ({
    id,
    inputs: Object.keys(inputs).map((input) => ({ id: input })),
    ...(id === 'F16'
      ? { perSystem: { systems: 'realTime' as const, combine: 'min' as const } }
      : {})
  }))
  const figuresOf = (m: MeasuredScope, tables: readonly RegisterTable[]) =>
    figureWrites(
      computeInputs(MEASURES, FACTORS, assessmentMeasureContext(m.period, tables, m.systems)),
      FACTORS,
      m.systems
    )
  // As the register worker measures them: the stored registers' rows, read from the database.
  const measure: RegisterMeasurer = async (stored, scopes) => {
    const registers = (await readPackedRegisters(db, stored.assessmentId))!.registers
    return scopes.map((m) =>
      figuresOf(
        m,
        registers.map((r) => unpackTable(r.table))
      )
    )
  }

  it('measures again when they change, keeps overrides, and audits old → new', async () => {
    const metadata = {
      ...TEST_NEW_ASSESSMENT.metadata,
      period: PERIOD,
      systems: [
        { id: 'sys-1', name: '集中交易系统', realTime: true },
        { id: 'sys-2', name: '网上交易', realTime: true }
      ]
    }
    const id = await createAssessment(db, { ...TEST_NEW_ASSESSMENT, metadata }, '张伟', t0)
    const read = await readRegisterFile('台账.xlsx', await filledTemplate(), {
      importedAt: t0.toISOString()
    })
    if (!read.ok) throw new Error('the known registers do not read')
    const tables = read.value.tables
    const change = {
      source: read.value.source,
      incoming: tables,
      writes: figuresOf(metadata, tables)
    }
    await importRegisters(db, id, change, '张伟', t0)
    const figure = async (factorId: string, inputId: string, systemId: string | null = null) =>
      entryFigure(await db.factorInputs.get([id, factorId]), inputId, systemId)
    expect(await figure('F01', 'N_fault')).toBe(35)
    // The register says 集中交易, the assessment 集中交易系统: not measured yet.
    expect(await figure('F16', 'T_down_trading', 'sys-1')).toBeUndefined()
    expect(await figure('F16', 'T_down_trading', 'sys-2')).toBe(360)
    await overrideFigure(
      db,
      id,
      { factorId: 'F01', inputId: 'N_mon', systemId: null, value: 29 },
      { value: 30, reason: 'I21 实为监控发现' },
      '李娜',
      t0
    )

    const renamed = {
      ...metadata,
      systems: [{ ...metadata.systems[0]!, name: '集中交易' }, metadata.systems[1]!]
    }
    await updateMetadata(db, id, renamed, '张伟', measure, t0)
    expect(await figure('F16', 'T_down_trading', 'sys-1')).toBe(116)
    expect(await figure('F16', 'T_trading', 'sys-1')).toBe(60000)

    // I30 and I31 (2025-12-20, 集中交易, 30 minutes each in trading hours) come into the period.
    const longer = { ...renamed, period: { start: '2025-12-01', end: PERIOD.end } }
    await updateMetadata(db, id, longer, '张伟', measure, t0)
    expect(await figure('F01', 'N_fault')).toBe(37)
    expect(await figure('F01', 'N_mon')).toBe(30) // overridden: stays as typed
    expect(await figure('F16', 'T_down_trading', 'sys-1')).toBe(176)
    const audit = (await listAudit(db, id)).filter((a) => a.target === 'registers')
    expect(audit).toHaveLength(2)
    expect(audit[1]).toMatchObject({
      action: 'factor.set',
      oldValue: { 'F01.N_fault': 35, 'F16.T_down_trading@sys-1': 116 },
      newValue: { 'F01.N_fault': 37, 'F16.T_down_trading@sys-1': 176 }
    })
    expect(audit[1]!.reason).toContain('SHA-256 ' + read.value.source.sha256)
    expect(audit[1]!.newValue).not.toHaveProperty('F01.N_mon')

    // A system removed: its figures go with it, none written back as blanks.
    await updateMetadata(db, id, { ...longer, systems: [longer.systems[0]!] }, '张伟', measure, t0)
    expect((await db.factorInputs.get([id, 'F16']))?.bySystem).not.toHaveProperty('sys-2')
    // Removing a system changes no other figure, and a change outside the scope none: no entry.
    await updateMetadata(
      db,
      id,
      { ...longer, systems: [longer.systems[0]!], notes: 'x' },
      '张伟',
      measure,
      t0
    )
    expect((await listAudit(db, id)).filter((a) => a.target === 'registers')).toHaveLength(2)

    // Another file imported while the worker measured: those figures are refused, nothing written.
    const racing: RegisterMeasurer = async (registers, scopes) => {
      const figures = await measure(registers, scopes)
      const other = { ...change.source, sha256: 'f'.repeat(64) }
      await importRegisters(db, id, { ...change, source: other }, '李娜', t0)
      return figures
    }
    const shorter = { ...longer, systems: [longer.systems[0]!], period: PERIOD }
    await expect(updateMetadata(db, id, shorter, '张伟', racing, t0)).rejects.toThrow(
      /changed while being measured/
    )
    expect((await db.assessments.get(id))?.metadata.period).toEqual(longer.period)
    // The import wrote its figures; the refused change measured nothing again.
    expect((await listAudit(db, id)).filter((a) => a.target === 'registers')).toHaveLength(2)
  }, 60_000)
})
