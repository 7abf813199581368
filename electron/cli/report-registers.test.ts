import { readFile, writeFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import { parseAssessmentJson, serializeAssessmentFile } from '../../shared/assessment'
import { buildReportModel, isoWithOffset, writeReportWorkbook } from '../../shared/report'
import { registerSheetInput } from '../../shared/registers/sheet-input'
import { scoreAssessment } from '../../shared/scoring'
import {
  loadedBank11,
  registerMeasures,
  withKnownRegisters
} from '../../shared/testing/registers-sample'
import { cliIn, newestBankPath, temporaryFolder } from './test-support'

/*
 * `report` of an assessment file that carries registers writes what the app writes: the
 * workbook's 台账明细 sheet (cell for cell what the app's builder gives for the same file) and
 * the Word report's 附件6 with each register file and its SHA-256.
 */
vi.setConfig({ testTimeout: 90_000 })
const tempPath = temporaryFolder()
const run = cliIn(tempPath)

async function assessmentWithRegisters(): Promise<void> {
  expect(
    (await run('sample', '--seed', '3', '--bank', newestBankPath, '--out', 'plain.json')).code
  ).toBe(0)
  const parsed = parseAssessmentJson(await readFile(tempPath('plain.json'), 'utf8'))
  if (!parsed.ok) throw new Error('the sample does not read')
  const a = await withKnownRegisters(parsed.value.assessment)
  const text = serializeAssessmentFile(a, {
    generator: 'test',
    exportedAt: '2026-12-06T10:10:00.000Z'
  })
  await writeFile(tempPath('registers.json'), text)
}

/** Every cell of a sheet: address → value (formulas with their cached result). */
function cells(sheet: ExcelJS.Worksheet | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  sheet?.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      out[cell.address] = cell.value
    })
  )
  return out
}

async function load(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as ArrayBuffer)
  return book
}

describe('report of an assessment with registers', () => {
  it('writes the 台账明细 sheet the app writes, and 附件6 in Word', async () => {
    await assessmentWithRegisters()
    const made = await run('report', 'registers.json', '-o', 'r.xlsx')
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    const cli = await load(await readFile(tempPath('r.xlsx')))
    const sheet = cli.getWorksheet('台账明细')
    expect(sheet).toBeDefined()

    // The app's path: the same builder over the stored registers, with the shipped measures.
    const parsed = parseAssessmentJson(await readFile(tempPath('registers.json'), 'utf8'))
    if (!parsed.ok) throw new Error('the file does not read')
    const assessment = parsed.value.assessment
    const { bank, ref } = loadedBank11()
    expect(ref.contentHash).toBe(assessment.bank.contentHash)
    const registers = registerSheetInput({
      bank,
      measures: registerMeasures(),
      metadata: assessment.metadata,
      registers: assessment.registers!.registers,
      overrides: assessment.registers!.overrides,
      locale: 'zh-CN'
    })
    const model = buildReportModel({
      bank,
      assessment,
      result: scoreAssessment(bank, assessment),
      locale: 'zh-CN',
      generatedAt: isoWithOffset(new Date()),
      generator: 'test'
    })
    const app = await load(await writeReportWorkbook(model, registers))
    const expected = cells(app.getWorksheet('台账明细'))
    expect(Object.keys(expected).length).toBeGreaterThan(100)
    expect(cells(sheet)).toEqual(expected)
    // What the sheet says, checked on its own: the file's SHA-256 and the overridden figure.
    const text = JSON.stringify(cells(sheet))
    expect(text).toContain(assessment.registers!.registers[0]!.source.sha256)
    expect(text).toContain('I07 误登')

    const word = await run('report', 'registers.json', '-o', 'r.docx')
    expect(word.code).toBe(0)
    const xml = strFromU8(
      unzipSync(new Uint8Array(await readFile(tempPath('r.docx'))))['word/document.xml']!
    )
    expect(xml).toContain('附件6')
    expect(xml).toContain(assessment.registers!.registers[0]!.source.sha256)
  })
})
