import { describe, expect, it } from 'vitest'
import measuresJson from '../../resources/registers/sac-stability-2025-measures.json'
import { describeIssue, describePlace } from '../issues/describe'
import { sha256Hex } from '../util/sha256'
import {
  computeInputs,
  describeExclusion,
  measureSetSchema,
  readRegisterFile,
  type RegisterTable
} from '.'
import { filledTemplate, PERIOD } from './test-support'

const MEASURES = measureSetSchema.parse(measuresJson)
const NOW = '2026-12-06T13:00:00Z'

/** The bank 1.1.0 factors the measures cover, with their inputs (as the bank names them). */
const FACTORS = Object.entries(MEASURES.factors).map(([id, inputs]) => ({
  id,
  inputs: Object.keys(inputs).map((input) => ({ id: input }))
}))

let known: Promise<RegisterTable[]> | undefined

/** The known registers, read once (writing and reading the template takes seconds). */
function knownTables(): Promise<RegisterTable[]> {
  known ??= filledTemplate().then(async (bytes) => {
    const read = await readRegisterFile('registers.xlsx', bytes, { importedAt: NOW })
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'))
    return read.value.tables
  })
  return known
}

async function figures() {
  const computed = computeInputs(MEASURES, FACTORS, { period: PERIOD, tables: await knownTables() })
  const byKey = new Map(computed.map((c) => [`${c.factorId}.${c.inputId}`, c.figure]))
  return (key: string) => {
    const figure = byKey.get(key)
    if (figure === undefined) throw new Error(`${key} not computed`)
    return figure
  }
}

