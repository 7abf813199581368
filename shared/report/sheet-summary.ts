import type ExcelJS from 'exceljs'
import { setFormula, setNumber, setText, type FormulaResult } from './cells'
import { levelCodeText, type SummaryRefs, type WriteContext } from './context'
import { abs, rel } from '../xlsx/address'
import { onSheet, str } from './excel-formula'
import type { PillarRow, SectionRow } from './model'
import { fitRowHeights, setWidths, setupPrinting, writeHeaderRow } from './sheet-setup'
import { scoreColorScale, type CellStyle } from './styles'
import {
  SUM_COL as C,
  capFormula,
  combinedFormula,
  excludedShareFormula,
  factorScoreFormula,
  includedFormula,
  levelFormula,
  naShareFormula,
  overallLevelFormula,
  overallScoreFormula,
  pillarCoverageFormula,
  pillarLevelFormula,
  pillarScoreFormula,
  questionnaireFormula,
  rawLevelFormula,
  redLineCapFormula,
  sectionCoverageFormula,
  withheldFormula
} from './summary-formulas'

const WIDTHS = [9, 30, 10, 10, 10, 8, 9, 42, 10, 11, 9, 9, 9, 10]
/** English names and headers are longer (`Operational risk & problem management (provisional)`). */
const WIDTHS_EN = [9, 50, 14, 10, 11, 8, 8, 40, 10, 11, 9, 10, 10, 12]
export const SUMMARY_HEADER_ROW = 3
export const SUMMARY_FIRST_ROW = 4

/** Where the Summary table's rows landed (for the chart). */
export interface SummaryLayout {
  refs: SummaryRefs
  firstRow: number
  lastRow: number
  pillarRows: number[]
  factorIndexRow: number
}

const LEVEL_NUMBER = '"L"0'
const orBlank = (value: number | null): number | string => value ?? ''

/**
 * The Summary sheet: overall, each pillar and its sections/processes, with questionnaire,
 * factor and combined scores, weights and levels as live formulas (see summary-formulas.ts),
 * their workings to the right (N/A share, coverage, counts in parent, raw level, cap), a colour
 * scale on the scores, and the factor index. The chart is added when the file is packed.
 */
export function writeSummarySheet(ctx: WriteContext): SummaryLayout {
  const sheet = ctx.sheets.summary
  const { model, labels, styles } = ctx
  const h = labels.summary.headers
  setWidths(sheet, model.locale === 'en-US' ? WIDTHS_EN : WIDTHS)
  setText(sheet.getCell(1, 1), `${labels.summary.title} — ${model.cover.institution}`, styles.title)
  sheet.getRow(1).height = 28
  setText(
    sheet.getCell(2, 1),
    model.draft ? labels.draftMark : `${labels.finalMark} — ${model.cover.seal}`,
    model.draft ? styles.draftMark : styles.finalMark
  )
  sheet.getRow(2).height = 24
  writeHeaderRow(ctx, sheet, SUMMARY_HEADER_ROW, [
    h.id,
    h.name,
    h.questionnaire,
    h.factors,
    h.combined,
    h.weight,
    h.level,
    h.note,
    h.naShare,
    h.coverage,
    h.included,
    h.rawLevel,
    h.cap,
    h.completion
  ])
  sheet.getRow(SUMMARY_HEADER_ROW).height = 30

  const overallRow = SUMMARY_FIRST_ROW
  let r = overallRow + 1
  const pillarRows: number[] = []
  for (const pillar of model.summary.pillars) {
    pillarRows.push(r)
    writePillar(ctx, sheet, r, pillar)
    r += pillar.sections.length + 1
  }
  const lastRow = r - 1
  writeOverall(ctx, sheet, overallRow, pillarRows)
  fitRowHeights(sheet, overallRow, lastRow)

  const factorIndexRow = lastRow + 2
  setText(sheet.getCell(factorIndexRow, 1), labels.summary.factorIndex, styles.overallText)
  sheet.mergeCells(factorIndexRow, 1, factorIndexRow, 4)
  const fi = model.summary.factorIndex
  const list = ctx.factors.scoreRange
  setFormula(
    sheet.getCell(factorIndexRow, C.combined),
    `IF(COUNT(${list})=0,${str(labels.noValue)},SUM(${list})/COUNT(${list}))`,
    fi ?? labels.noValue,
    styles.overallScore
  )
  sheet.mergeCells(factorIndexRow + 1, 1, factorIndexRow + 2, WIDTHS.length)
  setText(sheet.getCell(factorIndexRow + 1, 1), labels.summary.legend, styles.note)
  // The chart goes below on a printed page of its own, so it is never cut in half.
  sheet.getRow(factorIndexRow + 2).addPageBreak()

  sheet.addConditionalFormatting(
    scoreColorScale(`${rel(C.questionnaire, overallRow)}:${rel(C.combined, lastRow)}`)
  )
  sheet.views = [
    {
      state: 'frozen',
      xSplit: 2,
      ySplit: SUMMARY_HEADER_ROW,
      topLeftCell: 'C4',
      activeCell: 'C4',
      showGridLines: false
    }
  ]
  // No repeated header rows: the table fits one page and the chart page should stand alone.
  setupPrinting(ctx, sheet, { landscape: true })
  const name = labels.sheets.summary
  return {
    refs: {
      overallScore: onSheet(name, abs(C.combined, overallRow)),
      overallLevel: onSheet(name, abs(C.level, overallRow)),
      factorIndex: onSheet(name, abs(C.combined, factorIndexRow))
    },
    firstRow: overallRow,
    lastRow,
    pillarRows,
    factorIndexRow
  }
}

