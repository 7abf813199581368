import type ExcelJS from 'exceljs'
import { packWorkbook } from './chart-pack'
import { setData, setNumber, setText } from './cells'
import type { ConsolidatedModel } from './consolidated-model'
import {
  writeAssessmentsSheet,
  writeRedLinesSheet,
  writeTrendSheet,
  type ConsolidatedContext
} from './consolidated-sheets'
import { markConfidentiality } from './confidentiality-mark'
import { reportStyles } from './styles'
import { newWorkbook } from './write-workbook'

function writeCover(ctx: ConsolidatedContext, sheet: ExcelJS.Worksheet): void {
  const { model, styles } = ctx
  const L = model.labels.cover
  const cs = styles.cover
  ;[26, 22, 22, 42].forEach((w, i) => (sheet.getColumn(i + 1).width = w))
  const merged = (r: number, text: string, style: typeof cs.text): void => {
    for (let k = 2; k <= 4; k++) sheet.getCell(r, k).style = style
    sheet.mergeCells(r, 1, r, 4)
    setText(sheet.getCell(r, 1), text, style)
  }
  merged(1, model.title, styles.title)
  sheet.getRow(1).height = 34
  const mark = model.draftCount > 0 ? model.draftMark : model.labels.consolidated.allFinal
  merged(2, mark, model.draftCount > 0 ? styles.draftMark : styles.finalMark)
  sheet.getRow(2).height = 30
  let r = 4
  const pair = (label: string, set: (cell: ExcelJS.Cell) => void): void => {
    const row = sheet.getRow(r++)
    row.height = 20
    setText(row.getCell(1), label, cs.label)
    for (let k = 2; k <= 4; k++) row.getCell(k).style = cs.text
    set(row.getCell(2))
  }
  const h = model.labels.consolidated
  pair(L.assessmentCount, (cell) => setNumber(cell, model.rows.length, cs.text))
  pair(L.institutions, (cell) => setNumber(cell, model.institutionCount, cs.text))
  pair(h.drafts, (cell) =>
    setNumber(cell, model.draftCount, model.draftCount > 0 ? cs.alert : cs.text)
  )
  pair(L.banks, (cell) => setText(cell, model.banks.join(model.labels.listSeparator), cs.text))
  pair(L.generatedAt, (cell) => setData(cell, { dateTime: model.generatedAt }, cs.text, cs))
  pair(L.generator, (cell) => setText(cell, model.generator, cs.text))
  r++
  for (const text of [L.groupOverview, h.note]) {
    sheet.mergeCells(r, 1, r, 4)
    setText(sheet.getCell(r, 1), text, styles.note)
    sheet.getRow(r++).height = 30
  }
  sheet.views = [{ state: 'normal', showGridLines: false }]
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0
  }
}

/**
 * Writes the consolidated workbook (Cover, Assessments, Trend, Red lines) as .xlsx bytes.
 * Like writeReportWorkbook, it runs unchanged in Node, Electron and the browser.
 */
export async function writeConsolidatedWorkbook(model: ConsolidatedModel): Promise<Uint8Array> {
  const labels = model.labels
  const workbook = newWorkbook(model.generator, model.generatedAt, model.title)
  const cover = workbook.addWorksheet(labels.sheets.cover)
  const assessments = workbook.addWorksheet(labels.sheets.assessments)
  const trend = workbook.addWorksheet(labels.sheets.trend)
  const redLines = workbook.addWorksheet(labels.sheets.redLines)
  const ctx: ConsolidatedContext = {
    model,
    styles: reportStyles(model.locale, labels.factors.minutes)
  }
  writeCover(ctx, cover)
  writeAssessmentsSheet(ctx, assessments)
  writeTrendSheet(ctx, trend)
  writeRedLinesSheet(ctx, redLines)
  for (const sheet of workbook.worksheets)
    markConfidentiality(sheet, model.confidentiality, ctx.styles.confidentiality)
  return packWorkbook(workbook, [])
}
