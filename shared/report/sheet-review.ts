import type ExcelJS from 'exceljs'
import { setData, setText } from './cells'
import type { WriteContext } from './context'
import type { CellData } from './model'
import { fitRowHeights, setWidths, setupPrinting, writeHeaderRow } from './sheet-setup'
import type { CellStyle } from './styles'

/** Level, name, signed by, signed at, decision, comment, content approved. */
const WIDTHS = [10, 14, 16, 18, 20, 40, 36]
const COLUMNS = WIDTHS.length
const TOTAL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0)

/** The sheet being written and the next free row. */
interface Cursor {
  ctx: WriteContext
  sheet: ExcelJS.Worksheet
  r: number
}

/** `text` across columns `from`..last on the cursor's row (every cell styled, as merges need). */
function merged(c: Cursor, text: string, style: CellStyle, from = 1): void {
  for (let k = from + 1; k <= COLUMNS; k++) c.sheet.getCell(c.r, k).style = style
  c.sheet.mergeCells(c.r, from, c.r, COLUMNS)
  setText(c.sheet.getCell(c.r, from), text, style)
}

function block(c: Cursor, title: string): void {
  setText(c.sheet.getCell(c.r, 1), title, c.ctx.styles.section)
  c.sheet.getRow(c.r++).height = 20
}

/** A sentence across the sheet, its row as tall as its wrapped text. */
function sentence(c: Cursor, text: string, style: CellStyle): void {
  merged(c, text, style)
  c.sheet.getRow(c.r++).height = Math.max(18, 13 * Math.ceil((text.length * 1.8) / TOTAL_WIDTH) + 5)
}

function row(c: Cursor, cells: Array<{ data: CellData; style?: CellStyle }>): void {
  const line = c.sheet.getRow(c.r++)
  const { styles } = c.ctx
  cells.forEach((cell, k) =>
    setData(line.getCell(k + 1), cell.data, cell.style ?? styles.wrap, styles)
  )
}

function writeLevels(c: Cursor): void {
  const { model, labels, styles } = c.ctx
  const L = labels.reviewRecord
  block(c, L.levelsTitle)
  if (model.review.levels.length === 0) return sentence(c, model.review.noLevels, styles.wrap)
  const h = L.levelHeaders
  writeHeaderRow(c.ctx, c.sheet, c.r++, [
    h.level,
    h.name,
    h.by,
    h.at,
    h.decision,
    h.comment,
    h.contentHash
  ])
  const first = c.r
  for (const level of model.review.levels)
    row(c, [
      { data: level.levelText, style: styles.center },
      { data: level.name },
      { data: level.by },
      { data: level.at },
      { data: level.decision, style: level.by === '' ? styles.wrapAlert : styles.wrap },
      { data: level.comment },
      { data: level.contentHash, style: styles.mono }
    ])
  fitRowHeights(c.sheet, first, c.r - 1)
}

function writeSeal(c: Cursor): void {
  const { model, labels, styles } = c.ctx
  const L = labels.reviewRecord
  const seal = model.review.seal
  block(c, L.sealTitle)
  if (seal === null) return sentence(c, L.sealNone, styles.wrap)
  const pair = (label: string, data: CellData, style: CellStyle = styles.wrap): void => {
    c.sheet.mergeCells(c.r, 1, c.r, 2)
    setText(c.sheet.getCell(c.r, 1), label, styles.label)
    for (let k = 4; k <= COLUMNS; k++) c.sheet.getCell(c.r, k).style = style
    c.sheet.mergeCells(c.r, 3, c.r, COLUMNS)
    setData(c.sheet.getCell(c.r, 3), data, style, styles)
    c.sheet.getRow(c.r++).height = 18
  }
  pair(L.sealHeaders.by, seal.by)
  pair(L.sealHeaders.at, seal.at)
  pair(L.sealHeaders.contentHash, seal.contentHash, styles.mono)
  pair(L.sealHeaders.state, seal.state)
}

function writeHistory(c: Cursor): void {
  const { model, labels, styles } = c.ctx
  const L = labels.reviewRecord
  block(c, L.historyTitle)
  if (model.review.history.length === 0) return sentence(c, L.historyNone, styles.wrap)
  // Level (A:B), by, at, decision, comment: the columns of the levels table above.
  const h = L.historyHeaders
  writeHeaderRow(c.ctx, c.sheet, c.r, [h.level, '', h.by, h.at, h.decision, h.comment])
  c.sheet.mergeCells(c.r, 1, c.r, 2)
  const first = ++c.r
  for (const step of model.review.history) {
    row(c, [
      { data: step.level },
      { data: '' },
      { data: step.by },
      { data: step.at },
      { data: step.decision },
      { data: step.comment }
    ])
    c.sheet.mergeCells(c.r - 1, 1, c.r - 1, 2)
  }
  fitRowHeights(c.sheet, first, c.r - 1)
}

/**
 * The Review record sheet (复核记录): the graded review's levels with who signed each, when, the
 * decision, the comment and the content hash approved; the seal; and every review step from the
 * audit log (signed, sent back with its reason, finalized, reopened). Without review levels it
 * says so in words instead of an empty table.
 */
export function writeReviewSheet(ctx: WriteContext): void {
  const sheet = ctx.sheets.review
  const c: Cursor = { ctx, sheet, r: 1 }
  setWidths(sheet, WIDTHS)
  merged(c, ctx.labels.reviewRecord.title, ctx.styles.title)
  sheet.getRow(1).height = 28
  c.r = 3
  writeLevels(c)
  c.r++
  writeSeal(c)
  c.r++
  writeHistory(c)
  c.r++
  sentence(c, ctx.labels.reviewRecord.note, ctx.styles.note)
  sheet.views = [{ state: 'normal', showGridLines: false }]
  setupPrinting(ctx, sheet, { landscape: true })
}
