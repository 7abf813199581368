import type ExcelJS from 'exceljs'
import { setData, setFormula, setNumber, setText } from './cells'
import { setInputCell, type FactorsRefs, type WriteContext } from './context'
import { abs, rel } from '../xlsx/address'
import { absRange, onSheet } from './excel-formula'
import {
  bandFormula,
  inputValidFormula,
  passFormula,
  redLineFormula,
  scoreFormula,
  valueFormula,
  type FactorCells,
  type FactorWords
} from './factor-formulas'
import type { FactorRow, FactorSystemsRow } from './model'
import {
  combinedValueFormula,
  keepSystemBlocksTogether,
  planSystemBlocks,
  writeSystemBlocks
} from './sheet-factor-systems'
import {
  filterRows,
  fitRowHeights,
  freezeAt,
  printableHeight,
  setWidths,
  setupPrinting,
  writeHeaderRow
} from './sheet-setup'

const COL = {
  id: 1,
  name: 2,
  process: 3,
  formula: 4,
  value: 5,
  band: 6,
  score: 7,
  target: 8,
  pass: 9,
  redLine: 10,
  redLineRule: 11,
  status: 12,
  comment: 13,
  evidence: 14,
  evidenceHash: 15,
  updatedBy: 16,
  updatedAt: 17
} as const

/** Input table columns (below the factor table): factor, name, unit, input id, value, valid. */
const IN = { factor: 1, name: 2, unit: 3, id: 4, value: 5, valid: 6 } as const

const WIDTHS = [7, 24, 9, 30, 12, 7, 8, 11, 8, 9, 18, 24, 30, 28, 30, 10, 16]

/**
 * The sheet prints at 80 % in landscape, pages across then down: the figures (id … red line, A–J)
 * on the first page, rule, status, comment and evidence, then SHA-256 and provenance on the next,
 * with id and name repeated (LibreOffice: three pages across). Fitted to one page wide, its
 * seventeen columns printed at about 48 % — too small to read.
 */
const PRINT_SCALE = 80

interface InputLayout {
  cellOf: Map<string, string>
  validOf: Map<string, string>
  validRange: string
}

/**
 * Lays out the input table first (row numbers only), so the factor rows above can point at it.
 * Each factor's inputs are contiguous, which makes its validity flags one range.
 */
function planInputs(
  factors: readonly FactorRow[],
  firstRow: number
): { layouts: InputLayout[]; nextRow: number } {
  let r = firstRow
  const layouts = factors.map((factor) => {
    const cellOf = new Map<string, string>()
    const validOf = new Map<string, string>()
    const start = r
    // A per-system factor's inputs are in its own table (sheet-factor-systems.ts).
    if (factor.perSystem === null)
      for (const input of factor.inputs) {
        validOf.set(input.id, abs(IN.valid, r))
        cellOf.set(input.id, abs(IN.value, r++))
      }
    return {
      cellOf,
      validOf,
      validRange: `${abs(IN.valid, start)}:${abs(IN.valid, Math.max(start, r - 1))}`
    }
  })
  return { layouts, nextRow: r }
}

/** Where a factor row's formulas find their cells: its inputs and the Method sheet's figures. */
function factorCells(
  ctx: WriteContext,
  factor: FactorRow,
  layout: InputLayout,
  r: number
): FactorCells {
  const lookup = (map: Map<string, string>) => (id: string) => {
    const cell = map.get(id)
    if (cell === undefined) throw new Error(`report: factor ${factor.id} has no input ${id}`)
    return cell
  }
  return {
    input: lookup(layout.cellOf),
    inputValid: lookup(layout.validOf),
    invalid: `MIN(${layout.validRange})=0`,
    value: rel(COL.value, r),
    band: rel(COL.band, r),
    target: rel(COL.target, r),
    thresholds: ctx.method.bandThresholds.get(factor.id) ?? [],
    scores: ctx.method.bandScores.get(factor.id) ?? [],
    redLineLimits: factor.redLines.map((line) => ctx.method.redLineLimit.get(line.id) ?? '0'),
    tolerance: ctx.method.tolerance
  }
}

