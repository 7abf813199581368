import type ExcelJS from 'exceljs'
import { setInputCell, type WriteContext } from './context'
import { setFormula, setNumber, setText } from './cells'
import { abs } from '../xlsx/address'
import { num, str } from './excel-formula'
import {
  arithmeticFormula,
  bandFormula,
  inputGuards,
  inputValidFormula,
  type FactorCells,
  type FactorWords
} from './factor-formulas'
import type { FactorRow, FactorSystemRow, FactorSystemsRow } from './model'
import { wrappedLines, writeHeaderRow } from './sheet-setup'

/**
 * The per-system tables of the Evaluation factors sheet: for each factor entered per key system,
 * one row per system with its inputs as entered (a reader may change them), whether they are
 * valid, the system's value and band — live formulas reproducing the engine's — and, for a
 * class-weighted minimum, the class weight and weighted value; a last column marks the system
 * that sets the combined value. The factor's own row above combines these rows by the bank's rule.
 */

/** Where one factor's system rows are. */
export interface SystemsBlock {
  firstRow: number
  lastRow: number
  /** No system in scope: the factor is N/A. */
  empty: boolean
  valueRange: string
  inputsOkRange: string
  adjustedRange: string
  /** The note under the table: which systems the factor applies to, and why. */
  noteRow: number
}

/**
 * Columns after the inputs, which start at column 4. The class weight and weighted value are there
 * only when some factor combines by a class-weighted minimum: two empty columns would push the
 * last one (the system that sets the value) onto a printed page of its own.
 */
function columns(factors: readonly FactorRow[]) {
  const first = 4 + maxInputs(factors)
  const weights = factors.some((f) => f.perSystem?.rule === 'classWeightedMin') ? 2 : 0
  return {
    factor: 1,
    system: 2,
    class: 3,
    input: (k: number) => 4 + k,
    inputsOk: first,
    value: first + 1,
    band: first + 2,
    weights: weights > 0,
    classWeight: first + 3,
    adjusted: first + 4,
    binding: first + 3 + weights,
    /** The last column before the binding mark. */
    beforeBinding: first + 2 + weights
  }
}

/** Blocks as [title, header, systems… (or "none"), scope note, blank]; the row numbers only. */
export function planSystemBlocks(
  factors: readonly FactorRow[],
  firstRow: number
): Map<string, SystemsBlock> {
  const blocks = new Map<string, SystemsBlock>()
  const col = columns(factors)
  let r = firstRow + 1
  for (const factor of factors) {
    if (factor.perSystem === null) continue
    const first = r + 2
    const count = Math.max(1, factor.perSystem.systems.length)
    const last = first + count - 1
    const range = (c: number) => `${abs(c, first)}:${abs(c, last)}`
    blocks.set(factor.id, {
      firstRow: first,
      lastRow: last,
      empty: factor.perSystem.systems.length === 0,
      valueRange: range(col.value),
      inputsOkRange: range(col.inputsOk),
      adjustedRange: range(col.adjusted),
      noteRow: last + 1
    })
    r = last + 3
  }
  return blocks
}

function maxInputs(factors: readonly FactorRow[]): number {
  return Math.max(0, ...factors.filter((f) => f.perSystem !== null).map((f) => f.inputs.length))
}

/**
 * The combined value on the factor's row: N/A with no system in scope or while any system's
 * inputs are missing, invalid or fail a check; N/A when no system has a value (all zero
 * denominators); otherwise the rule over the systems' values (the weighted ones for a
 * class-weighted minimum). MIN, MAX, SUM and AVERAGE skip the N/A texts as the engine skips nulls.
 */
export function combinedValueFormula(
  rule: FactorSystemsRow['rule'],
  block: SystemsBlock,
  words: FactorWords
): string {
  const na = str(words.noValue)
  if (block.empty) return na
  const values = block.valueRange
  const combined = {
    min: `MIN(${values})`,
    max: `MAX(${values})`,
    classWeightedMin: `MIN(${block.adjustedRange})`,
    sum: `SUM(${values})`,
    mean: `AVERAGE(${values})`
  }[rule]
  return `IF(MIN(${block.inputsOkRange})=0,${na},IF(COUNT(${values})=0,${na},${combined}))`
}

