import { describe, expect, it } from 'vitest'
import measuresJson from '../../resources/registers/sac-stability-2025-measures.json'
import type { KeySystem } from '../assessment/assessment'
import {
  assessmentMeasureContext,
  computeInputs,
  figureChanges,
  figureKey,
  figureWrites,
  measureSetSchema,
  readRegisterFile,
  registerRowChanges,
  replaceRegisters,
  type RegisterTable
} from '.'
import { filledTemplate, PERIOD } from './test-support'

const MEASURES = measureSetSchema.parse(measuresJson)
const FACTORS = Object.entries(MEASURES.factors).map(([id, inputs]) => ({
  id,
  inputs: Object.keys(inputs).map((input) => ({ id: input })),
  ...(id === 'F16' ? { perSystem: { systems: 'realTime' as const, combine: 'min' as const } } : {})
}))
const SYSTEMS: KeySystem[] = [
  { id: 'sys-1', name: '集中交易', realTime: true },
  { id: 'sys-2', name: '网上交易', realTime: true },
  { id: 'sys-9', name: '行情', realTime: true },
  { id: 'sys-3', name: '清算', realTime: false }
]

let known: Promise<RegisterTable[]> | undefined
const knownTables = (): Promise<RegisterTable[]> =>
  (known ??= filledTemplate().then(async (bytes) => {
    const read = await readRegisterFile('registers.xlsx', bytes, { importedAt: PERIOD.end })
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'))
    return read.value.tables
  }))

const writesOf = (tables: readonly RegisterTable[]) =>
  figureWrites(
    computeInputs(MEASURES, FACTORS, assessmentMeasureContext(PERIOD, tables, SYSTEMS)),
    FACTORS,
    SYSTEMS
  )

describe('figures from registers into factor entries', () => {
  it('writes firm-wide inputs pooled and per-system inputs per key system the register names', async () => {
    const writes = writesOf(await knownTables())
    const byKey = new Map(writes.map((w) => [figureKey(w), w.value]))
    expect(byKey.get('F01.N_fault')).toBe(35)
    expect(byKey.get('F01.N_mon')).toBe(29)
    expect(byKey.get('F16.T_down_trading@sys-1')).toBe(116)
    expect(byKey.get('F16.T_trading@sys-1')).toBe(60000)
    // A per-system factor has no firm-wide figure; 行情 is in no register: left to the assessor.
    expect(byKey.has('F16.T_down_trading')).toBe(false)
    expect([...byKey.keys()].some((k) => k.endsWith('@sys-9'))).toBe(false)
    // 清算 has rows, but F16 covers real-time systems only.
    expect([...byKey.keys()].some((k) => k.endsWith('@sys-3'))).toBe(false)
  }, 60_000)

  it('a re-import names the rows added, removed and changed, and the figures that move', async () => {
    const tables = await knownTables()
    const incidents = tables.find((t) => t.kind === 'incidents')!
    const edited: RegisterTable = {
      ...incidents,
      rows: [
        ...incidents.rows
          .filter((r) => r.values.incidentId !== 'I03')
          .map((r) =>
            r.values.incidentId === 'I02'
              ? { ...r, values: { ...r.values, detectedBy: 'external' } }
              : r
          ),
        { row: 99, values: { ...incidents.rows[0]!.values, incidentId: 'I99' } }
      ]
    }
    const rows = registerRowChanges(tables, [edited])
    expect(rows).toEqual([
      {
        kind: 'incidents',
        before: 37,
        after: 37,
        added: ['I99'],
        removed: ['I03'],
        changed: ['I02']
      }
    ])
    const after = replaceRegisters(tables, [edited])
    expect(after.map((t) => t.kind).toSorted()).toEqual(tables.map((t) => t.kind).toSorted())
    const changes = figureChanges(writesOf(tables), writesOf(after))
    const f01 = changes.filter((c) => c.factorId === 'F01')
    // I03 (网上交易, an alert) removed, I99 (a copy of I01: 集中交易, an alert, 76 min in
    // trading hours) added, I02 now reported from outside: 29 − 1 − 1 + 1 monitored of 35.
    expect(f01).toEqual([
      { key: 'F01.N_mon', factorId: 'F01', inputId: 'N_mon', systemId: null, before: 29, after: 28 }
    ])
    expect(changes.find((c) => c.key === 'F16.T_down_trading@sys-1')).toMatchObject({
      before: 116,
      after: 192
    })
    expect(changes.every((c) => c.before !== c.after)).toBe(true)
    expect(figureChanges(writesOf(tables), writesOf(tables))).toEqual([])
  }, 60_000)
})