/**
 * The Evaluation factors sheet: one row per factor with its value, band, score, pass and red
 * line as live formulas over the raw inputs listed underneath (which a reader may change), the
 * target, the formula in words, status, comment and evidence.
 */
export function writeFactorsSheet(ctx: WriteContext): FactorsRefs {
  const sheet = ctx.sheets.factors
  const { model, labels } = ctx
  const h = labels.factors.headers
  setWidths(sheet, WIDTHS)
  writeHeaderRow(ctx, sheet, 1, [
    h.id,
    h.name,
    h.process,
    h.formula,
    h.value,
    h.band,
    h.score,
    h.target,
    h.pass,
    h.redLine,
    h.redLineRule,
    h.status,
    h.comment,
    h.evidence,
    h.evidenceHash,
    h.updatedBy,
    h.updatedAt
  ])
  sheet.getRow(1).height = 30
  const factors = model.factors
  const lastFactorRow = Math.max(2, factors.length + 1)
  const inputsTitleRow = lastFactorRow + 2
  const { layouts: inputs, nextRow } = planInputs(factors, inputsTitleRow + 2)
  const systemsTitleRow = nextRow + 1
  const blocks = planSystemBlocks(factors, systemsTitleRow)
  const words: FactorWords = {
    noValue: labels.noValue,
    yes: labels.yes,
    no: labels.no,
    dash: labels.dash,
    ...labels.factors.redLineStates
  }
  const scoreCell = new Map<string, string>()
  const cellsOf = new Map<string, FactorCells>()
  factors.forEach((factor, k) => {
    const r = k + 2
    const cells = factorCells(ctx, factor, inputs[k] as InputLayout, r)
    cellsOf.set(factor.id, { ...cells, value: abs(COL.value, r), target: abs(COL.target, r) })
    const block = blocks.get(factor.id)
    const value =
      block === undefined
        ? valueFormula(factor, cells, words)
        : combinedValueFormula((factor.perSystem as FactorSystemsRow).rule, block, words)
    writeFactorRow(ctx, sheet.getRow(r), factor, value, cells, words)
    scoreCell.set(factor.id, onSheet(labels.sheets.factors, abs(COL.score, r)))
  })

  writeInputs(ctx, sheet, inputsTitleRow)
  writeSystemBlocks(ctx, systemsTitleRow, blocks, (f) => cellsOf.get(f.id) as FactorCells, words)
  fitRowHeights(sheet, 2, sheet.rowCount)
  freezeAt(sheet, 2, 3)
  filterRows(sheet, 1, lastFactorRow, WIDTHS.length)
  setupPrinting(ctx, sheet, { landscape: true, titleColumns: 'A:B', scale: PRINT_SCALE })
  // Each table starts its own page under its own header (no repeated header row: the tables'
  // columns differ), and a per-system table is never parted from its heading.
  sheet.getRow(inputsTitleRow - 1).addPageBreak()
  keepSystemBlocksTogether(
    sheet,
    systemsTitleRow,
    blocks,
    printableHeight(true) / (PRINT_SCALE / 100)
  )
  return {
    scoreCell,
    scoreRange: onSheet(labels.sheets.factors, absRange(COL.score, 2, lastFactorRow)),
    redLineRange: onSheet(labels.sheets.factors, absRange(COL.redLine, 2, lastFactorRow))
  }
}