/**
 * Writes every per-system factor's table from `titleRow` on (the layout of
 * {@link planSystemBlocks}); `cellsOf` gives a factor's Method-sheet cells and its target cell.
 */
export function writeSystemBlocks(
  ctx: WriteContext,
  titleRow: number,
  blocks: ReadonlyMap<string, SystemsBlock>,
  cellsOf: (factor: FactorRow) => FactorCells,
  words: FactorWords
): void {
  const { model, labels, styles } = ctx
  const sheet = ctx.sheets.factors
  const L = labels.factors.systems
  if (blocks.size === 0) return
  setText(sheet.getCell(titleRow, 1), L.title, styles.section)
  const col = columns(model.factors)
  for (const factor of model.factors) {
    const block = blocks.get(factor.id)
    const systems = factor.perSystem
    if (block === undefined || systems === null) continue
    const top = block.firstRow - 2
    const title = L.blockTitle
      .replace('{id}', factor.id)
      .replace('{name}', factor.name)
      .replace('{rule}', systems.ruleText)
    setText(sheet.getCell(top, 1), title, styles.section)
    const weighted = systems.rule === 'classWeightedMin'
    const bound = systems.rule === 'min' || systems.rule === 'max' || weighted
    writeBlockHeader(ctx, top + 1, factor, col, weighted, bound)
    writeScopeNote(ctx, block.noteRow, systems.scopeNote, bound ? col.binding : col.beforeBinding)
    if (block.empty) {
      setText(sheet.getCell(block.firstRow, 1), factor.id, styles.text)
      setText(sheet.getCell(block.firstRow, 2), L.noSystems, styles.wrap)
      continue
    }
    const base = cellsOf(factor)
    systems.systems.forEach((system, k) =>
      writeSystemRow(ctx, { factor, system, k, block, col, base, words, weighted, bound })
    )
  }
}

type Columns = ReturnType<typeof columns>

/** The note under a table, across its width, tall enough for its wrapped lines. */
function writeScopeNote(ctx: WriteContext, r: number, note: string, lastColumn: number): void {
  const sheet = ctx.sheets.factors
  setText(sheet.getCell(r, 1), note, ctx.styles.note)
  sheet.mergeCells(r, 1, r, lastColumn)
  let width = 0
  for (let c = 1; c <= lastColumn; c++) width += sheet.getColumn(c).width ?? 9
  sheet.getRow(r).height = wrappedLines(note, width) * 12 + 4
}

/** Row heights a printed page holds, and rows without a height of their own (points). */
const DEFAULT_ROW_HEIGHT = 15

/**
 * Keeps each per-system table on one printed page with its heading: a manual page break before
 * the section title, and before any table that would not fit in what is left of the page.
 * `pageHeight` is the printable height in sheet points (the page's, divided by the print scale).
 */
export function keepSystemBlocksTogether(
  sheet: ExcelJS.Worksheet,
  titleRow: number,
  blocks: ReadonlyMap<string, SystemsBlock>,
  pageHeight: number
): void {
  if (blocks.size === 0) return
  const height = (r: number) => sheet.getRow(r).height ?? DEFAULT_ROW_HEIGHT
  const span = (from: number, to: number) => {
    let total = 0
    for (let r = from; r <= to; r++) total += height(r)
    return total
  }
  // The section starts a page; its title shares the page with the first table.
  sheet.getRow(titleRow - 1).addPageBreak()
  let used = height(titleRow)
  let r = titleRow + 1
  for (const block of [...blocks.values()].sort((a, b) => a.firstRow - b.firstRow)) {
    const top = block.firstRow - 2
    const needed = span(top, block.noteRow)
    if (top > titleRow + 1 && used + span(r, top - 1) + needed > pageHeight) {
      sheet.getRow(top - 1).addPageBreak()
      used = 0
    } else used += span(r, top - 1)
    used += needed
    r = block.noteRow + 1
  }
}

