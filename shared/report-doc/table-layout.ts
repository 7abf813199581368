import type { Locale } from '../bank/primitives'
import type { Cell, CellContent, Column } from './document'

/**
 * Page geometry, table text size and column widths, shared by the .docx writer and the print view
 * so both lay every table out with the same columns: A4 in twips (1/1440 in), portrait for text,
 * landscape for the wide tables.
 */
export const PAGE = {
  width: 11906,
  height: 16838,
  portraitMargins: { top: 1440, bottom: 1440, left: 1588, right: 1474, header: 851, footer: 851 },
  landscapeMargins: { top: 1247, bottom: 1247, left: 1304, right: 1304, header: 709, footer: 709 }
} as const

export type Orientation = 'portrait' | 'landscape'

/**
 * Table text size in half-points: 五号 (10.5 pt) in Chinese; 9 pt in English, whose words need
 * several times the width of two Chinese characters, so seven or eight columns fit a portrait page.
 */
export const tableSize = (locale: Locale): number => (locale === 'zh-CN' ? 21 : 18)

/** The width text and tables may take, in twips. */
export function textWidth(orientation: Orientation): number {
  if (orientation === 'portrait')
    return PAGE.width - PAGE.portraitMargins.left - PAGE.portraitMargins.right
  return PAGE.height - PAGE.landscapeMargins.left - PAGE.landscapeMargins.right
}

/**
 * Column widths that fill `total` exactly, shared by the relative widths, each column at least its
 * minimum: a column below its minimum gets the minimum and the others share the rest.
 */
export function columnTwips(
  columns: readonly Pick<Column, 'width'>[],
  total: number,
  minimums: readonly number[] = []
): number[] {
  const floor = fittedMinimums(minimums, total)
  const fixed = new Set<number>()
  let exact = columns.map(() => 0)
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

/**
 * Minimums that fit the width. When they do not all fit, the largest are cut down to a common cap
 * and the small ones kept whole: an id, a score or a one-word header (`F10`, `100.0`, `Band`) never
 * breaks, and only the columns with the longest words (a long name, a path) give way.
 */
function fittedMinimums(minimums: readonly number[], total: number): number[] {
  if (minimums.reduce((n, w) => n + w, 0) <= total) return [...minimums]
  const sorted = [...minimums].sort((a, b) => a - b)
  let used = 0
  for (let k = 0; k < sorted.length; k++) {
    const cap = (total - used) / (sorted.length - k)
    if ((sorted[k] as number) > cap) return minimums.map((w) => Math.min(w, cap))
    used += sorted[k] as number
  }
  return [...minimums]
}

/** A cell's left and right margins (108 twips each) and rules. */
const CELL_MARGINS = 2 * 108 + 40
/** CJK (and full-width) characters: a line may break between any two of them. */
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/
/**
 * Where a line may break in Latin text: at white space (JavaScript's `\s`) and CJK characters,
 * and after a hyphen. By character code: a regular expression split of every cell's text took
 * most of the column widths' time.
 */
function breaksLine(code: number): boolean {
  return (
    (code >= 0x2e80 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xff00 && code <= 0xffef) ||
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0xfeff
  )
}
const HYPHEN = 0x2d

/** The length of the longest word (in UTF-16 units) of a text, words ending where lines may break. */
function longestWord(text: string): number {
  let longest = 0
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (breaksLine(code)) {
      run = 0
      continue
    }
    run++
    if (run > longest) longest = run
    if (code === HYPHEN) run = 0
  }
  return longest
}
/**
 * Short Chinese texts read as one word and are never broken: a header of up to six characters
 * (档位, 达标, 计入行数, 台账计算值) and an entry of up to four (部分符合, 不适用). LibreOffice
 * wrapped 档位 and 达标 one character a line when only one character had to fit.
 */
const WHOLE_CJK = { header: 6, entry: 4 } as const
/** Latin letters and digits average about 0.6 em (bold 0.7); a CJK character is 1 em. */
const latinEms = (bold: boolean): number => (bold ? 0.72 : 0.66)

/**
 * The widest word of a text, in twips. Latin letters and digits average about 0.6 em (bold 0.7) in
 * Times New Roman, and in DejaVu Serif, which LibreOffice puts in its place on Debian; a CJK
 * character is 1 em. A short Chinese line (`wholeUpTo` characters at most, no space) is one word.
 */
function widestWordTwips(text: string, bold: boolean, size: number, wholeUpTo: number): number {
  let ems = longestWord(text) * latinEms(bold)
  // Line by line: `未触发` and `监管红线` on two lines of one cell are two short words.
  if (CJK.test(text))
    for (const line of text.split('\n')) {
      const trimmed = line.trim()
      if (!CJK.test(trimmed)) continue
      const whole = trimmed.length <= wholeUpTo && !/\s/.test(trimmed)
      const lineEms = whole
        ? [...trimmed].reduce((n, c) => n + (CJK.test(c) ? 1 : latinEms(bold)), 0)
        : 1
      ems = Math.max(ems, lineEms)
    }
  // One em in twips: the size in half-points × 10.
  return Math.ceil(ems * size * 10)
}

const asCell = (content: CellContent): Cell =>
  typeof content === 'string' ? { text: content } : content

/**
 * The narrowest each column may be so its longest word (`Completion`, `answered`, `100.0`, an id)
 * is not broken letter by letter, nor a short Chinese header or entry (档位, 达标, 部分符合).
 * Never more than a third of the width, so a long token (a hash, a path) cannot
 * squeeze the other columns.
 */
function wordMinimums(
  columns: readonly Column[],
  rows: readonly CellContent[][],
  total: number,
  size: number
): number[] {
  return columns.map((column, k) => {
    let widest = widestWordTwips(column.header, true, size, WHOLE_CJK.header)
    for (const row of rows) {
      const c = asCell(row[k] ?? '')
      widest = Math.max(widest, widestWordTwips(c.text, c.bold === true, size, WHOLE_CJK.entry))
    }
    return Math.min(widest + CELL_MARGINS, Math.floor(total / 3))
  })
}

/** A table's column widths in twips on a page of this orientation: what both writers use. */
export function tableColumnTwips(
  columns: readonly Column[],
  rows: readonly CellContent[][],
  orientation: Orientation,
  size: number
): number[] {
  const total = textWidth(orientation)
  return columnTwips(columns, total, wordMinimums(columns, rows, total, size))
}