function writeFactorRow(
  ctx: WriteContext,
  row: ExcelJS.Row,
  factor: FactorRow,
  value: string,
  cells: FactorCells,
  words: FactorWords
): void {
  const { labels, styles } = ctx
  const valueStyle = styles.format(styles.factorFormat(factor.display, factor.decimals))
  setText(row.getCell(COL.id), factor.id, styles.text)
  setText(row.getCell(COL.name), factor.name, styles.wrap)
  setText(row.getCell(COL.process), factor.sectionId, styles.center)
  setText(row.getCell(COL.formula), factor.formulaText, styles.wrap)
  if (factor.formulaError) setText(row.getCell(COL.value), labels.noValue, styles.text)
  else setFormula(row.getCell(COL.value), value, factor.value ?? labels.noValue, valueStyle)
  setFormula(
    row.getCell(COL.band),
    bandFormula(factor, cells, words),
    factor.band ?? labels.noValue,
    styles.level
  )
  setFormula(
    row.getCell(COL.score),
    scoreFormula(factor, cells, words),
    factor.score ?? labels.noValue,
    styles.score
  )
  setNumber(
    row.getCell(COL.target),
    factor.target,
    styles.format(styles.factorFormat(factor.display, factor.decimals), 'input')
  )
  const pass = factor.pass === null ? labels.dash : factor.pass ? labels.yes : labels.no
  setFormula(row.getCell(COL.pass), passFormula(factor, cells, words), pass, styles.center)
  if (factor.redLineState === null) setText(row.getCell(COL.redLine), labels.dash, styles.center)
  else
    setFormula(
      row.getCell(COL.redLine),
      redLineFormula(factor, cells, words),
      labels.factors.redLineStates[factor.redLineState],
      styles.level
    )
  writeFactorNotes(ctx, row, factor)
}

/** The red-line rule, status, comment, evidence and provenance cells of a factor row. */
function writeFactorNotes(ctx: WriteContext, row: ExcelJS.Row, factor: FactorRow): void {
  const { labels, styles } = ctx
  setText(row.getCell(COL.redLineRule), factor.redLineRule, styles.wrap)
  const mode = labels.factors.modes[factor.scoring]
  setText(
    row.getCell(COL.status),
    [factor.statusNote, mode].filter((s) => s !== '').join('\n'),
    styles.wrap
  )
  setText(row.getCell(COL.comment), factor.comment, styles.wrap)
  setText(row.getCell(COL.evidence), factor.evidenceNames, styles.wrap)
  setText(row.getCell(COL.evidenceHash), factor.evidenceHashes, styles.mono)
  setText(row.getCell(COL.updatedBy), factor.updatedBy, styles.text)
  setData(row.getCell(COL.updatedAt), factor.updatedAt, styles.text, styles)
}

function writeInputs(ctx: WriteContext, sheet: ExcelJS.Worksheet, titleRow: number): void {
  const { model, labels, styles } = ctx
  setText(sheet.getCell(titleRow, 1), labels.factors.inputsTitle, styles.section)
  const ih = labels.factors.inputHeaders
  writeHeaderRow(ctx, sheet, titleRow + 1, [
    ih.factor,
    ih.name,
    ih.unit,
    ih.input,
    ih.value,
    labels.factors.validHeader
  ])
  const validStyle = styles.format(`[=1]"${labels.yes}";[=0]"${labels.no}";General`, 'center')
  let r = titleRow + 2
  for (const factor of model.factors) {
    if (factor.perSystem !== null) continue
    for (const input of factor.inputs) {
      setText(sheet.getCell(r, IN.factor), factor.id, styles.text)
      setText(sheet.getCell(r, IN.name), input.label, styles.wrap)
      setText(sheet.getCell(r, IN.unit), input.unit, styles.center)
      setText(sheet.getCell(r, IN.id), input.id, styles.text)
      const key = `${factor.id}.${input.id}`
      setInputCell(ctx, sheet.getCell(r, IN.value), key, input.value, styles.inputNumber)
      const cell = rel(IN.value, r)
      setFormula(
        sheet.getCell(r, IN.valid),
        inputValidFormula(input, cell),
        input.valid ? 1 : 0,
        validStyle
      )
      r++
    }
  }
}
