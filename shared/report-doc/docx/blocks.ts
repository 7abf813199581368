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
import { FIELD_COLUMNS, fieldRows } from '../document'
import { chartParagraph } from './charts'
import { tableColumnTwips, type Orientation } from '../table-layout'
import { HEADER_FILL, STYLE, TONE_COLORS } from './styles'
import { textRuns } from './text'

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
  size: number,
  options: { tall?: boolean; header?: boolean } = {}
): Table {
  // The same widths as the print view's: fixed layout, one gridCol per column, every cell its width.
  const widths = tableColumnTwips(columns, rows, orientation, size)
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
  size: number,
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
      return [table(block.columns, block.rows, orientation, size, { tall: block.tall })]
    case 'fields':
      return [table(FIELD_COLUMNS, fieldRows(block.rows), orientation, size, { header: false })]
    case 'chart':
      return [
        chartParagraph(block.chart, orientation),
        new Paragraph({ style: STYLE.caption, children: textRuns(block.caption) })
      ]
  }
}