/** The cells of one summary row, written by column. */
function rowWriter(ctx: WriteContext, row: ExcelJS.Row, r: number) {
  const levelNumber = ctx.styles.format(LEVEL_NUMBER, 'center')
  return {
    formula: (column: number, formula: string, result: FormulaResult, style: CellStyle): void =>
      setFormula(row.getCell(column), formula, result, style),
    text: (column: number, text: string, style: CellStyle): void =>
      setText(row.getCell(column), text, style),
    percent: (value: number | null, style: CellStyle): void =>
      setNumber(row.getCell(C.completion), value === null ? null : value / 100, style),
    /** The level the score reaches before any cap, as a number shown as L0…L4. */
    rawLevel: (value: number | null): void =>
      setFormula(row.getCell(C.rawLevel), rawLevelFormula(ctx, r), orBlank(value), levelNumber),
    /** A cap on the level (red line, critical item), shown as L0…L4. */
    cap: (formula: string, value: number | null): void =>
      setFormula(row.getCell(C.cap), formula, orBlank(value), levelNumber)
  }
}

function writeOverall(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  r: number,
  pillarRows: number[]
): void {
  const { model, labels, styles } = ctx
  const o = model.summary.overall
  const gates = model.method.gates
  const row = sheet.getRow(r)
  for (let k = 1; k <= WIDTHS.length; k++) row.getCell(k).style = styles.overallText
  const put = rowWriter(ctx, row, r)
  put.text(C.name, labels.summary.overall, styles.overallText)
  const score = overallScoreFormula(ctx, pillarRows)
  put.formula(C.combined, score, o.score ?? labels.noValue, styles.overallScore)
  put.rawLevel(o.rawLevel)
  if (gates.redLine.enabled) put.cap(redLineCapFormula(ctx, r), o.redLineCap)
  const withheld = o.withheld ? labels.levelWithheld : ''
  if (gates.coverage.enabled)
    put.formula(C.coverage, withheldFormula(ctx, pillarRows), withheld, styles.overallCenter)
  const level = o.withheld ? labels.levelWithheld : levelCodeText(model, o.level, labels.dash)
  put.formula(C.level, overallLevelFormula(ctx, r), level, styles.overallCenter)
  put.text(C.note, o.explanation, styles.overallWrap)
  put.percent(o.completionPercent, styles.overallPercent)
}

