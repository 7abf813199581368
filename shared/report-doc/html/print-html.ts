import { reportLabels } from '../../report/labels'
import type { Block, CellContent, Column, ReportDocument } from '../document'
import { FIELD_COLUMNS, cellText, documentHeadings, fieldRows } from '../document'
import { tableColumnTwips, tableSize, type Orientation } from '../table-layout'
import { html, htmlLines } from './escape'
import { printCss } from './print-css'
import { chartSvg } from './svg-chart'

/** The print view as the app shows it: its CSS and the body, to sit in a page of the app. */
export interface PrintView {
  title: string
  css: string
  body: string
}

const toneClass = (tone: string | undefined, bold?: boolean): string =>
  [tone ?? '', bold === true ? 'bold' : ''].filter((c) => c !== '').join(' ')

function cellHtml(content: CellContent, column: Column): string {
  const c = typeof content === 'string' ? { text: content } : content
  const classes = [
    column.align === 'right' || column.align === 'center' ? column.align : '',
    toneClass(c.tone, c.bold)
  ]
    .filter((x) => x !== '')
    .join(' ')
  return `<td${classes === '' ? '' : ` class="${classes}"`}>${htmlLines(cellText(c))}</td>`
}

/** Where a table sits: the page's orientation and the table text size (half-points). */
interface TableFrame {
  orientation: Orientation
  size: number
}

function tableHtml(
  name: string,
  columns: readonly Column[],
  rows: readonly CellContent[][],
  frame: TableFrame,
  extra = ''
): string {
  // The .docx writer's column widths, as shares of the page's text width: both break lines alike.
  const widths = tableColumnTwips(columns, rows, frame.orientation, frame.size)
  const total = widths.reduce((n, w) => n + w, 0)
  const cols = widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join('')
  const head = columns.some((c) => c.header !== '')
    ? `<thead><tr>${columns.map((c) => `<th>${html(c.header)}</th>`).join('')}</tr></thead>`
    : ''
  const body = rows
    .map((row) => `<tr>${columns.map((c, k) => cellHtml(row[k] ?? '', c)).join('')}</tr>`)
    .join('')
  return `<table class="${extra}" data-table="${html(name)}"><colgroup>${cols}</colgroup>${head}<tbody>${body}</tbody></table>`
}

function blockHtml(block: Block, frame: TableFrame, id: () => string, first: boolean): string {
  switch (block.kind) {
    case 'heading': {
      const chapter = block.level === 1 && !first ? ' class="chapter"' : ''
      return `<h${block.level} id="${id()}"${chapter}>${html(block.text)}</h${block.level}>`
    }
    case 'paragraph': {
      const classes = [block.indent === true ? 'indent' : '', toneClass(block.tone, block.bold)]
        .filter((c) => c !== '')
        .join(' ')
      return `<p${classes === '' ? '' : ` class="${classes}"`}>${htmlLines(block.text)}</p>`
    }
    case 'table':
      return tableHtml(
        block.name,
        block.columns,
        block.rows,
        frame,
        block.tall === true ? 'tall' : ''
      )
    case 'fields':
      return tableHtml(block.name, FIELD_COLUMNS, fieldRows(block.rows), frame, 'fields')
    case 'chart':
      return `<figure data-chart="${html(block.name)}">${chartSvg(block.chart)}<figcaption>${html(block.caption)}</figcaption></figure>`
  }
}

/** The QR code, named for screen readers by its caption (what it is for). */
function qrSvg(rows: readonly string[], caption: string): string {
  const size = rows.length
  const path = rows
    .flatMap((row, y) => [...row].map((dark, x) => (dark === '1' ? `M${x} ${y}h1v1h-1z` : '')))
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="28mm" height="28mm" shape-rendering="crispEdges" role="img" aria-label="${html(caption)}"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
}

function coverHtml(doc: ReportDocument): string {
  const c = doc.cover
  const colon = reportLabels(doc.locale).colon
  const fields = c.fields
    .map(([label, value]) => `<tr><td>${html(label)}</td><td>${htmlLines(value)}</td></tr>`)
    .join('')
  return `<section class="cover">
<p class="top bold">${html(c.confidentiality)}</p>
<p class="top">${html(c.reportNumberLabel)}${colon}${html(c.reportNumber)}</p>
<div class="cover-title">${html(c.title)}</div>
<div class="institution">${html(c.institution)}</div>
${c.draftMark === null ? '' : `<div class="draft">${html(c.draftMark)}</div>`}
<table class="cover-fields"><tbody>${fields}</tbody></table>
<div class="hash">${qrSvg(c.qr.rows, c.qrCaption)}<div><div>${html(c.hashLabel)}${colon}</div><code data-content-hash>${html(c.contentHash)}</code><div class="muted">${html(c.qrCaption)}</div><div class="muted">${html(c.generatedLine)}</div></div></div>
</section>`
}

/**
 * The report document as a print view (HTML with print CSS): the same cover, statement, contents,
 * chapters, tables and charts as the .docx, for the desktop's PDF (printToPDF) and the browser's
 * "Save as PDF". Every text is escaped: the view holds no script, link to elsewhere or user markup.
 */
export function renderPrintView(doc: ReportDocument): PrintView {
  let next = 0
  const id = (): string => `h${++next}`
  const headings = documentHeadings(doc)
  const size = tableSize(doc.locale)
  // Ids follow document order: the k-th heading gets h{k+1}.
  const tocItems = headings
    .map((h, k) =>
      h.level <= 2
        ? `<li class="level-${h.level}"><a href="#h${k + 1}">${html(h.text)}</a></li>`
        : ''
    )
    .join('')
  const sections = doc.sections
    .map((section) => {
      const body = section.blocks
        .map((block, i) =>
          blockHtml(block, { orientation: section.orientation, size }, id, i === 0)
        )
        .join('\n')
      return `<section class="page-section${section.orientation === 'landscape' ? ' wide' : ''}">${body}</section>`
    })
    .join('\n')
  const statement = `<section class="statement page-section"><div class="centered-title">${html(doc.statement.title)}</div>${doc.statement.paragraphs.map((p) => `<p>${html(p)}</p>`).join('')}</section>`
  const contents = `<nav class="toc page-section"><div class="centered-title">${html(doc.tocTitle)}</div><ol>${tocItems}</ol></nav>`
  const watermark =
    doc.cover.draftWatermark === null
      ? ''
      : // Drawn from an attribute by CSS: a decorative mark, meant to be faint, is not page text
        // (screen readers and contrast checks skip it); DRAFT is read out on the cover and headers.
        `<div class="watermark" aria-hidden="true" data-mark="${html(doc.cover.draftWatermark)}"></div>`
  return {
    title: `${doc.title} — ${doc.meta.institution}`,
    css: printCss(doc.header, doc.footer, size / 2),
    body: `<div class="sa-report" lang="${doc.locale}" data-overall-score="${html(doc.overall.score)}">${watermark}${coverHtml(doc)}${statement}${contents}${sections}</div>`
  }
}

/**
 * The print view as a standalone HTML document, with a policy that allows nothing but its own
 * inline styles and images: what the desktop prints to PDF in a window without scripts.
 */
export function renderReportHtml(doc: ReportDocument): string {
  const view = renderPrintView(doc)
  return `<!doctype html>
<html lang="${doc.locale}"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${html(view.title)}</title>
<style>${view.css}</style></head>
<body>${view.body}</body></html>
`
}
