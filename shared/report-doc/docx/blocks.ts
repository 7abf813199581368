import {
  AlignmentType,
  Bookmark,
  HeadingLevel,
  HeightRule,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType
} from 'docx'
import type { FileChild } from 'docx'
import type { Align, Block, Cell, CellContent, Column } from '../document'
import { chartParagraph } from './charts'
import { HEADER_FILL, SIZES, STYLE, TONE_COLORS, textWidth } from './styles'
import { textRuns } from './text'

type Orientation = 'portrait' | 'landscape'

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT
} as const
const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3
} as const
/** Two characters of 小四 (12 pt): the first-line indent of Chinese body text. */
const FIRST_LINE_INDENT = 480

/**
 * Column widths in twips that fill the text width exactly: one `w:gridCol` per column and the
 * same width on every cell, because WPS lays tables out by the grid and ignores the table width.
 */
export function columnTwips(
  columns: readonly Pick<Column, 'width'>[],
  total: number,
  minimums: readonly number[] = []
): number[] {
  const floor = scaledMinimums(minimums, total)
  const fixed = new Set<number>()
  let exact = columns.map(() => 0)
  // Share the width by the relative widths; a column below its minimum gets the minimum and the
  // others share the rest, until every column has at least its minimum.
  for (let settled = false; !settled;) {
    const left = total - [...fixed].reduce((n, k) => n + (floor[k] ?? 0), 0)
    const weight = columns.reduce((n, c, k) => n + (fixed.has(k) ? 0 : c.width), 0)
    exact = columns.map((c, k) => (fixed.has(k) ? (floor[k] ?? 0) : (c.width / weight) * left))
    settled = true
    exact.forEach((w, k) => {
      if (!fixed.has(k) && w < (floor[k] ?? 0)) {
        fixed.add(k)
        settled = fixed.size === columns.length
      }
    })
  }
  const widths = exact.map((w) => Math.floor(w))
  const last = widths.length - 1
  if (last >= 0) widths[last] = (widths[last] as number) + total - widths.reduce((n, w) => n + w, 0)
  return widths
}

/** Minimums that fit the width, scaled down together when they do not. */
function scaledMinimums(minimums: readonly number[], total: number): number[] {
  const sum = minimums.reduce((n, w) => n + w, 0)
  return sum <= total ? [...minimums] : minimums.map((w) => (w / sum) * total)
}

/** Twips of one em at the table size (half-points × 10), and a cell's left and right margins. */
const TABLE_EM = SIZES.table * 10
const CELL_MARGINS = 2 * 108 + 40
/** CJK (and full-width) characters: a line may break between any two of them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/
/** Latin letters and digits average about 0.6 em (bold 0.7) in Times New Roman, and in DejaVu Serif,
 * which LibreOffice puts in its place on Debian; a CJK character is 1 em. */
function widestWordTwips(text: string, bold: boolean): number {
  let ems = CJK.test(text) ? 1 : 0
  for (const word of text.split(/[\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]+/))
    ems = Math.max(ems, word.length * (bold ? 0.72 : 0.66))
  return Math.ceil(ems * TABLE_EM)
}

/**
 * The narrowest each column may be so its longest word (`Completion`, `answered`, `100.0`, an id)
 * is not broken letter by letter: Chinese fits two characters in a column where English needs a
 * whole word. Never more than a third of the width, so a long token (a hash, a path) cannot
 * squeeze the other columns.
 */
function wordMinimums(columns: readonly Column[], rows: readonly CellContent[][], total: number) {
  return columns.map((column, k) => {
    let widest = widestWordTwips(column.header, true)
    for (const row of rows) {
      const c = asCell(row[k] ?? '')
      widest = Math.max(widest, widestWordTwips(c.text, c.bold === true))
    }
    return Math.min(widest + CELL_MARGINS, Math.floor(total / 3))
  })
}

const asCell = (content: CellContent): Cell =>
  typeof content === 'string' ? { text: content } : content

function cell(content: CellContent, width: number, align: Align, header: boolean): TableCell {
  const c = asCell(content)
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL } } : {}),
    // Only what differs from the table style is written (left is the default alignment; bold only
    // where bold): a cell's XML stays small, and a table of a thousand rows writes fast.
    children: [
      new Paragraph({
        style: STYLE.table,
        ...(header || align !== 'left' ? { alignment: ALIGN[header ? 'center' : align] } : {}),
        children: textRuns(c.text, {
          ...(header || c.bold === true ? { bold: true } : {}),
          ...(c.tone === undefined ? {} : { color: TONE_COLORS[c.tone] })
        })
      })
    ]
  })
}

/** A table: fixed layout, explicit grid and cell widths, the header row repeated on every page. */
export function table(
  columns: readonly Column[],
  rows: readonly CellContent[][],
  orientation: Orientation,
  options: { tall?: boolean; header?: boolean } = {}
): Table {
  const total = textWidth(orientation)
  const widths = columnTwips(columns, total, wordMinimums(columns, rows, total))
  const height = options.tall === true ? { value: 720, rule: HeightRule.ATLEAST } : undefined
  const body = rows.map(
    (row) =>
      new TableRow({
        ...(height === undefined ? {} : { height }),
        children: columns.map((column, k) =>
          cell(row[k] ?? '', widths[k] as number, column.align ?? 'left', false)
        )
      })
  )
  const head =
    options.header === false
      ? []
      : [
          new TableRow({
            tableHeader: true,
            cantSplit: true,
            children: columns.map((column, k) =>
              cell(column.header, widths[k] as number, 'center', true)
            )
          })
        ]
  return new Table({
    width: { size: widths.reduce((n, w) => n + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [...head, ...body]
  })
}

/**
 * One block of the document model as Word content. A chapter (level-1 heading) starts a page,
 * unless it opens a section, which starts a page anyway. A heading the contents list carries the
 * bookmark their page reference points to.
 */
export function blockChildren(
  block: Block,
  orientation: Orientation,
  first = false,
  bookmark?: string
): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: HEADINGS[block.level],
          pageBreakBefore: block.level === 1 && !first,
          children:
            bookmark === undefined
              ? textRuns(block.text)
              : [new Bookmark({ id: bookmark, children: textRuns(block.text) })]
        })
      ]
    case 'paragraph':
      return [
        new Paragraph({
          ...(block.indent === true ? { indent: { firstLine: FIRST_LINE_INDENT } } : {}),
          children: textRuns(block.text, {
            ...(block.bold === true ? { bold: true } : {}),
            ...(block.tone === undefined ? {} : { color: TONE_COLORS[block.tone] })
          })
        })
      ]
    case 'table':
      return [table(block.columns, block.rows, orientation, { tall: block.tall })]
    case 'fields':
      return [
        table(
          [
            { header: '', width: 1 },
            { header: '', width: 2.6 }
          ],
          block.rows.map(([label, value]) => [{ text: label, bold: true }, value]),
          orientation,
          { header: false }
        )
      ]
    case 'chart':
      return [
        chartParagraph(block.chart, orientation),
        new Paragraph({ style: STYLE.caption, children: textRuns(block.caption) })
      ]
  }
}
