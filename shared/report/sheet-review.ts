import type ExcelJS from 'exceljs'
import { setData, setText } from './cells'
import type { WriteContext } from './context'
import type { CellData } from './model'
import { fitRowHeights, setWidths, setupPrinting, writeHeaderRow } from './sheet-setup'
import type { CellStyle } from './styles'

/** Level, name, signed by, signed at, decision, comment, content approved. */
const WIDTHS = [10, 14, 16, 18, 20, 40, 36]
const COLUMNS = WIDTHS.length

/**
 * The Review record sheet (复核记录): the graded review's levels with who signed each, when, the
 * decision, the comment and the content hash approved; the seal; and every review step from the
 * audit log (signed, sent back with its reason, finalized, reopened). Without review levels it
 * says so in words instead of an empty table.
 */
export function writeReviewSheet(ctx: WriteContext): void {
  const sheet = ctx.sheets.review
  const { model, labels, styles } = ctx
  const L = labels.reviewRecord
  const review = model.review
  setWidths(sheet, WIDTHS)
  let r = 1
  const merged = (text: string, style: CellStyle, from = 1): void => {
    for (let k = from + 1; k <= COLUMNS; k++) sheet.getCell(r, k).style = style
    sheet.mergeCells(r, from, r, COLUMNS)
    setText(sheet.getCell(r, from), text, style)
  }
  const block = (title: string): void => {
    setText(sheet.getCell(r, 1), title, styles.section)
    sheet.getRow(r).height = 20
    r++
  }
  /** A sentence across the sheet, its row as tall as its wrapped text. */
  const sentence = (text: string, style: CellStyle): void => {
    merged(text, style)
    const width = WIDTHS.reduce((a, b) => a + b, 0)
    sheet.getRow(r).height = Math.max(18, 13 * Math.ceil((text.length * 1.8) / width) + 5)
    r++
  }
  const row = (cells: Array<{ data: CellData; style?: CellStyle }>): void => {
    const line = sheet.getRow(r++)
    cells.forEach((cell, k) =>
      setData(line.getCell(k + 1), cell.data, cell.style ?? styles.wrap, styles)
    )
  }

  merged(L.title, styles.title)
  sheet.getRow(r).height = 28
  r += 2

  block(L.levelsTitle)
  if (review.levels.length === 0) sentence(review.noLevels, styles.wrap)
  else {
    const h = L.levelHeaders
    writeHeaderRow(ctx, sheet, r++, [
      h.level,
      h.name,
      h.by,
      h.at,
      h.decision,
      h.comment,
      h.contentHash
    ])
    const first = r
    for (const level of review.levels)
      row([
        { data: level.levelText, style: styles.center },
        { data: level.name },
        { data: level.by },
        { data: level.at },
        { data: level.decision, style: level.by === '' ? styles.wrapAlert : styles.wrap },
        { data: level.comment },
        { data: level.contentHash, style: styles.mono }
      ])
    fitRowHeights(sheet, first, r - 1)
  }
  r++

  block(L.sealTitle)
  if (review.seal === null) sentence(L.sealNone, styles.wrap)
  else {
    const s = L.sealHeaders
    const pair = (label: string, data: CellData, style: CellStyle = styles.wrap): void => {
      sheet.mergeCells(r, 1, r, 2)
      setText(sheet.getCell(r, 1), label, styles.label)
      for (let k = 4; k <= COLUMNS; k++) sheet.getCell(r, k).style = style
      sheet.mergeCells(r, 3, r, COLUMNS)
      setData(sheet.getCell(r, 3), data, style, styles)
      sheet.getRow(r++).height = 18
    }
    pair(s.by, review.seal.by)
    pair(s.at, review.seal.at)
    pair(s.contentHash, review.seal.contentHash, styles.mono)
    pair(s.state, review.seal.state)
  }
  r++

  block(L.historyTitle)
  if (review.history.length === 0) sentence(L.historyNone, styles.wrap)
  else {
    // Level (A:B), by, at, decision, comment: the columns of the levels table above.
    const h = L.historyHeaders
    writeHeaderRow(ctx, sheet, r, [h.level, '', h.by, h.at, h.decision, h.comment])
    sheet.mergeCells(r, 1, r, 2)
    r++
    const first = r
    for (const step of review.history) {
      row([
        { data: step.level },
        { data: '' },
        { data: step.by },
        { data: step.at },
        { data: step.decision },
        { data: step.comment }
      ])
      sheet.mergeCells(r - 1, 1, r - 1, 2)
    }
    fitRowHeights(sheet, first, r - 1)
  }
  r++
  sentence(L.note, styles.note)

  sheet.views = [{ state: 'normal', showGridLines: false }]
  setupPrinting(ctx, sheet, { landscape: true })
}
