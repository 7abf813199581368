import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { describeIssue, describePlace } from '../issues/describe'
import { readRegisterFile, type RegisterImportResult } from '.'

const NOW = '2026-12-06T13:00:00Z'
const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, 'fixtures', name)))
const encoder = new TextEncoder()

function incidentsOf(read: RegisterImportResult) {
  if (!read.ok) throw new Error(read.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  const table = read.value.tables.find((t) => t.kind === 'incidents')!
  return table.rows.map((row) => row.values)
}

const EXPECTED = [
  {
    incidentId: 'G1',
    system: '集中交易',
    start: '2026-03-05T09:30',
    detected: '2026-03-05T09:35',
    restored: '2026-03-05T10:46',
    detectedBy: 'alert',
    tradingHours: true,
    changeCaused: false,
    reported: true
  },
  {
    incidentId: 'G2',
    system: '集中交易',
    start: '2026-06-01T13:10',
    detected: '2026-06-01T13:12',
    restored: '2026-06-01T13:50',
    detectedBy: 'active',
    tradingHours: true,
    changeCaused: false,
    reported: false
  },
  {
    incidentId: 'G3',
    system: '网上交易',
    start: '2026-07-01T20:00',
    detectedBy: 'external',
    tradingHours: false
  }
]

describe('register files from the tools firms use', () => {
  it('reads a GB18030 CSV without a BOM (what Chinese Excel saves)', async () => {
    const read = await readRegisterFile('故障.csv', fixture('incidents-gb18030.csv'), {
      importedAt: NOW
    })
    expect(read.ok && read.value.source.encoding).toBe('gb18030')
    const rows = incidentsOf(read)
    expect(rows).toHaveLength(3)
    rows.forEach((row, i) => expect(row).toMatchObject(EXPECTED[i]!))
    expect(rows[2]!.actions).toBeUndefined()
  })

  it('reads a UTF-8 CSV with a BOM and quoted cells the same', async () => {
    const read = await readRegisterFile('incidents.csv', fixture('incidents-utf8-bom.csv'), {
      importedAt: NOW
    })
    expect(read.ok && read.value.source.encoding).toBe('utf-8')
    incidentsOf(read).forEach((row, i) => expect(row).toMatchObject(EXPECTED[i]!))
  })

  it('reads an export written by another tool: merged title rows, English headers, five date spellings, a repeated header', async () => {
    const read = await readRegisterFile('itsm.xlsx', fixture('itsm-export.xlsx'), {
      importedAt: NOW
    })
    const rows = incidentsOf(read)
    expect(rows.map((r) => r.incidentId)).toEqual(['E1', 'E2', 'E3'])
    expect(rows.map((r) => [r.start, r.detected, r.restored])).toEqual([
      ['2026-03-05T09:30', '2026-03-05T09:35', '2026-03-05T10:46'],
      ['2026-06-01T13:10', '2026-06-01T13:12', '2026-06-01T13:50'],
      ['2026-07-01T20:00', '2026-07-01T20:05', '2026-07-01T20:10']
    ])
    expect(rows[1]).toMatchObject({
      detectedBy: 'active',
      tradingHours: true,
      changeCaused: false,
      reported: false
    })
    if (read.ok)
      expect(read.value.tables[0]).toMatchObject({ sheet: 'Incidents', repeatedHeaders: 1 })
  })

  it('maps a firm’s own column names onto the template’s', async () => {
    const csv = '单号,应用系统,发生时间,发现渠道\nX1,集中交易,2026-02-01 10:00,监控告警\n'
    const mapping = {
      incidents: {
        单号: 'incidentId',
        应用系统: 'system',
        发生时间: 'start',
        发现渠道: 'detectedBy'
      }
    }
    const read = await readRegisterFile('own.csv', encoder.encode(csv), {
      importedAt: NOW,
      mapping
    })
    expect(incidentsOf(read)).toEqual([
      { incidentId: 'X1', system: '集中交易', start: '2026-02-01T10:00', detectedBy: 'alert' }
    ])
    // Without the mapping the file is not recognised as any register.
    const bare = await readRegisterFile('own.csv', encoder.encode(csv), { importedAt: NOW })
    expect(bare.ok).toBe(false)
    if (!bare.ok) expect(bare.issues[0]!.code).toBe('register.csvKind')
  })

  it('takes a formula’s computed value; refuses one without a value at its cell', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('变更台账')
    sheet.addRow(['变更编号', '系统', '实施时间', '结果'])
    sheet.addRow([
      'C1',
      { formula: '"集中"&"交易"', result: '集中交易' },
      '2026-01-05 18:00',
      '成功'
    ])
    sheet.addRow(['C2', '集中交易', { formula: 'NOW()' }, '成功'])
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const read = await readRegisterFile('c.xlsx', bytes, { importedAt: NOW })
    expect(read.ok).toBe(false)
    if (read.ok) return
    expect(read.issues.map((i) => [i.code, describePlace(i.place, 'en-US')])).toEqual([
      ['register.formulaNoValue', '变更台账!C3'],
      ['register.required', '变更台账!C3 (实施时间)']
    ])
    const left = await readRegisterFile('c.xlsx', bytes, {
      importedAt: NOW,
      leaveOut: { 变更台账: [3] }
    })
    expect(left.ok && left.value.tables[0]!.rows.map((r) => r.values.system)).toEqual(['集中交易'])
  })
})

