import { Bookmark, HeadingLevel, Paragraph, Table, TableLayoutType, WidthType } from 'docx'
import type { BaseXmlComponent, FileChild, ITableOptions } from 'docx'
import type { Block, CellContent, Column } from '../document'
import { FIELD_COLUMNS, fieldRows } from '../document'
import { bodyRows, headerRow } from './body-rows'
import { chartParagraph } from './charts'
import { tableColumnTwips, type Orientation } from '../table-layout'
import { STYLE, TONE_COLORS } from './styles'
import { textRuns } from './text'

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3
} as const
/** Two characters of 小四 (12 pt): the first-line indent of Chinese body text. */
const FIRST_LINE_INDENT = 480

/** docx's table with rows of its own (./body-rows): the table properties stay docx's. */
class ReportTable extends Table {
  constructor(options: ITableOptions, rows: readonly BaseXmlComponent[]) {
    super(options)
    this.root.push(...rows)
  }
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
  const body = bodyRows(
    rows,
    widths,
    columns.map((column) => column.align ?? 'left'),
    options.tall === true
  )
  const head =
    options.header === false
      ? []
      : [
          headerRow(
            columns.map((column) => column.header),
            widths
          )
        ]
  return new ReportTable(
    {
      width: { size: widths.reduce((n, w) => n + w, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      rows: []
    },
    [...head, ...body]
  )
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
