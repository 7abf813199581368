import type ExcelJS from 'exceljs'
import { setData, setFormula, setNumber, setText, setTexts } from './cells'
import type { ConsolidatedModel, ConsolidatedRow, ScoreCell } from './consolidated-model'
import { columnLetter, rel } from '../xlsx/address'
import { scoreColorScale, type ReportStyles } from './styles'
import { filterRows, freezeAt } from './sheet-setup'

/**
 * The consolidated workbook's sheets. Figures are each assessment's engine results as values
 * (each assessment's own report holds the live workings); the trend's changes are formulas.
 */

export interface ConsolidatedContext {
  model: ConsolidatedModel
  styles: ReportStyles
}

const FIXED_WIDTHS = [26, 11, 11, 9, 9, 8, 8, 9, 7]

function header(ctx: ConsolidatedContext, cell: ExcelJS.Cell, text: string): void {
  setText(cell, text, ctx.styles.header)
}

function setWidths(sheet: ExcelJS.Worksheet, widths: readonly number[]): void {
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w))
}

function printSetup(sheet: ExcelJS.Worksheet, titleRows?: string): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
    ...(titleRows === undefined ? {} : { printTitlesRow: titleRows })
  }
  sheet.headerFooter = { oddHeader: '&C&A', oddFooter: '&R&P / &N' }
}

function scorePair(
  ctx: ConsolidatedContext,
  row: ExcelJS.Row,
  column: number,
  cell: ScoreCell | undefined
): void {
  setNumber(row.getCell(column), cell?.score ?? null, ctx.styles.score)
  setText(row.getCell(column + 1), cell?.grade ?? '', ctx.styles.center)
}

/** The Assessments sheet: one row per assessment, a score/level pair per pillar, section and factor. */
export function writeAssessmentsSheet(ctx: ConsolidatedContext, sheet: ExcelJS.Worksheet): void {
  const { model } = ctx
  const h = model.labels.consolidated.headers
  const fixed = [
    h.institution,
    h.periodStart,
    h.periodEnd,
    h.status,
    h.completion,
    h.overall,
    h.level,
    h.factorIndex,
    h.redLines
  ]
  const groups = [
    ...model.columns.pillars.map((g) => ({ ...g, kind: 'pillars' as const, second: h.levelShort })),
    ...model.columns.sections.map((g) => ({
      ...g,
      kind: 'sections' as const,
      second: h.levelShort
    })),
    ...model.columns.factors.map((g) => ({
      ...g,
      kind: 'factors' as const,
      second: model.labels.factors.headers.band
    }))
  ]
  const firstGroup = fixed.length + 1
  const tail = firstGroup + groups.length * 2
  const tailHeaders = [h.bank, h.assessmentId]
  if (model.rows.some((r) => r.contentHash !== '')) tailHeaders.push(h.fileHash)
  setWidths(sheet, [...FIXED_WIDTHS, ...groups.flatMap(() => [8, 6]), 18, 18, 30])
  fixed.forEach((text, i) => {
    sheet.mergeCells(1, i + 1, 2, i + 1)
    header(ctx, sheet.getCell(1, i + 1), text)
  })
  groups.forEach((g, k) => {
    const c = firstGroup + 2 * k
    sheet.mergeCells(1, c, 1, c + 1)
    header(ctx, sheet.getCell(1, c), `${g.id} ${g.name}`)
    header(ctx, sheet.getCell(2, c), h.score)
    header(ctx, sheet.getCell(2, c + 1), g.second)
  })
  tailHeaders.forEach((text, i) => {
    sheet.mergeCells(1, tail + i, 2, tail + i)
    header(ctx, sheet.getCell(1, tail + i), text)
  })
  sheet.getRow(1).height = 45
  model.rows.forEach((r, i) =>
    writeAssessmentRow(ctx, sheet.getRow(i + 3), r, groups, firstGroup, tail)
  )
  const last = Math.max(3, model.rows.length + 2)
  const scoreColumns = [6, 8, ...groups.map((_, k) => firstGroup + 2 * k)]
  sheet.addConditionalFormatting(
    scoreColorScale(
      scoreColumns.map((c) => `${columnLetter(c)}3:${columnLetter(c)}${last}`).join(' ')
    )
  )
  freezeAt(sheet, 3, 4)
  filterRows(sheet, 2, last, tail + tailHeaders.length - 1)
  printSetup(sheet, '1:2')
}

function writeAssessmentRow(
  ctx: ConsolidatedContext,
  row: ExcelJS.Row,
  r: ConsolidatedRow,
  groups: ReadonlyArray<{ id: string; kind: 'pillars' | 'sections' | 'factors' }>,
  firstGroup: number,
  tail: number
): void {
  const { styles } = ctx
  setText(row.getCell(1), r.institution, r.draft ? styles.wrapAlert : styles.wrap)
  setData(row.getCell(2), { date: r.periodStart }, styles.text, styles)
  setData(row.getCell(3), { date: r.periodEnd }, styles.text, styles)
  setText(row.getCell(4), r.status, styles.center)
  setNumber(
    row.getCell(5),
    r.completionPercent === null ? null : r.completionPercent / 100,
    styles.percent
  )
  scorePair(ctx, row, 6, r.overall)
  setNumber(row.getCell(8), r.factorIndex, styles.score)
  setNumber(row.getCell(9), r.redLineCount, styles.integer)
  groups.forEach((g, k) => scorePair(ctx, row, firstGroup + 2 * k, r[g.kind][g.id]))
  setText(row.getCell(tail), r.bank, styles.text)
  setText(row.getCell(tail + 1), r.assessmentId, styles.text)
  if (r.contentHash !== '') setText(row.getCell(tail + 2), r.contentHash, styles.mono)
}

