import type ExcelJS from 'exceljs'
import { setFormula, setNumber, setText } from './cells'
import { levelCodeText, type WriteContext } from './context'
import type { ComparisonRow, ComparisonSheetInput } from './comparison-model'
import { absRange, onSheet, str } from './excel-formula'
import { fill } from './labels'
import { rel } from '../xlsx/address'
import { fitRowHeights, freezeAt, setWidths, setupPrinting, writeHeaderRow } from './sheet-setup'
import { SUM_COL } from './summary-formulas'
import { deltaFormula, writeSystemValues } from './sheet-comparison-systems'

const WIDTHS = [14, 10, 40, 11, 11, 11, 24, 24]
const COL = { kind: 1, id: 2, name: 3, previous: 4, current: 5, delta: 6 } as const
const DELTA_FORMAT = '+0.0;-0.0;0.0'
const HEADER_ROW = 5
const GREEN = '2E7D32'
const RED = 'C00000'

/** Where the Summary table's rows are, for the pillar and section/process look-ups. */
export interface SummaryRows {
  firstRow: number
  lastRow: number
}

/** The live formula of a node's current score: a cell of this workbook, or a Summary look-up. */
function currentFormula(
  ctx: WriteContext,
  row: ComparisonRow,
  r: number,
  summary: SummaryRows
): string | null {
  const na = str(ctx.labels.noValue)
  const asScore = (ref: string) => `IF(ISNUMBER(${ref}),${ref},${na})`
  switch (row.kind) {
    case 'overall':
      return asScore(ctx.summary.overallScore)
    case 'factorIndex':
      return asScore(ctx.summary.factorIndex)
    case 'pillar':
    case 'section': {
      const name = ctx.labels.sheets.summary
      const ids = onSheet(name, absRange(SUM_COL.id, summary.firstRow, summary.lastRow))
      const scores = onSheet(name, absRange(SUM_COL.combined, summary.firstRow, summary.lastRow))
      const found = `INDEX(${scores},MATCH(${rel(COL.id, r)},${ids},0))`
      return `IFERROR(${asScore(found)},${na})`
    }
    case 'factor': {
      const cell = ctx.factors.scoreCell.get(row.id)
      return cell === undefined ? null : asScore(cell)
    }
  }
}

function scoreCell(ctx: WriteContext, cell: ExcelJS.Cell, value: number | null): void {
  if (value === null) setText(cell, ctx.labels.noValue, ctx.styles.center)
  else setNumber(cell, value, ctx.styles.score)
}

function writeNodes(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  input: ComparisonSheetInput,
  summary: SummaryRows
): number {
  const { labels, styles, model } = ctx
  const l = input.labels
  const deltaStyle = styles.format(DELTA_FORMAT, 'center')
  let r = HEADER_ROW + 1
  for (const node of input.rows) {
    const row = sheet.getRow(r)
    const bold = node.kind === 'overall' || node.kind === 'pillar'
    setText(row.getCell(COL.kind), l.kinds[node.kind], bold ? styles.label : styles.text)
    setText(
      row.getCell(COL.id),
      node.kind === 'overall' || node.kind === 'factorIndex' ? '' : node.id,
      styles.text
    )
    setText(row.getCell(COL.name), node.name, bold ? styles.label : styles.wrap)
    scoreCell(ctx, row.getCell(COL.previous), node.previous)
    const formula = currentFormula(ctx, node, r, summary)
    if (formula === null) scoreCell(ctx, row.getCell(COL.current), node.current)
    else
      setFormula(
        row.getCell(COL.current),
        formula,
        node.current ?? labels.noValue,
        node.current === null ? styles.center : styles.score
      )
    setFormula(
      row.getCell(COL.delta),
      deltaFormula(r, COL.previous, COL.current, labels.dash),
      node.delta ?? labels.dash,
      deltaStyle
    )
    r++
    if (node.kind === 'overall') {
      // The level beside the score: the previous period's as stored, this one's from the Summary.
      const level = sheet.getRow(r)
      const o = model.summary.overall
      setText(level.getCell(COL.kind), l.kinds.level, styles.text)
      setText(level.getCell(COL.previous), input.previousLevel, styles.center)
      setFormula(
        level.getCell(COL.current),
        `${ctx.summary.overallLevel}&""`,
        o.withheld ? labels.levelWithheld : levelCodeText(model, o.level, labels.dash),
        styles.center
      )
      r++
    }
  }
  const range = `${rel(COL.delta, HEADER_ROW + 1)}:${rel(COL.delta, r - 1)}`
  sheet.addConditionalFormatting({
    ref: range,
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: ['0'],
        priority: 1,
        style: { font: { color: { argb: GREEN } } }
      },
      {
        type: 'cellIs',
        operator: 'lessThan',
        formulae: ['0'],
        priority: 2,
        style: { font: { color: { argb: RED } } }
      }
    ]
  })
  return r
}

