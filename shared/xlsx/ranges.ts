/**
 * Counting the cells that ranges in a workbook's XML cover, before exceljs expands them one by one
 * (a data validation over A1:XFD1048576 would run for hours): used by the workbook gate.
 */

/** Column letters to a number (A → 1); absent means "every column". */
function columnNumber(letters: string | undefined): number {
  if (letters === undefined || letters === '') return 16384
  let n = 0
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n
}

const REF = /\$?([A-Za-z]{1,3})?\$?(\d+)?(?::\$?([A-Za-z]{1,3})?\$?(\d+)?)?/g

/** Cells covered by a list of references such as `A1:B9 D4` or `Sheet!$A$1:$A$9`. */
export function rangeCells(text: string): number {
  let cells = 0
  for (const match of text.replace(/'[^']*'!|[^\s,'!]+!/g, ' ').matchAll(REF)) {
    if (match[0] === '' || match[0] === ':') continue
    const [, c1, r1, c2, r2] = match
    if (c1 === undefined && r1 === undefined) continue
    const hasEnd = match[0].includes(':')
    const left = c1 === undefined ? 1 : columnNumber(c1)
    const right = hasEnd
      ? c2 === undefined
        ? c1 === undefined
          ? 16384
          : left
        : columnNumber(c2)
      : left
    const top = r1 === undefined ? 1 : Number(r1)
    const bottom = hasEnd
      ? r2 === undefined
        ? r1 === undefined
          ? 1048576
          : top
        : Number(r2)
      : top
    cells += (Math.abs(right - left) + 1) * (Math.abs(bottom - top) + 1)
  }
  return cells
}

/** Sums the ranges in `attribute` of every `<tag ` element of an XML text. */
export function attributeCells(xml: string, tag: string, attribute: string): number {
  let cells = 0
  const open = new RegExp(`<${tag}[\\s>][^>]*?\\b${attribute}="([^"]*)"`, 'g')
  for (const match of xml.matchAll(open)) cells += rangeCells(match[1] ?? '')
  return cells
}

/** Cells covered by the defined names (print areas, filters) of workbook.xml. */
export function definedNameCells(xml: string): number {
  let cells = 0
  for (const match of xml.matchAll(/<definedName\b[^>]*>([^<]*)<\/definedName>/g))
    cells += rangeCells(match[1] ?? '')
  return cells
}
