import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readRegisterFile } from './read-file'

/*
 * A firm's own column names (an ITSM export): not recognised, the file is refused with its likely
 * header row offered for mapping; mapped onto the template's fields it reads; a mapping that
 * leaves a required field out, or points a field at the wrong column, is refused with the sheet,
 * column and why — never half read.
 */

const OPTIONS = { importedAt: '2026-12-06T10:00:00+08:00' }
const FIRM = ['工单号', '应用', '类别', '上线时间', '自动发布', '执行结果', '导致故障']
const ROWS = [
  ['CHG-1', '集中交易', '一般', '2026-03-01 20:00', 'Y', '成功', 'N'],
  ['CHG-2', '清算', '紧急', '2026-04-02 21:30', 'N', '回退', 'N'],
  ['CHG-3', '集中交易', '标准', '2026-05-03 19:00', 'Y', '成功', 'Y']
]
const csv = (rows: string[][]) =>
  new TextEncoder().encode([FIRM, ...rows].map((r) => r.join(',')).join('\r\n'))

const MAPPING = {
  changes: {
    工单号: 'changeId',
    应用: 'system',
    类别: 'changeType',
    上线时间: 'implemented',
    自动发布: 'automated',
    执行结果: 'result',
    导致故障: 'causedIncident'
  }
}

describe("a firm's own column names", () => {
  it('refuses an unknown header, offering its header row for mapping', async () => {
    const read = await readRegisterFile('itsm.csv', csv(ROWS), OPTIONS)
    if (read.ok) throw new Error('read')
    expect(read.issues.map((i) => i.code)).toEqual(['register.csvKind'])
    expect(read.unmapped).toEqual([{ sheet: 'itsm.csv', kind: null, headers: FIRM }])
  })

  it('reads the register through a mapping onto the template fields', async () => {
    const read = await readRegisterFile('itsm.csv', csv(ROWS), { ...OPTIONS, mapping: MAPPING })
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    const [table] = read.value.tables
    expect(table!.kind).toBe('changes')
    expect(table!.rows.map((r) => r.values)).toEqual([
      {
        changeId: 'CHG-1',
        system: '集中交易',
        changeType: 'normal',
        implemented: '2026-03-01T20:00',
        automated: true,
        result: 'success',
        causedIncident: false
      },
      expect.objectContaining({ changeId: 'CHG-2', changeType: 'emergency', automated: false }),
      expect.objectContaining({ changeId: 'CHG-3', result: 'success', causedIncident: true })
    ])
  })

  it("tells a CSV file's register by the columns its mappings name that the register has", async () => {
    // Mapped for two registers: as changes, five of its columns; as drills, its three and four
    // ids no drill register has — which name no column, as they name none once it is read.
    const { 自动发布: _a, 导致故障: _c, ...changes } = MAPPING.changes
    const drills = {
      工单号: 'drillId',
      应用: 'system',
      上线时间: 'date',
      类别: 'notAField',
      自动发布: 'norThis',
      执行结果: 'nor',
      导致故障: 'this'
    }
    const read = await readRegisterFile('itsm.csv', csv(ROWS), {
      ...OPTIONS,
      mapping: { changes, drills }
    })
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    expect(read.value.tables.map((t) => [t.kind, t.rows.length])).toEqual([['changes', 3]])
  })

  it('names a required field the mapping leaves out', async () => {
    const { 上线时间: _, ...partial } = MAPPING.changes
    const read = await readRegisterFile('itsm.csv', csv(ROWS), {
      ...OPTIONS,
      mapping: { changes: partial }
    })
    if (read.ok) throw new Error('read')
    expect(read.issues).toHaveLength(1)
    expect(read.issues[0]).toMatchObject({
      code: 'register.requiredColumn',
      place: { sheet: 'itsm.csv', row: 1 }
    })
    expect(read.issues[0]!.message).toContain('Implemented at')
    expect(read.unmapped).toEqual([{ sheet: 'itsm.csv', kind: 'changes', headers: FIRM }])
  })

  it('refuses a field mapped onto the wrong column at each cell, with why', async () => {
    const wrong = { ...MAPPING.changes, 上线时间: 'changeType', 类别: 'implemented' }
    const read = await readRegisterFile('itsm.csv', csv(ROWS), {
      ...OPTIONS,
      mapping: { changes: wrong }
    })
    if (read.ok) throw new Error('read')
    // Every row fails twice: 上线时间 (D) holds no change type, 类别 (C) no date-time.
    expect(read.issues).toHaveLength(6)
    expect(read.issues[0]!.place).toMatchObject({
      sheet: 'itsm.csv',
      row: 2,
      column: 'D',
      header: '上线时间'
    })
    expect(read.rowsWithProblems).toEqual({ 'itsm.csv': [2, 3, 4] })
    expect(read.unmapped).toBeUndefined()
  })

  it('offers a workbook sheet with unknown headers for mapping, its register told by the sheet', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('变更台账')
    sheet.addRow(['XX证券 变更台账导出'])
    sheet.addRow(FIRM)
    for (const row of ROWS) sheet.addRow(row)
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
    const read = await readRegisterFile('itsm.xlsx', bytes, OPTIONS)
    if (read.ok) throw new Error('read')
    expect(read.unmapped).toEqual([{ sheet: '变更台账', kind: 'changes', headers: FIRM }])
    const mapped = await readRegisterFile('itsm.xlsx', bytes, { ...OPTIONS, mapping: MAPPING })
    if (!mapped.ok) throw new Error(JSON.stringify(mapped.issues))
    expect(mapped.value.tables[0]!.rows.map((r) => r.row)).toEqual([3, 4, 5])
  })
})