function writeFindings(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  input: ComparisonSheetInput,
  top: number
): number {
  const { styles } = ctx
  const l = input.labels
  setText(sheet.getCell(top, 1), l.findings, styles.section)
  const h = l.findingHeaders
  writeHeaderRow(ctx, sheet, top + 1, [h.what, h.count, h.ids])
  sheet.mergeCells(top + 1, 3, top + 1, WIDTHS.length)
  let r = top + 2
  for (const group of input.findings) {
    const row = sheet.getRow(r)
    setText(row.getCell(1), l.findingKinds[group.kind], styles.text)
    setNumber(row.getCell(2), group.ids.length, styles.integer)
    sheet.mergeCells(r, 3, r, WIDTHS.length)
    setText(row.getCell(3), group.ids.join(ctx.labels.listSeparator), styles.wrap)
    r++
  }
  return r
}

function writeAnswers(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  input: ComparisonSheetInput,
  top: number
): number {
  const { styles, labels } = ctx
  const l = input.labels
  setText(
    sheet.getCell(top, 1),
    l.answers + fill(labels.parenthesized, { text: input.answers.length }),
    styles.section
  )
  const h = l.answerHeaders
  writeHeaderRow(ctx, sheet, top + 1, [
    h.id,
    '',
    h.question,
    h.previous,
    h.current,
    h.delta,
    h.previousAnswer,
    h.currentAnswer
  ])
  sheet.mergeCells(top + 1, 1, top + 1, 2)
  let r = top + 2
  if (input.answers.length === 0 && input.oneSided.length === 0) {
    sheet.mergeCells(r, 1, r, WIDTHS.length)
    setText(sheet.getCell(r, 1), l.noAnswers, styles.note)
    return r + 1
  }
  const deltaStyle = styles.format(DELTA_FORMAT, 'center')
  for (const a of [...input.answers, ...input.oneSided]) {
    const row = sheet.getRow(r)
    sheet.mergeCells(r, 1, r, 2)
    setText(row.getCell(1), a.id, styles.text)
    setText(row.getCell(3), a.question, styles.wrap)
    scoreCell(ctx, row.getCell(4), a.previous)
    scoreCell(ctx, row.getCell(5), a.current)
    setFormula(
      row.getCell(6),
      deltaFormula(r, 4, 5, labels.dash),
      a.delta ?? labels.dash,
      deltaStyle
    )
    setText(row.getCell(7), a.previousAnswer, styles.wrap)
    setText(row.getCell(8), a.currentAnswer, styles.wrap)
    r++
  }
  return r
}

/**
 * The 上期对比 / Comparison sheet: every scored node of the previous period beside this one's, the
 * current scores as live formulas over the Summary and Evaluation factors sheets, each change as a
 * formula of the two; each key system's value of a per-system factor; then the findings opened, closed, repeated and carried, and the answers
 * that changed (docs/remediation.md).
 */
export function writeComparisonSheet(
  ctx: WriteContext,
  sheet: ExcelJS.Worksheet,
  input: ComparisonSheetInput,
  summary: SummaryRows
): void {
  const { styles, model } = ctx
  const l = input.labels
  setWidths(sheet, WIDTHS)
  setText(sheet.getCell(1, 1), `${l.title} — ${model.cover.institution}`, styles.title)
  sheet.getRow(1).height = 28
  setText(
    sheet.getCell(2, 1),
    fill(l.periods, { previous: input.previousPeriod, current: input.currentPeriod }),
    styles.subtitle
  )
  sheet.mergeCells(3, 1, 3, WIDTHS.length)
  setText(sheet.getCell(3, 1), l.note, styles.note)
  sheet.getRow(3).height = 30
  if (input.mapping !== undefined) {
    // Across a bank upgrade: both versions and what was moved, removed and added.
    sheet.mergeCells(4, 1, 4, WIDTHS.length)
    setText(sheet.getCell(4, 1), input.mapping, styles.note)
    sheet.getRow(4).height = 30
  }
  const h = l.headers
  writeHeaderRow(ctx, sheet, HEADER_ROW, [h.kind, h.id, h.name, h.previous, h.current, h.delta])
  const afterNodes = writeNodes(ctx, sheet, input, summary)
  const afterSystems = writeSystemValues(ctx, sheet, input, afterNodes + 1)
  const afterFindings = writeFindings(ctx, sheet, input, afterSystems)
  const end = writeAnswers(ctx, sheet, input, afterFindings + 1)
  fitRowHeights(sheet, HEADER_ROW + 1, end - 1)
  freezeAt(sheet, HEADER_ROW + 1, 1)
  setupPrinting(ctx, sheet, { landscape: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}` })
}
