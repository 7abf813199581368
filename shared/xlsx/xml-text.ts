/**
 * The little XML the streaming workbook reader needs (sheet-stream.ts): a start tag's attributes
 * and an element's text with its entities and OOXML `_xHHHH_` escapes decoded. SpreadsheetML
 * markup is ASCII, so tags are found in text decoded from any slice that starts and ends between
 * elements; no DOM is built.
 */

import { endsTagName } from './gate-scan'

const ENTITIES: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'"
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);/g
/** As Excel and exceljs decode them (text-xform.js): four upper-case hex digits. */
const ESCAPE = /_x([0-9A-F]{4})_/g

/** XML character and entity references decoded (an unknown one is left as written). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[name] ?? whole
  })
}

/** The text of a cell's `<t>`: entities, then `_xHHHH_` escapes (cell-text.ts writes them). */
export function decodeCellXml(text: string): string {
  const decoded = decodeEntities(text)
  return decoded.includes('_x')
    ? decoded.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : decoded
}

/** The value of attribute `name` in a start tag's text (`<c r="B2" t="s">`), decoded; or undefined. */
export function attribute(tag: string, name: string): string | undefined {
  const key = `${name}=`
  for (let at = tag.indexOf(key); at >= 0; at = tag.indexOf(key, at + 1)) {
    // Preceded by a blank (not the end of a longer name: `r=` in `attr=`).
    const before = tag.charCodeAt(at - 1)
    if (!(before === 0x20 || before === 0x09 || before === 0x0a || before === 0x0d)) continue
    const open = at + key.length
    const quote = tag[open]
    if (quote !== '"' && quote !== "'") return undefined
    const close = tag.indexOf(quote, open + 1)
    return close < 0 ? undefined : decodeEntities(tag.slice(open + 1, close))
  }
  return undefined
}

/** Every start tag `<name …>` (or `<name …/>`) of an XML text, as its text. */
export function* startTags(xml: string, name: string): Generator<string> {
  const open = `<${name}`
  for (let at = xml.indexOf(open); at >= 0; at = xml.indexOf(open, at + 1)) {
    // Not a longer name starting the same (`<sheetData` for `<sheet`).
    if (!endsTagName(xml.charCodeAt(at + open.length))) continue
    const end = xml.indexOf('>', at)
    if (end < 0) return
    yield xml.slice(at, end + 1)
  }
}
