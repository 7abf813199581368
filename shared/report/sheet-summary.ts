import type ExcelJS from 'exceljs'
import { setFormula, setNumber, setText } from './cells'
import { levelCodeText, type SummaryRefs, type WriteContext } from './context'
import { abs, rel } from '../xlsx/address'
import { onSheet, str } from './excel-formula'
import type { PillarRow, SectionRow } from './model'
import { fitRowHeights, setWidths, setupPrinting, writeHeaderRow } from './sheet-setup'
import { scoreColorScale } from './styles'
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

function percent(value: number | null): number | null {
  return value === null ? null : value / 100
}

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
  setText(row.getCell(C.name), labels.summary.overall, styles.overallText)
  setFormula(
    row.getCell(C.combined),
    overallScoreFormula(ctx, pillarRows),
    o.score ?? labels.noValue,
    styles.overallScore
  )
  setFormula(
    row.getCell(C.rawLevel),
    rawLevelFormula(ctx, r),
    orBlank(o.rawLevel),
    styles.format(LEVEL_NUMBER, 'center')
  )
  if (gates.redLine.enabled)
    setFormula(
      row.getCell(C.cap),
      redLineCapFormula(ctx, r),
      orBlank(o.redLineCap),
      styles.format(LEVEL_NUMBER, 'center')
    )
  if (gates.coverage.enabled)
    setFormula(
      row.getCell(C.coverage),
      withheldFormula(ctx, pillarRows),
      o.withheld ? labels.levelWithheld : '',
      styles.overallCenter
    )
  const level = o.withheld ? labels.levelWithheld : levelCodeText(model, o.level, labels.dash)
  setFormula(row.getCell(C.level), overallLevelFormula(ctx, r), level, styles.overallCenter)
  setText(row.getCell(C.note), o.explanation, styles.overallWrap)
  setNumber(row.getCell(C.completion), percent(o.completionPercent), styles.overallPercent)
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
  setText(row.getCell(C.id), pillar.id, styles.pillarText)
  setText(row.getCell(C.name), pillar.name, styles.pillarText)
  const has = pillar.sections.length > 0
  setFormula(
    row.getCell(C.combined),
    has ? pillarScoreFormula(ctx, first, last) : str(labels.noValue),
    pillar.score ?? labels.noValue,
    styles.pillarScore
  )
  setFormula(
    row.getCell(C.weight),
    ctx.method.pillarWeight.get(pillar.id) ?? '0',
    pillar.weight,
    styles.pillarText
  )
  setFormula(
    row.getCell(C.naShare),
    has ? excludedShareFormula(first, last) : '0',
    pillar.excludedShare,
    styles.format('0%', 'center')
  )
  if (model.method.gates.coverage.enabled && has)
    setFormula(
      row.getCell(C.coverage),
      pillarCoverageFormula(ctx, r, first, last),
      labels.coverage[pillar.coverage],
      styles.pillarCenter
    )
  else setText(row.getCell(C.coverage), labels.coverage[pillar.coverage], styles.pillarCenter)
  setFormula(
    row.getCell(C.rawLevel),
    rawLevelFormula(ctx, r),
    orBlank(pillar.rawLevel),
    styles.format(LEVEL_NUMBER, 'center')
  )
  setFormula(
    row.getCell(C.level),
    pillarLevelFormula(ctx, r),
    levelCodeText(model, pillar.rawLevel, labels.dash),
    styles.pillarCenter
  )
  setText(row.getCell(C.note), pillar.note, styles.pillarText)
  setNumber(row.getCell(C.completion), percent(pillar.completionPercent), styles.pillarPercent)
  pillar.sections.forEach((section, k) => writeSection(ctx, sheet, first + k, section))
}

function writeSection(ctx: WriteContext, sheet: ExcelJS.Worksheet, r: number, s: SectionRow): void {
  const { model, labels, styles } = ctx
  const row = sheet.getRow(r)
  const na = labels.noValue
  const gates = model.method.gates
  setText(row.getCell(C.id), s.id, styles.text)
  setText(row.getCell(C.name), s.name, styles.wrap)
  setFormula(
    row.getCell(C.questionnaire),
    questionnaireFormula(ctx, r),
    s.questionnaireScore ?? na,
    styles.score
  )
  const factorCells: string[] = []
  const factorWeights: number[] = []
  s.factorIds.forEach((id, k) => {
    const cell = ctx.factors.scoreCell.get(id)
    if (cell === undefined) return
    factorCells.push(cell)
    factorWeights.push(s.factorWeights[k] ?? 1)
  })
  if (factorCells.length > 0)
    setFormula(
      row.getCell(C.factors),
      factorScoreFormula(ctx, factorCells, factorWeights),
      s.factorScore ?? na,
      styles.score
    )
  else setText(row.getCell(C.factors), labels.dash, styles.center)
  setFormula(
    row.getCell(C.combined),
    combinedFormula(ctx, r, s.questionnaireShare),
    s.combinedScore ?? na,
    styles.scoreBold
  )
  setFormula(
    row.getCell(C.weight),
    ctx.method.sectionWeight.get(s.id) ?? '0',
    s.weight,
    styles.number
  )
  setFormula(row.getCell(C.naShare), naShareFormula(ctx, r), s.naShare ?? na, styles.share)
  setFormula(
    row.getCell(C.coverage),
    sectionCoverageFormula(ctx, r, gates.coverage.enabled),
    labels.coverage[s.coverage],
    styles.center
  )
  setFormula(
    row.getCell(C.included),
    includedFormula(ctx, r),
    s.included ? 1 : 0,
    styles.format(labels.details.flagFormat, 'center')
  )
  setFormula(
    row.getCell(C.rawLevel),
    rawLevelFormula(ctx, r),
    orBlank(s.rawLevel),
    styles.format(LEVEL_NUMBER, 'center')
  )
  if (gates.criticalItem.enabled)
    setFormula(
      row.getCell(C.cap),
      capFormula(ctx, r),
      orBlank(s.capLevel),
      styles.format(LEVEL_NUMBER, 'center')
    )
  else setText(row.getCell(C.cap), '', styles.center)
  setFormula(
    row.getCell(C.level),
    levelFormula(ctx, r),
    levelCodeText(model, s.level, labels.dash),
    styles.level
  )
  setText(row.getCell(C.note), s.note, styles.wrap)
  setNumber(row.getCell(C.completion), percent(s.completionPercent), styles.percent)
}