describe('hostile registers are refused within bounds, with the place and why', () => {
  const refusal = async (name: string, bytes: Uint8Array) => {
    const started = performance.now()
    const read = await readRegisterFile(name, bytes, { importedAt: NOW })
    const elapsed = performance.now() - started
    expect(read.ok).toBe(false)
    expect(elapsed).toBeLessThan(10_000)
    return read.ok ? [] : read.issues
  }

  it('a CSV of 1,000,000 rows', async () => {
    const line = 'I,集中交易,2026-01-01 10:00\n'
    const bytes = encoder.encode('故障编号,系统,开始时间\n' + line.repeat(1_000_000))
    const [issue] = await refusal('big.csv', bytes)
    expect(issue!.code).toBe('register.tooManyRows')
    expect(describeIssue(issue!, 'zh-CN')).toContain('上限 200000 行')
  })

  it('a CSV of 10,000 columns', async () => {
    const bytes = encoder.encode(Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',') + '\n')
    const [issue] = await refusal('wide.csv', bytes)
    expect(issue!.code).toBe('register.tooManyColumns')
  })

  it('a workbook sheet of 10,000 columns', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('故障台账').addRow(Array.from({ length: 10_000 }, (_, i) => `c${i}`))
    const issues = await refusal('wide.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()))
    expect(issues.map((i) => i.code)).toEqual(['register.tooManyColumns'])
  })

  it('text that is neither UTF-8 nor GB18030, an unclosed quote, a file of another kind', async () => {
    expect(
      (await refusal('x.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x80])))[0]!.code
    ).toBe('register.csvEncoding')
    expect((await refusal('x.csv', encoder.encode('故障编号,系统\n"I1,集中交易\n')))[0]!.code).toBe(
      'register.csvQuote'
    )
    expect((await refusal('x.pdf', encoder.encode('%PDF')))[0]!.code).toBe(
      'register.notRegisterFile'
    )
    expect((await refusal('x.xlsx', encoder.encode('not a zip')))[0]!.code).toBe('xlsx.notZip')
  })

  it('a register with problems is refused whole: every bad cell listed', async () => {
    const csv = [
      '故障编号,系统,开始时间,恢复时间,是否交易时段',
      'A,集中交易,2026-13-01,,是',
      'A,集中交易,2026-01-01 10:00,2026-01-01 09:00,也许',
      ',,,,'
    ].join('\n')
    const issues = await refusal('bad.csv', encoder.encode(csv))
    expect(issues.map((i) => [describePlace(i.place, 'en-US'), describeIssue(i, 'en-US')])).toEqual(
      [
        [
          'bad.csv!C2 (开始时间)',
          'must be a date and time (e.g. 2026-03-05 09:30), got 2026-13-01'
        ],
        ['bad.csv!E3 (是否交易时段)', 'must be 是/否 (or Y/N, yes/no, TRUE/FALSE, 1/0), got 也许'],
        ['bad.csv!D3 (恢复时间)', 'Restored at is before Start time'],
        ['bad.csv!A3 (故障编号)', 'the number A appears twice (first in row 2)']
      ]
    )
  })
})
