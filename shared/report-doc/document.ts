import type { Locale } from '../bank/primitives'

/**
 * The Word/PDF report of record as plain data: cover, statement, contents and a list of sections
 * of simple blocks, every text already in the report's language and every figure formatted as
 * printed. The .docx writer and the print view lay out exactly this, so both carry the same
 * content; tests read it too. JSON-serialisable.
 */
export interface ReportDocument {
  locale: Locale
  /** Not finalized with a matching seal: DRAFT on the cover, in the header and as a watermark. */
  draft: boolean
  title: string
  cover: CoverData
  /** The running header of every page after the cover. */
  header: string
  /** `第 {page} 页 共 {pages} 页`: the placeholders become the document's own page fields. */
  footer: string
  statement: { title: string; paragraphs: string[] }
  tocTitle: string
  sections: DocSection[]
  /** Figures a reader checks first, as printed (the CLI and tests read them). */
  overall: { score: string; level: string }
  meta: { generatedAt: string; generator: string; contentHash: string; institution: string }
}

export interface CoverData {
  confidentiality: string
  reportNumberLabel: string
  reportNumber: string
  /** The DRAFT line, null once sealed. */
  draftMark: string | null
  draftWatermark: string | null
  title: string
  institution: string
  fields: Array<[string, string]>
  hashLabel: string
  contentHash: string
  /** The QR code of the content hash: `size` rows of `size` modules, '1' dark. */
  qr: { size: number; rows: string[] }
  qrCaption: string
  generatedLine: string
}

/** Portrait for text, landscape for the wide tables (问题清单, annexes). */
export interface DocSection {
  orientation: 'portrait' | 'landscape'
  blocks: Block[]
}

export type Tone = 'danger' | 'warning' | 'good' | 'muted'
export type Align = 'left' | 'center' | 'right'

export interface Cell {
  text: string
  tone?: Tone
  bold?: boolean
}
export type CellContent = string | Cell

export interface Column {
  header: string
  /** Relative width: the writer scales the columns to the page's text width. */
  width: number
  align?: Align
}

export interface ChartSpec {
  kind: 'radar' | 'bar'
  title: string
  categories: string[]
  series: Array<{ name: string; values: Array<number | null> }>
  /** The value axis runs from 0 to this. */
  max: number
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; tone?: Tone; bold?: boolean; indent?: boolean }
  | {
      kind: 'table'
      /** A stable name for tests and the print view (`findings`, `factors`, …). */
      name: string
      columns: Column[]
      rows: CellContent[][]
      /** Taller rows for handwritten entries (the signature block). */
      tall?: boolean
    }
  | { kind: 'fields'; name: string; rows: Array<[string, string]> }
  | { kind: 'chart'; name: string; chart: ChartSpec; caption: string }

/**
 * A table's columns: its headers in order, each with its relative width (1 where none is given)
 * and, by position, an alignment other than the default left.
 */
export function tableColumns(
  headers: readonly string[],
  widths: readonly number[],
  align: Readonly<Record<number, Align>> = {}
): Column[] {
  return headers.map((header, k) => {
    const a = align[k]
    return { header, width: widths[k] ?? 1, ...(a === undefined ? {} : { align: a }) }
  })
}

export const cellText = (cell: CellContent): string => (typeof cell === 'string' ? cell : cell.text)

/** Every heading in document order: what the table of contents lists. */
export function documentHeadings(
  document: Pick<ReportDocument, 'sections'>
): Array<{ level: 1 | 2 | 3; text: string }> {
  return document.sections.flatMap((section) =>
    section.blocks.flatMap((block) =>
      block.kind === 'heading' ? [{ level: block.level, text: block.text }] : []
    )
  )
}

/** A `fields` block as a table without a header row: labels bold, in the narrower column. */
export const FIELD_COLUMNS: readonly Column[] = [
  { header: '', width: 1 },
  { header: '', width: 2.6 }
]
export const fieldRows = (rows: ReadonlyArray<[string, string]>): CellContent[][] =>
  rows.map(([label, value]) => [{ text: label, bold: true }, value])
