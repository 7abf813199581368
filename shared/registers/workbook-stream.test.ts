import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { describeIssue, describePlace } from '../issues/describe'
import { WORKBOOK_LIMITS } from '../xlsx'
import { readWorkbookSheets } from '../xlsx/sheet-stream'
import { exceljsRows } from '../xlsx/test-support'
import { encodeUtf8, writeZip } from '../zip'
import { REGISTER_KIND_TABLE } from './kinds'
import { readRegisterFile, REGISTER_WORKBOOK_LIMITS } from './read-file'
import { filledTemplate } from './test-support'

const NOW = '2026-12-06T13:00:00Z'

describe('register workbooks are read by the streaming reader', () => {
  it('reads the template filled by a script exactly as exceljs does, every register sheet', async () => {
    const bytes = await filledTemplate()
    const streamed = readWorkbookSheets(bytes, {
      limits: REGISTER_WORKBOOK_LIMITS,
      wanted: () => true,
      maxColumns: 256
    })
    if (!streamed.ok) throw new Error(streamed.issues.map((i) => i.message).join('\n'))
    const expected = await exceljsRows(bytes)
    // 填写说明 aside: its merged rows, whose value exceljs copies into every cell of the range.
    const registers = ['系统清单', '故障台账', '变更台账', '演练台账', '压测台账']
    expect(streamed.value.map((s) => s.name)).toEqual(['填写说明', ...registers])
    for (const name of registers)
      expect(streamed.value.find((s) => s.name === name)!.rows, name).toEqual(expected.get(name))
    const changes = streamed.value.find((s) => s.name === '变更台账')!
    expect(changes.rows[1]!.cells[3]).toBeInstanceOf(Date)
  })

  it('imports a change workbook past the default door (22,000 rows, 154,007 cells)', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('变更台账')
    sheet.addRow(REGISTER_KIND_TABLE.changes.fields.map((field) => field.header['zh-CN']))
    for (let i = 0; i < 22_000; i++)
      sheet.addRow([
        `C${i}`,
        '集中交易',
        '标准',
        new Date(Date.UTC(2026, i % 12, 1 + (i % 28), 9, 30)),
        i % 2 ? '是' : '否',
        '成功',
        '否'
      ])
    sheet.getColumn(4).numFmt = 'yyyy-mm-dd hh:mm'
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    expect(22_001 * 7).toBeGreaterThan(WORKBOOK_LIMITS.maxCells)
    const read = await readRegisterFile('changes.xlsx', bytes, { importedAt: NOW })
    if (!read.ok) throw new Error(read.issues.map((i) => i.message).join('\n'))
    const rows = read.value.tables[0]!.rows
    expect(rows).toHaveLength(22_000)
    expect(rows[21_999]).toEqual({
      row: 22_001,
      values: {
        changeId: 'C21999',
        system: '集中交易',
        changeType: 'standard',
        implemented: '2026-04-20T09:30',
        automated: true,
        result: 'success',
        causedIncident: false
      }
    })
  }, 60_000)

  it('refuses a workbook of more rows than a register workbook may have, before reading a row', async () => {
    const rows = Array.from(
      { length: REGISTER_WORKBOOK_LIMITS.maxRows + 1 },
      (_, i) => `<row r="${i + 1}"/>`
    )
    const template = await filledTemplate()
    const opened = new ExcelJS.Workbook()
    await opened.xlsx.load(template as unknown as ArrayBuffer)
    // The filled template with its 变更台账 sheet replaced by 250,001 (empty) rows.
    const { unzipSync } = await import('fflate')
    const parts: Record<string, Uint8Array> = unzipSync(template)
    const index = opened.worksheets.findIndex((s) => s.name === '变更台账') + 1
    parts[`xl/worksheets/sheet${index}.xml`] = encodeUtf8(
      `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`
    )
    const bytes = writeZip(
      Object.entries(parts).map(([name, data]) => ({ name, data, deflate: true }))
    )
    const read = await readRegisterFile('big.xlsx', bytes, { importedAt: NOW })
    expect(read.ok).toBe(false)
    const [issue] = read.ok ? [] : read.issues
    expect(issue!.code).toBe('xlsx.rows')
    expect(describePlace(issue!.place, 'en-US')).toBe('the file as a whole')
    expect(describeIssue(issue!, 'en-US')).toMatch(
      /the workbook has 2\d{5} rows; at most 250000 can be read/
    )
    expect(describeIssue(issue!, 'zh-CN')).toMatch(/超过可读取的上限 250000 行/)
  }, 60_000)
})
