/**
 * How user text is stored in a cell so that it is never a formula and comes back unchanged (bank
 * workbooks, questionnaire forms and the report all write text through here).
 *
 * 1. Formula guard (reliability XLS-01/02): a text whose first character (after any apostrophes)
 *    is tab, CR or NUL, or whose first non-blank character is = + - @ or a full-width ＝ ＋ － ＠,
 *    is written with one extra leading apostrophe. The cell is already an inert string cell
 *    (exceljs writes strings as shared strings, never `<f>`); the apostrophe keeps it inert when an
 *    author edits the cell in Excel or WPS, which otherwise re-evaluate it. Reading removes
 *    exactly one apostrophe where the rest would need the guard, so the mapping is one-to-one;
 *    a cell an author typed as `'=x` (Excel stores `=x` with a hidden quote prefix) reads as `=x`.
 * 2. OOXML escapes: XML cannot hold NUL and most control characters, and parsers turn CR into LF.
 *    Excel writes such characters as `_xHHHH_` (and a literal `_xHHHH_` as `_x005F_xHHHH_`).
 *    exceljs's writer does not, so we escape here; its reader already decodes `_xHHHH_` in one
 *    pass (text-xform.js), exactly undoing this escaping, so reading must not decode again.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '＝', '＋', '－', '＠'])

/** Whether a text could be taken for a formula by a spreadsheet program. */
export function needsFormulaGuard(text: string): boolean {
  const rest = text.replace(/^'+/, '')
  const first = rest.charAt(0)
  if (first === '\t' || first === '\r' || first === '\0') return true
  return TRIGGERS.has(rest.trimStart().charAt(0))
}

/**
 * Characters XML 1.0 cannot carry (outside its `Char` production): C0 controls other than tab,
 * LF and CR, U+FFFE, U+FFFF and lone surrogates. The one rule for every XML part the app writes
 * (cells, notes, charts).
 */
export const XML_INVALID_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** A text that is only shown, never read back (a note, a chart label), made safe for XML. */
export function replaceXmlInvalid(text: string, replacement: string): string {
  return text.replace(XML_INVALID_CHARS, replacement)
}

/** In cells also CR, which XML parsers normalise to LF: escaped too, so a text comes back unchanged. */
const UNSAFE_CHARS = new RegExp(`${XML_INVALID_CHARS.source}|\\r`, 'g')
const HEX4 = /^x[0-9A-Fa-f]{4}/

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0')

/**
 * Applies the OOXML `_xHHHH_` escaping to a text. An underscore is escaped (as `_x005F_`) when
 * the output would otherwise read `_xHHHH_` from it: the original continues with `xHHHH` and then
 * an underscore or a character that is itself escaped (its escape starts with `_`). Decoding left
 * to right, as Excel and exceljs do, then meets exactly the escapes written here.
 */
export function escapeXmlText(text: string): string {
  const unsafe = new Set<number>()
  for (const match of text.matchAll(UNSAFE_CHARS)) unsafe.add(match.index)
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i)
    if (unsafe.has(i)) out += `_x${hex4(text.charCodeAt(i))}_`
    else if (ch === '_' && HEX4.test(text.slice(i + 1, i + 6))) {
      const next = i + 6
      const formsEscape = next < text.length && (text.charAt(next) === '_' || unsafe.has(next))
      out += formsEscape ? '_x005F_' : ch
    } else out += ch
  }
  return out
}

/** The string to put in a cell for a bank text. */
export function encodeCellText(text: string): string {
  return (needsFormulaGuard(text) ? "'" : '') + escapeXmlText(text)
}

/**
 * The bank text of a string cell as exceljs reads it (escapes already decoded): the formula
 * guard removed. `decodeCellText(read(encodeCellText(text)))` is `text`.
 */
export function decodeCellText(cell: string): string {
  return cell.startsWith("'") && needsFormulaGuard(cell.slice(1)) ? cell.slice(1) : cell
}
