import { BaseXmlComponent } from 'docx'
import type { IXmlableObject } from 'docx'
import type { Align, Cell, CellContent } from '../document'
import { printable } from '../printable'
import { HEADER_FILL, STYLE, TONE_COLORS } from './styles'

/**
 * A table's rows, written as the objects docx's own `TableRow`, `TableCell`, `Paragraph` and
 * `TextRun` turn into when the document is packed — the same elements, attributes and order, so
 * the XML is byte for byte what docx writes for them (body-rows.test.ts compares the two).
 *
 * Why not docx's classes: a report's tables hold about two thousand cells, and docx builds and
 * then walks eight or more objects per cell (properties, attribute components, option spreads);
 * that was most of the Word report's write time (issue 13's benchmark). Here every cell is one
 * small object tree, the parts all cells share (the cell width per column, the paragraph
 * properties, the run properties per tone) built once. Text still goes through docx's writer,
 * which escapes it: user text stays text (`printable` first, as `textRuns` does).
 */
class PreparedXml extends BaseXmlComponent {
  constructor(private readonly xml: IXmlableObject) {
    super(Object.keys(xml)[0] ?? 'w:tr')
  }

  prepForXml(): IXmlableObject {
    return this.xml
  }
}

const attr = (name: string, value: string | number): IXmlableObject => ({
  [name]: { _attr: { 'w:val': value } }
})
const V_ALIGN_CENTER = attr('w:vAlign', 'center')
const HEADER_SHADING = {
  'w:shd': { _attr: { 'w:fill': HEADER_FILL, 'w:color': 'auto', 'w:val': 'clear' } }
}
const PARAGRAPH_PROPERTIES = {
  left: { 'w:pPr': [attr('w:pStyle', STYLE.table)] },
  center: { 'w:pPr': [attr('w:pStyle', STYLE.table), attr('w:jc', 'center')] },
  right: { 'w:pPr': [attr('w:pStyle', STYLE.table), attr('w:jc', 'right')] }
} as const satisfies Record<Align, IXmlableObject>
const BREAK = { 'w:br': {} }
const PRESERVE = { _attr: { 'xml:space': 'preserve' } }

/** `w:rPr` for a cell's text, or null when it is plain (docx then writes none). */
function runProperties(cell: Cell): IXmlableObject | null {
  const bold = cell.bold === true
  if (!bold && cell.tone === undefined) return null
  return {
    'w:rPr': [
      ...(bold ? [{ 'w:b': {} }, { 'w:bCs': {} }] : []),
      ...(cell.tone === undefined ? [] : [attr('w:color', TONE_COLORS[cell.tone])])
    ]
  }
}

/** A cell's text as runs: each line a run, a line break before every line but the first. */
function runs(cell: Cell): IXmlableObject[] {
  const properties = runProperties(cell)
  return printable(cell.text)
    .split(/\r\n|\r|\n/)
    .map((line, k) => ({
      'w:r': [
        ...(properties === null ? [] : [properties]),
        ...(k > 0 ? [BREAK] : []),
        { 'w:t': [PRESERVE, line] }
      ]
    }))
}

/** A cell's `w:tcPr`: its width, the header fill on header cells, its text centred vertically. */
const cellProperties = (width: number, header: boolean): IXmlableObject => ({
  'w:tcPr': [
    { 'w:tcW': { _attr: { 'w:type': 'dxa', 'w:w': width } } },
    ...(header ? [HEADER_SHADING] : []),
    V_ALIGN_CENTER
  ]
})

/** A row of cells: each cell its width, alignment and runs, after the row's own properties. */
function row(
  cells: readonly Cell[],
  tcPr: readonly IXmlableObject[],
  aligns: readonly Align[],
  trPr: readonly IXmlableObject[]
): PreparedXml {
  return new PreparedXml({
    'w:tr': [
      ...trPr,
      ...tcPr.map((properties, k) => ({
        'w:tc': [
          properties,
          { 'w:p': [PARAGRAPH_PROPERTIES[aligns[k] ?? 'left'], ...runs(cells[k] ?? { text: '' })] }
        ]
      }))
    ]
  })
}

/**
 * The body rows of a table as docx components: `widths` in twips per column, `aligns` per column;
 * `tall` rows are at least 720 twips high (handwritten entries).
 */
export function bodyRows(
  rows: readonly CellContent[][],
  widths: readonly number[],
  aligns: readonly Align[],
  tall: boolean
): BaseXmlComponent[] {
  const tcPr = widths.map((width) => cellProperties(width, false))
  const trPr = tall
    ? [{ 'w:trPr': [{ 'w:trHeight': { _attr: { 'w:val': 720, 'w:hRule': 'atLeast' } } }] }]
    : []
  return rows.map((cells) =>
    row(
      widths.map((_, k) => {
        const content = cells[k] ?? ''
        return typeof content === 'string' ? { text: content } : content
      }),
      tcPr,
      aligns,
      trPr
    )
  )
}

const HEADER_ROW_PROPERTIES = [{ 'w:trPr': [{ 'w:cantSplit': {} }, { 'w:tblHeader': {} }] }]

/**
 * A table's header row, repeated on every page and never split: each header bold and centred on
 * the header fill, `widths` in twips per column.
 */
export function headerRow(headers: readonly string[], widths: readonly number[]): BaseXmlComponent {
  return row(
    headers.map((text) => ({ text, bold: true })),
    widths.map((width) => cellProperties(width, true)),
    widths.map(() => 'center'),
    HEADER_ROW_PROPERTIES
  )
}