describe('registers with answers known by construction', () => {
  it('reads the template filled by a script: every register, every row', async () => {
    expect((await knownTables()).map((t) => [t.kind, t.rows.length])).toEqual([
      ['systems', 3],
      ['incidents', 37],
      ['changes', 11],
      ['drills', 4],
      ['stressTests', 3]
    ])
  })

  it('F01: 29 of 35 incidents found by monitoring; the 2 before the period are excluded as such', async () => {
    const figure = await figures()
    const all = figure('F01.N_fault')
    const found = figure('F01.N_mon')
    expect([found.pooled.value, all.pooled.value]).toEqual([29, 35])
    expect(all.pooled.excluded.map((row) => [row.id, row.reason.code])).toEqual([
      ['I30', 'outsidePeriod'],
      ['I31', 'outsidePeriod']
    ])
    expect(describeExclusion('incidents', all.pooled.excluded[0]!.reason, 'zh-CN')).toBe(
      '不在评估期内（2025-12-20 10:00）'
    )
    // 6 external reports excluded by the filter, 2 by the period: 37 rows, each accounted for.
    expect(found.pooled.counted.length + found.pooled.excluded.length).toBe(37)
    expect(
      found.pooled.excluded.filter((row) => row.reason.code === 'filter').map((row) => row.id)
    ).toEqual(['I32', 'I33', 'I34', 'I35', 'I36', 'I37'])
    expect(
      describeExclusion(
        'incidents',
        found.pooled.excluded.find((r) => r.id === 'I32')!.reason,
        'en-US'
      )
    ).toBe('Detected by = External report')
    // Per system: 集中交易 2 of 2, 网上交易 14 of 20, 清算 13 of 13.
    const per = (name: string) => [found.bySystem[name]!.value, all.bySystem[name]!.value]
    expect([per('集中交易'), per('网上交易'), per('清算')]).toEqual([
      [2, 2],
      [14, 20],
      [13, 13]
    ])
  })

  it('F16: 集中交易 down 116 minutes in trading hours; 网上交易 360; 清算 not a real-time system', async () => {
    const figure = await figures()
    const down = figure('F16.T_down_trading')
    expect(down.bySystem['集中交易']!.value).toBe(116)
    expect(down.bySystem['集中交易']!.counted.map((row) => [row.id, row.amount])).toEqual([
      ['I01', 76],
      ['I02', 40]
    ])
    expect(down.bySystem['网上交易']!.value).toBe(360)
    expect(down.pooled.value).toBe(476)
    expect(down.bySystem['清算']!.counted).toEqual([])
    expect(down.bySystem['清算']!.excluded.every((row) => row.reason.code === 'notRealTime')).toBe(
      true
    )
    expect(figure('F16.T_trading').bySystem['集中交易']!.value).toBe(60000)
    expect(figure('F16.T_trading').pooled.value).toBe(120000)
  })

  it('F05, F06: 8 trading-hours incidents of real-time systems, 476 minutes to restore, 127 to detect', async () => {
    const figure = await figures()
    expect(figure('F05.N_fault_rt').pooled.value).toBe(8)
    expect(figure('F05.T_restore').pooled.value).toBe(476)
    expect(figure('F06.T_detect').pooled.value).toBe(5 + 2 + 6 * 20)
    expect(figure('F06.T_detect').bySystem['集中交易']!.value).toBe(7)
  })

  it('F11: downtime per system over the planned service time', async () => {
    const figure = await figures()
    const down = figure('F11.T_down')
    expect([
      down.bySystem['集中交易']!.value,
      down.bySystem['网上交易']!.value,
      down.bySystem['清算']!.value
    ]).toEqual([116, 14 * 10 + 360, 13 * 10])
    expect(figure('F11.T_service').bySystem['清算']!.value).toBe(100000)
  })

  it('F13, F17, F18: actions 4 of 5 closed on time; 1 major incident, reported; 6 caused by changes', async () => {
    const figure = await figures()
    expect([figure('F13.A_closed').pooled.value, figure('F13.A_due').pooled.value]).toEqual([4, 5])
    expect(
      figure('F13.A_due').pooled.excluded.filter((r) => r.reason.code === 'missing')
    ).toHaveLength(33)
    expect([
      figure('F17.N_major').pooled.value,
      figure('F17.N_major_unreported').pooled.value
    ]).toEqual([1, 0])
    expect([figure('F18.N_change_fault').pooled.value, figure('F18.N_fault').pooled.value]).toEqual(
      [6, 35]
    )
  })

  it('F02, F04: 6 of 10 releases automated; 3 of 7 non-standard changes failed, standard ones excluded', async () => {
    const figure = await figures()
    expect([figure('F02.R_auto').pooled.value, figure('F02.R_total').pooled.value]).toEqual([6, 10])
    const total = figure('F04.C_total')
    expect([figure('F04.C_fail').pooled.value, total.pooled.value]).toEqual([3, 7])
    expect(total.pooled.excluded.map((row) => [row.id, row.reason.code])).toEqual([
      ['C01', 'filter'],
      ['C02', 'filter'],
      ['C03', 'filter'],
      ['C11', 'outsidePeriod']
    ])
    expect(describeExclusion('changes', total.pooled.excluded[0]!.reason, 'zh-CN')).toBe(
      '变更类型 = 标准'
    )
  })

  it('F09, F14: 2 of 3 systems drilled in the period; 1 of 2 real-time systems stress-tested', async () => {
    const figure = await figures()
    expect([figure('F09.S_drill').pooled.value, figure('F09.S_imp').pooled.value]).toEqual([2, 3])
    expect(figure('F09.S_drill').pooled.excluded.map((r) => [r.id, r.reason.code])).toEqual([
      ['D4', 'outsidePeriod']
    ])
    expect([figure('F14.S_tested').pooled.value, figure('F14.S_ts').pooled.value]).toEqual([1, 2])
    expect(figure('F14.S_tested').pooled.excluded.map((r) => [r.id, r.reason.code])).toEqual([
      ['T2', 'filter'],
      ['T3', 'notRealTime']
    ])
  })

  it('a row of a system in no register is excluded as an unknown system', async () => {
    const tables = await knownTables()
    const incidents = tables.find((t) => t.kind === 'incidents')!
    const extra = {
      ...incidents,
      rows: [
        ...incidents.rows,
        { row: 99, values: { ...incidents.rows[0]!.values, incidentId: 'I99', system: '行情' } }
      ]
    }
    const [n] = computeInputs(MEASURES, [{ id: 'F01', inputs: [{ id: 'N_fault' }] }], {
      period: PERIOD,
      tables: [tables[0]!, extra]
    })
    expect(n!.figure.pooled.value).toBe(35)
    expect(n!.figure.pooled.excluded.at(-1)).toMatchObject({
      id: 'I99',
      row: 99,
      reason: { code: 'unknownSystem' }
    })
    // With 行情 among the assessment's key systems it counts.
    const [m] = computeInputs(MEASURES, [{ id: 'F01', inputs: [{ id: 'N_fault' }] }], {
      period: PERIOD,
      tables: [tables[0]!, extra],
      keySystems: [{ name: '行情' }]
    })
    expect(m!.figure.pooled.value).toBe(36)
  })

  it('does not measure an input whose register was not imported (absent is not zero)', async () => {
    const tables = (await knownTables()).filter((t) => t.kind !== 'changes')
    const computed = computeInputs(MEASURES, FACTORS, { period: PERIOD, tables })
    expect(computed.some((c) => c.factorId === 'F02' || c.factorId === 'F04')).toBe(false)
    expect(computed.some((c) => c.factorId === 'F01')).toBe(true)
  })

  it('every exclusion reason reads in both languages', async () => {
    const figure = await figures()
    const rows = ['F01.N_mon', 'F04.C_total', 'F14.S_tested', 'F13.A_due'].flatMap(
      (key) => figure(key).pooled.excluded
    )
    for (const row of rows)
      for (const language of ['zh-CN', 'en-US'] as const)
        expect(describeExclusion(row.register, row.reason, language)).not.toMatch(/undefined|\{\{/)
  })

  it('places a bad cell by sheet, row, column and header in the user’s language', async () => {
    const { KNOWN_REGISTERS } = await import('./test-support')
    const broken = {
      ...KNOWN_REGISTERS,
      故障台账: KNOWN_REGISTERS['故障台账']!.map((row, i) =>
        i === 4 ? { ...row, 发现方式: '电话' } : row
      )
    }
    const read = await readRegisterFile('registers.xlsx', await filledTemplate(broken), {
      importedAt: NOW
    })
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.issues).toHaveLength(1)
    const [issue] = read.issues
    expect(describePlace(issue!.place, 'zh-CN')).toBe('工作表「故障台账」第 6 行 F 列（发现方式）')
    expect(describeIssue(issue!, 'zh-CN')).toBe(
      '电话 不是可选值之一：监控告警、技术手段主动发现、外部报告'
    )
    expect(describeIssue(issue!, 'en-US')).toBe(
      '电话 is not one of 监控告警, 技术手段主动发现, 外部报告'
    )
    expect(read.rowsWithProblems).toEqual({ 故障台账: [6] })
    // Leaving out exactly that row, the rest imports.
    const again = await readRegisterFile('registers.xlsx', await filledTemplate(broken), {
      importedAt: NOW,
      leaveOut: { 故障台账: [6] }
    })
    expect(again.ok).toBe(true)
    if (again.ok)
      expect(again.value.tables.find((t) => t.kind === 'incidents')).toMatchObject({ leftOut: [6] })
  })
})

describe('what is kept of an imported file', () => {
  it('its name, SHA-256, size and import time', async () => {
    const bytes = await filledTemplate()
    const read = await readRegisterFile('台账.xlsx', bytes, { importedAt: NOW })
    expect(read.ok).toBe(true)
    if (read.ok)
      expect(read.value.source).toEqual({
        name: '台账.xlsx',
        sha256: sha256Hex(bytes),
        bytes: bytes.length,
        importedAt: NOW
      })
  })
})
