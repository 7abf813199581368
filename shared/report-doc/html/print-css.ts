import { cssString } from './escape'

const BODY = `"SimSun", "宋体", "Songti SC", "Noto Serif CJK SC", "Times New Roman", serif`
const HEADING = `"SimHei", "黑体", "Heiti SC", "Noto Sans CJK SC", sans-serif`

/** `第 {page} 页 共 {pages} 页` as CSS `content` with the page counters. */
function pageContent(footer: string): string {
  return footer
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '{page}'
        ? 'counter(page)'
        : part === '{pages}'
          ? 'counter(pages)'
          : `"${cssString(part)}"`
    )
    .join(' ')
}

/**
 * The print view's CSS: A4 pages with the running header and page numbers in the page margins
 * (none on the cover), landscape pages for the wide tables, 宋体 body and 黑体 headings, tables
 * with repeated header rows. Every rule but the @page ones is scoped to `.sa-report`, so the view
 * can sit inside the app without touching its styles.
 */
export function printCss(header: string, footer: string, tablePt: number): string {
  const margin = `@top-center { content: "${cssString(header)}"; font: 9pt ${BODY}; border-bottom: 0.5pt solid #000; vertical-align: bottom; padding-bottom: 2mm; }
  @bottom-center { content: ${pageContent(footer)}; font: 9pt ${BODY}; }`
  return `@page { size: A4 portrait; margin: 25mm 26mm 25mm 28mm; ${margin} }
@page :first { @top-center { content: none; border: none; } @bottom-center { content: none; } }
@page wide { size: A4 landscape; margin: 22mm 23mm; ${margin} }
.sa-report { font: 12pt/1.5 ${BODY}; color: #000; background: #fff; }
.sa-report .page-section { break-before: page; }
.sa-report .wide { page: wide; }
.sa-report h1, .sa-report h2, .sa-report h3, .sa-report .centered-title, .sa-report .cover-title { font-family: ${HEADING}; font-weight: normal; break-after: avoid; }
.sa-report h1 { font-size: 16pt; margin: 18pt 0 12pt; }
.sa-report h1.chapter { break-before: page; }
.sa-report h2 { font-size: 14pt; margin: 12pt 0 6pt; }
.sa-report h3 { font-size: 12pt; margin: 9pt 0 3pt; }
.sa-report p { margin: 0 0 3pt; }
.sa-report p.indent { text-indent: 2em; }
.sa-report .danger { color: #c00000; }
.sa-report .warning { color: #b45f06; }
.sa-report .good { color: #2e7d32; }
.sa-report .muted { color: #595959; }
.sa-report .bold { font-weight: bold; }
.sa-report table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 3pt 0 9pt; font-size: ${tablePt}pt; line-height: 1.3; }
.sa-report th, .sa-report td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: middle; overflow-wrap: anywhere; }
.sa-report th { background: #e7ecf3; font-weight: bold; text-align: center; }
.sa-report thead { display: table-header-group; }
.sa-report tr { break-inside: avoid; }
.sa-report td.right { text-align: right; }
.sa-report td.center { text-align: center; }
.sa-report table.fields td:first-child { font-weight: bold; }
.sa-report table.tall td { height: 14mm; }
.sa-report figure { margin: 6pt 0; text-align: center; break-inside: avoid; }
.sa-report figure svg { max-width: 100%; height: auto; }
.sa-report figcaption { font-family: ${HEADING}; font-size: 10.5pt; margin-top: 3pt; }
.sa-report .cover { break-after: page; text-align: center; }
.sa-report .cover .top { text-align: right; font-size: 12pt; }
.sa-report .cover-title { font-size: 26pt; margin: 40mm 0 8mm; }
.sa-report .cover .institution { font-family: ${HEADING}; font-size: 16pt; }
.sa-report .cover .draft { color: #c00000; font-weight: bold; margin-top: 6mm; }
.sa-report .cover table.cover-fields { width: 86%; margin: 14mm auto 8mm; font-size: 15pt; line-height: 1.6; }
.sa-report .cover table.cover-fields td { border: none; border-bottom: 0.5pt solid #000; text-align: left; }
.sa-report .cover table.cover-fields td:first-child { border-bottom: none; font-family: ${HEADING}; width: 30%; text-align: justify; text-align-last: justify; padding-right: 8pt; }
.sa-report .cover .hash { display: flex; gap: 8mm; justify-content: center; align-items: center; text-align: left; font-size: 9pt; }
.sa-report .cover .hash code { font-family: "Courier New", monospace; overflow-wrap: anywhere; }
.sa-report .centered-title { text-align: center; font-size: 16pt; margin: 6mm 0 8mm; }
.sa-report .statement p { text-indent: 2em; margin-bottom: 6pt; }
.sa-report nav.toc ol { list-style: none; padding: 0; margin: 0; }
.sa-report nav.toc li { margin: 3pt 0; }
.sa-report nav.toc li.level-2 { padding-left: 2em; }
.sa-report nav.toc a { color: #000; text-decoration: none; }
.sa-report .watermark::before { content: attr(data-mark); }
.sa-report .watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-40deg); font: 80pt ${HEADING}; color: rgba(0, 0, 0, 0.08); pointer-events: none; z-index: 0; }
@media screen { .sa-report { max-width: 210mm; margin: 0 auto; padding: 16mm 20mm; box-shadow: 0 0 8px rgba(0,0,0,.2); } .sa-report .watermark { position: absolute; } }
`
}
