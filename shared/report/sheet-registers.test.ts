import { describe, expect, it } from 'vitest'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { buildReportModel } from './build-model'
import type { RegisterSheetInput } from './sheet-registers'
import { GENERATED_AT, openWorkbook } from './test-support'
import { writeReportWorkbook } from './write-workbook'

const row = (id: string, n: number, amount = 1) => ({
  register: 'incidents' as const,
  sheet: '故障台账',
  row: n,
  id,
  system: '集中交易',
  amount
})

const INPUT: RegisterSheetInput = {
  sources: [
    {
      register: '故障台账',
      source: { name: 'r.xlsx', sha256: 'a'.repeat(64), bytes: 9, importedAt: GENERATED_AT },
      rows: 3
    }
  ],
  figures: [
    {
      key: 'F01.N_fault',
      factor: 'F01',
      input: '故障数',
      system: null,
      aggregate: 'count',
      value: 3,
      counted: [row('I1', 2), row('I2', 3), row('I3', 4)]
    },
    {
      key: 'F16.T_down_trading@sys-1',
      factor: 'F16',
      input: '不可用时长',
      system: '集中交易',
      aggregate: 'sum',
      value: 116,
      override: { value: 120, reason: '含 4 分钟部分中断' },
      counted: [row('I1', 2, 76), row('I2', 3, 40)]
    },
    {
      key: 'F06.T_detect',
      factor: 'F06',
      input: '平均',
      system: null,
      aggregate: 'mean',
      value: null,
      counted: []
    }
  ]
}

describe('the Registers sheet', () => {
  it('lists each figure as a formula over its counted rows, with overrides and every row', async () => {
    const bank = defaultBank()
    const assessment = generateSampleAssessment(bank, { seed: 1 })
    const model = buildReportModel({ bank, assessment, generatedAt: GENERATED_AT })
    const workbook = await openWorkbook(await writeReportWorkbook(model, INPUT))
    const sheet = workbook.getWorksheet('台账明细')!
    expect(sheet).toBeDefined()
    const rows = new Map<string, number>()
    sheet.eachRow((r, n) => {
      const key = r.getCell(1).value
      if (typeof key === 'string' && !rows.has(key)) rows.set(key, n)
    })
    const cell = (key: string, column: number) => sheet.getRow(rows.get(key)!).getCell(column).value
    expect(cell('F01.N_fault', 6)).toMatchObject({
      formula: expect.stringMatching(/^COUNTIFS\(\$A\$\d+:\$A\$\d+,\$A\$\d+\)$/),
      result: 3
    })
    expect(cell('F16.T_down_trading@sys-1', 6)).toMatchObject({
      formula: expect.stringMatching(/^SUMIFS\(/),
      result: 116
    })
    expect(cell('F16.T_down_trading@sys-1', 7)).toBe(120)
    expect(cell('F16.T_down_trading@sys-1', 8)).toBe('含 4 分钟部分中断')
    expect(cell('F06.T_detect', 6)).toMatchObject({
      formula: expect.stringMatching(/^IF\(COUNTIFS/)
    })
    let detail = 0
    sheet.eachRow((r) => {
      if (typeof r.getCell(7).value === 'number' && typeof r.getCell(4).value === 'number') detail++
    })
    expect(detail).toBe(5)
    // Without registers the workbook has no such sheet.
    const plain = await openWorkbook(await writeReportWorkbook(model))
    expect(plain.getWorksheet('台账明细')).toBeUndefined()
  })
})
