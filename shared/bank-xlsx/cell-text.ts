/**
 * How bank text is stored in a cell so that it is never a formula and comes back unchanged.
 *
 * 1. Formula guard (reliability XLS-01/02): a text whose first character (after any apostrophes)
 *    is tab, CR or NUL, or whose first non-blank character is = + - @ or a full-width ＝ ＋ － ＠,
 *    is written with one extra leading apostrophe. The cell is already an inert string cell
 *    (exceljs writes strings as shared strings, never `<f>`); the apostrophe keeps it inert when an
 *    author edits the cell in Excel or WPS, which otherwise re-evaluate it. Reading removes
 *    exactly one apostrophe where the rest would need the guard, so the mapping is one-to-one;
 *    a cell an author typed as `'=x` (Excel stores `=x` with a hidden quote prefix) reads as `=x`.
 * 2. OOXML escapes: XML cannot hold NUL and most control characters, and parsers turn CR into LF.
 *    Excel writes such characters as `_xHHHH_` (and a literal `_xHHHH_` as `_x005F_xHHHH_`);
 *    exceljs does neither, so we do it here and decode on read, as Excel does.
 */

const TRIGGERS = new Set(['=', '+', '-', '@', '＝', '＋', '－', '＠'])

/** Whether a text could be taken for a formula by a spreadsheet program. */
export function needsFormulaGuard(text: string): boolean {
  const rest = text.replace(/^'+/, '')
  const first = rest.charAt(0)
  if (first === '\t' || first === '\r' || first === '\0') return true
  return TRIGGERS.has(rest.trimStart().charAt(0))
}

/** Characters XML 1.0 cannot carry, plus CR (normalised away by XML parsers), and lone surrogates. */
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0')

/** Applies the OOXML `_xHHHH_` escaping to a text. */
export function escapeXmlText(text: string): string {
  return text
    .replace(ESCAPE_LIKE, '_x005F_$1')
    .replace(UNSAFE_CHARS, (ch) => `_x${hex4(ch.charCodeAt(0))}_`)
}

/** Reverses {@link escapeXmlText}: every `_xHHHH_` becomes its character. */
export function unescapeXmlText(text: string): string {
  return text.replace(ESCAPED, (_match, code: string) => String.fromCharCode(parseInt(code, 16)))
}

/** The string to put in a cell for a bank text. */
export function encodeCellText(text: string): string {
  return (needsFormulaGuard(text) ? "'" : '') + escapeXmlText(text)
}

/** The bank text a string cell holds; the inverse of {@link encodeCellText}. */
export function decodeCellText(cell: string): string {
  const text = unescapeXmlText(cell)
  return text.startsWith("'") && needsFormulaGuard(text.slice(1)) ? text.slice(1) : text
}