/**
 * The Trend sheet: each institution seen in several periods, period by period, with the overall
 * score, factor index and pillar scores, and the change from the previous period as formulas.
 */
export function writeTrendSheet(ctx: ConsolidatedContext, sheet: ExcelJS.Worksheet): void {
  const { model, styles } = ctx
  const h = model.labels.consolidated.headers
  const pillars = model.columns.pillars
  const headers = [
    h.institution,
    h.periodStart,
    h.periodEnd,
    h.overall,
    h.delta,
    h.level,
    h.factorIndex,
    h.delta,
    ...pillars.flatMap((p) => [`${p.id} ${p.name}`, h.delta])
  ]
  setWidths(sheet, [26, 11, 11, 9, 8, 7, 9, 8, ...pillars.flatMap(() => [10, 8])])
  headers.forEach((text, i) => header(ctx, sheet.getCell(1, i + 1), text))
  sheet.getRow(1).height = 32
  if (model.trend.length === 0) {
    setText(sheet.getCell(2, 1), model.labels.consolidated.trendNone, styles.note)
    printSetup(sheet)
    return
  }
  const delta = styles.format('+0.0;-0.0;0.0')
  let r = 2
  for (const group of model.trend) {
    group.rows.forEach((index, k) => {
      const item = model.rows[index] as ConsolidatedRow
      const previous = k > 0 ? (model.rows[group.rows[k - 1] as number] as ConsolidatedRow) : null
      const row = sheet.getRow(r)
      setText(row.getCell(1), item.institution, styles.wrap)
      setData(row.getCell(2), { date: item.periodStart }, styles.text, styles)
      setData(row.getCell(3), { date: item.periodEnd }, styles.text, styles)
      const pairs: Array<[number, number | null, number | null]> = [
        [4, item.overall.score, previous?.overall.score ?? null],
        [7, item.factorIndex, previous?.factorIndex ?? null],
        ...pillars.map((p, j): [number, number | null, number | null] => [
          9 + 2 * j,
          item.pillars[p.id]?.score ?? null,
          previous?.pillars[p.id]?.score ?? null
        ])
      ]
      for (const [column, value, before] of pairs) {
        setNumber(row.getCell(column), value, styles.score)
        const cell = row.getCell(column + 1)
        if (previous === null) {
          setNumber(cell, null, delta)
          continue
        }
        const now = rel(column, r)
        const then = rel(column, r - 1)
        const result = value !== null && before !== null ? value - before : ''
        setFormula(
          cell,
          `IF(AND(ISNUMBER(${now}),ISNUMBER(${then})),${now}-${then},"")`,
          result,
          delta
        )
      }
      setText(row.getCell(6), item.overall.grade, styles.center)
      r++
    })
    r++
  }
  freezeAt(sheet, 2, 2)
  printSetup(sheet, '1:1')
}

/** Each field of a breached red line's row, by column. */
const RED_LINE_COL = {
  institution: 1,
  periodEnd: 2,
  assessmentId: 3,
  redLineId: 4,
  source: 5,
  sourceId: 6,
  message: 7,
  overallLevel: 8
} as const

/** The Red lines sheet: every breached red line of every assessment, with its overall level. */
export function writeRedLinesSheet(ctx: ConsolidatedContext, sheet: ExcelJS.Worksheet): void {
  const { model, styles } = ctx
  const h = model.labels.consolidated.headers
  setWidths(sheet, [26, 11, 16, 10, 10, 10, 60, 9])
  const headers = [
    h.institution,
    h.periodEnd,
    h.assessmentId,
    h.redLine,
    h.source,
    model.labels.findings.headers.target,
    h.message,
    h.cap
  ]
  headers.forEach((text, i) => header(ctx, sheet.getCell(1, i + 1), text))
  if (model.redLines.length === 0)
    setText(sheet.getCell(2, 1), model.labels.consolidated.redLinesNone, styles.note)
  model.redLines.forEach((line, i) => {
    const row = sheet.getRow(i + 2)
    setTexts(row, RED_LINE_COL, line, ['institution', 'message'], styles.wrap)
    setData(row.getCell(RED_LINE_COL.periodEnd), { date: line.periodEnd }, styles.text, styles)
    setTexts(row, RED_LINE_COL, line, ['assessmentId', 'redLineId'], styles.text)
    setTexts(row, RED_LINE_COL, line, ['source', 'sourceId'], styles.center)
    setText(row.getCell(RED_LINE_COL.overallLevel), line.overallLevel, styles.level)
  })
  freezeAt(sheet, 2, 1)
  filterRows(sheet, 1, Math.max(1, model.redLines.length + 1), headers.length)
  printSetup(sheet, '1:1')
}
