import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import type { Bank } from '../bank/bank'
import { loadBank } from '../bank/identity'
import { generateSampleAssessment } from '../sample'
import { buildReportModel } from './build-model'
import { reportLabels } from './labels'
import { writeReportWorkbook } from './write-workbook'

/*
 * How the Evaluation factors sheet of a bank-1.1.0 sample prints for a manager: a note under each
 * per-system table saying which systems the factor applies to and why; every table starting its
 * own page under its own header; a per-system table never parted from its heading; a print scale
 * that stays readable.
 */

function load(json: unknown): Bank {
  const result = loadBank(json)
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return result.value.bank
}
const bank = load(bank11Json)
const assessment = generateSampleAssessment(bank, { seed: 1 })

/** The sheet as exceljs reads it, and its manual row breaks (which exceljs does not read back). */
async function factorsSheet(
  locale: 'zh-CN' | 'en-US'
): Promise<ExcelJS.Worksheet & { breaks: number[] }> {
  const model = buildReportModel({
    bank,
    assessment,
    locale,
    generatedAt: '2025-07-20T10:00:00+08:00'
  })
  const bytes = await writeReportWorkbook(model)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  const sheet = workbook.getWorksheet(reportLabels(locale).sheets.factors)!
  const xml = strFromU8(
    unzipSync(bytes)[`xl/worksheets/sheet${workbook.worksheets.indexOf(sheet) + 1}.xml`]!
  )
  const breaks = [...xml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))
  return Object.assign(sheet, { breaks })
}

/** Row numbers whose first cell starts with `text`. */
function rowsStartingWith(sheet: ExcelJS.Worksheet, text: string): number[] {
  const rows: number[] = []
  sheet.eachRow((row, r) => {
    if (String(row.getCell(1).value ?? '').startsWith(text)) rows.push(r)
  })
  return rows
}

describe('the per-system tables of the Evaluation factors sheet, as printed (bank 1.1.0)', () => {
  const systems = assessment.metadata.systems
  const batch = systems.filter((s) => s.realTime !== true).map((s) => s.name)

  it('say under each table which systems the factor applies to, and why (zh-CN)', async () => {
    const sheet = await factorsSheet('zh-CN')
    const [f11] = rowsStartingWith(sheet, '适用范围：评估范围内的全部')
    expect(sheet.getCell(f11!, 1).value).toBe(
      `适用范围：评估范围内的全部 ${systems.length} 个关键系统，每个系统逐一填报、逐一计算。`
    )
    const [f16] = rowsStartingWith(sheet, '适用范围：仅')
    const note = String(sheet.getCell(f16!, 1).value)
    expect(note).toContain(`标为“实时/交易时段”的 ${systems.length - batch.length} 个关键系统`)
    expect(note).toContain('本要素衡量交易时段内的实时服务')
    expect(note).toContain(`不适用：${batch.join('、')}。`)
    // The note sits right under the table's last system and spans the table.
    expect(sheet.getCell(f16! - 1, 1).value).toBe('F16')
    expect(sheet.getCell(f16!, 2).isMerged).toBe(true)
    expect(sheet.getRow(f16!).height).toBeGreaterThan(15)
  })

  it('say it in English too', async () => {
    const sheet = await factorsSheet('en-US')
    const [f16] = rowsStartingWith(sheet, 'Applies to: only the key systems marked real-time')
    const note = String(sheet.getCell(f16!, 1).value)
    expect(note).toContain(`(${systems.length - batch.length} of the ${systems.length} in scope)`)
    expect(note).toContain(`Not applicable: ${batch.join(', ')}.`)
    expect(rowsStartingWith(sheet, 'Applies to: every key system in scope')).toHaveLength(1)
  })

  it('start each table on its own page, keep each heading with its table, print readably', async () => {
    const sheet = await factorsSheet('zh-CN')
    const L = reportLabels('zh-CN').factors
    const inputsTitle = rowsStartingWith(sheet, L.inputsTitle)[0]!
    const systemsTitle = rowsStartingWith(sheet, L.systems.title.slice(0, 8))[0]!
    const headings = ['F11', 'F16'].map((id) => rowsStartingWith(sheet, `${id} `)[0]!)
    const notes = rowsStartingWith(sheet, '适用范围：')
    const pageBreaks = sheet.breaks
    // A break right above the inputs table and above the per-system section.
    expect(pageBreaks).toContain(inputsTitle - 1)
    expect(pageBreaks).toContain(systemsTitle - 1)
    // No break between a table's heading and its note.
    headings.forEach((heading, k) => {
      for (const b of pageBreaks) expect(b >= heading && b < notes[k]!, `break ${b}`).toBe(false)
    })
    // With no class-weighted factor, the mark of the system that sets the value follows the band
    // (column I, on the page of its table), with no empty class-weight columns before it.
    const header = sheet.getRow(headings[0]! + 1)
    expect(header.getCell(9).value).toBe(L.systems.headers.binding)
    expect([10, 11].map((c) => header.getCell(c).value ?? null)).toEqual([null, null])
    // The firm-wide header is not repeated above the other tables; id and name repeat instead.
    expect(sheet.pageSetup.printTitlesRow).toBeUndefined()
    expect(sheet.pageSetup.printTitlesColumn).toBe('A:B')
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: false,
      scale: 80,
      paperSize: 9
    })
  })
})