function writePillar(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  r: number,
  pillar: PillarRow
): void {
  const { model, labels, styles } = ctx
  const row = sheet.getRow(r)
  const first = r + 1
  const last = r + pillar.sections.length
  for (let k = 1; k <= WIDTHS.length; k++) row.getCell(k).style = styles.pillarText
  const put = rowWriter(ctx, row, r)
  put.text(C.id, pillar.id, styles.pillarText)
  put.text(C.name, pillar.name, styles.pillarText)
  const has = pillar.sections.length > 0
  const score = has ? pillarScoreFormula(ctx, first, last) : str(labels.noValue)
  put.formula(C.combined, score, pillar.score ?? labels.noValue, styles.pillarScore)
  const weight = ctx.method.pillarWeight.get(pillar.id) ?? '0'
  put.formula(C.weight, weight, pillar.weight, styles.pillarText)
  const excluded = has ? excludedShareFormula(first, last) : '0'
  put.formula(C.naShare, excluded, pillar.excludedShare, styles.format('0%', 'center'))
  const coverage = labels.coverage[pillar.coverage]
  if (model.method.gates.coverage.enabled && has) {
    const formula = pillarCoverageFormula(ctx, r, first, last)
    put.formula(C.coverage, formula, coverage, styles.pillarCenter)
  } else put.text(C.coverage, coverage, styles.pillarCenter)
  put.rawLevel(pillar.rawLevel)
  const level = levelCodeText(model, pillar.rawLevel, labels.dash)
  put.formula(C.level, pillarLevelFormula(ctx, r), level, styles.pillarCenter)
  put.text(C.note, pillar.note, styles.pillarText)
  put.percent(pillar.completionPercent, styles.pillarPercent)
  pillar.sections.forEach((section, k) => writeSection(ctx, sheet, first + k, section))
}

/** The cells of this section's factors' scores, with their weights in the section. */
function factorCells(ctx: WriteContext, s: SectionRow): { cells: string[]; weights: number[] } {
  const cells: string[] = []
  const weights: number[] = []
  s.factorIds.forEach((id, k) => {
    const cell = ctx.factors.scoreCell.get(id)
    if (cell === undefined) return
    cells.push(cell)
    weights.push(s.factorWeights[k] ?? 1)
  })
  return { cells, weights }
}

function writeSection(ctx: WriteContext, sheet: ExcelJS.Worksheet, r: number, s: SectionRow): void {
  const { model, labels, styles } = ctx
  const put = rowWriter(ctx, sheet.getRow(r), r)
  const na = labels.noValue
  const gates = model.method.gates
  put.text(C.id, s.id, styles.text)
  put.text(C.name, s.name, styles.wrap)
  const questionnaire = questionnaireFormula(ctx, r)
  put.formula(C.questionnaire, questionnaire, s.questionnaireScore ?? na, styles.score)
  const factors = factorCells(ctx, s)
  if (factors.cells.length > 0) {
    const formula = factorScoreFormula(ctx, factors.cells, factors.weights)
    put.formula(C.factors, formula, s.factorScore ?? na, styles.score)
  } else put.text(C.factors, labels.dash, styles.center)
  const combined = combinedFormula(ctx, r, s.questionnaireShare)
  put.formula(C.combined, combined, s.combinedScore ?? na, styles.scoreBold)
  put.formula(C.weight, ctx.method.sectionWeight.get(s.id) ?? '0', s.weight, styles.number)
  put.formula(C.naShare, naShareFormula(ctx, r), s.naShare ?? na, styles.share)
  const coverage = sectionCoverageFormula(ctx, r, gates.coverage.enabled)
  put.formula(C.coverage, coverage, labels.coverage[s.coverage], styles.center)
  const flag = styles.format(labels.details.flagFormat, 'center')
  put.formula(C.included, includedFormula(ctx, r), s.included ? 1 : 0, flag)
  put.rawLevel(s.rawLevel)
  if (gates.criticalItem.enabled) put.cap(capFormula(ctx, r), s.capLevel)
  else put.text(C.cap, '', styles.center)
  const level = levelCodeText(model, s.level, labels.dash)
  put.formula(C.level, levelFormula(ctx, r), level, styles.level)
  put.text(C.note, s.note, styles.wrap)
  put.percent(s.completionPercent, styles.percent)
}