function writeBlockHeader(
  ctx: WriteContext,
  rowNumber: number,
  factor: FactorRow,
  col: Columns,
  weighted: boolean,
  bound: boolean
): void {
  const L = ctx.labels.factors.systems
  const headers = [L.headers.factor, L.headers.system, L.headers.class]
  for (let i = 0; i < col.inputsOk - 4; i++) {
    const input = factor.inputs[i]
    headers.push(input === undefined ? '' : `${input.label} (${input.unit})`)
  }
  headers.push(L.headers.inputsOk, L.headers.value, L.headers.band)
  if (col.weights)
    headers.push(weighted ? L.headers.classWeight : '', weighted ? L.headers.adjusted : '')
  if (bound) headers.push(L.headers.binding)
  writeHeaderRow(ctx, ctx.sheets.factors, rowNumber, headers)
}

interface SystemRowSpec {
  factor: FactorRow
  system: FactorSystemRow
  /** 0-based position among the factor's systems. */
  k: number
  block: SystemsBlock
  col: Columns
  base: FactorCells
  words: FactorWords
  weighted: boolean
  bound: boolean
}

/** One system's row: its inputs, validity, value, band, weighted value and binding mark. */
function writeSystemRow(ctx: WriteContext, spec: SystemRowSpec): void {
  const { factor, system, k, block, col, base, words, weighted, bound } = spec
  const { labels, styles } = ctx
  const r = block.firstRow + k
  const row = ctx.sheets.factors.getRow(r)
  const valueStyle = styles.format(styles.factorFormat(factor.display, factor.decimals))
  const inputStyle = styles.inputNumber
  const factorValue = base.value
  setText(row.getCell(col.factor), factor.id, styles.text)
  setText(row.getCell(col.system), system.name, styles.wrap)
  setText(row.getCell(col.class), system.classLabel, styles.center)
  const cellOf = new Map<string, string>()
  system.inputs.forEach((input, i) => {
    cellOf.set(input.id, abs(col.input(i), r))
    const key = `${factor.id}.${input.id}@${system.id}`
    setInputCell(ctx, row.getCell(col.input(i)), key, input.value, inputStyle)
  })
  const input = (id: string): string => {
    const cell = cellOf.get(id)
    if (cell === undefined) throw new Error(`report: factor ${factor.id} has no input ${id}`)
    return cell
  }
  const validity = system.inputs.map((i) => `${inputValidFormula(i, input(i.id))}=0`)
  const cells: FactorCells = {
    ...base,
    input,
    invalid: validity.length === 1 ? (validity[0] as string) : `OR(${validity.join(',')})`,
    value: abs(col.value, r)
  }
  const validStyle = styles.format(`[=1]"${labels.yes}";[=0]"${labels.no}";General`, 'center')
  const okCell = abs(col.inputsOk, r)
  setFormula(
    row.getCell(col.inputsOk),
    `IF(${inputGuards(factor, cells)},0,1)`,
    system.inputsOk ? 1 : 0,
    validStyle
  )
  if (factor.formulaError) setText(row.getCell(col.value), labels.noValue, styles.text)
  else
    setFormula(
      row.getCell(col.value),
      `IF(${okCell}=0,${str(words.noValue)},${arithmeticFormula(factor, cells, words)})`,
      system.value ?? labels.noValue,
      valueStyle
    )
  setFormula(
    row.getCell(col.band),
    bandFormula({ ...factor, smallSample: null }, cells, words),
    system.band ?? labels.noValue,
    styles.level
  )
  const v = cells.value
  if (weighted) {
    setNumber(row.getCell(col.classWeight), system.classWeight ?? 1, inputStyle)
    const t = base.target
    const w = abs(col.classWeight, r)
    setFormula(
      row.getCell(col.adjusted),
      `IF(ISNUMBER(${v}),IF(${v}>=${t},${v},${t}-${w}*(${t}-${v})),${str(words.noValue)})`,
      system.adjustedValue ?? labels.noValue,
      valueStyle
    )
  }
  if (bound) {
    const range = weighted ? block.adjustedRange : block.valueRange
    setFormula(
      row.getCell(col.binding),
      `IF(ISNUMBER(${factorValue}),IF(MATCH(${factorValue},${range},0)=${num(k + 1)},${str(labels.yes)},""),"")`,
      system.binding ? labels.yes : '',
      styles.center
    )
  }
}
