/**
 * The parts of an .xlsx the streaming reader (sheet-stream.ts) needs besides the sheets: the
 * sheets' names and parts (workbook.xml and its relationships), the 1904 date system, which cell
 * styles show a date (styles.xml: built-in date formats and custom ones), and the shared strings.
 * Each is read from its XML text without a DOM; what is not well formed gives a problem text.
 */
import { attribute, decodeCellXml, startTags } from './xml-text'

export interface SheetPart {
  /** The sheet's name as the tab shows it. */
  name: string
  /** Its part in the zip (`xl/worksheets/sheet1.xml`). */
  part: string
}

export interface WorkbookMap {
  sheets: SheetPart[]
  /** Dates count days from 1904-01-01 (old Mac Excel). */
  date1904: boolean
  sharedStrings: string | undefined
  styles: string | undefined
}

/** A relationship target as a zip part name: relative to xl/ unless absolute. */
function partName(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`
  const segments: string[] = []
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop()
    else if (segment !== '.' && segment !== '') segments.push(segment)
  }
  return segments.join('/')
}

/** The workbook's sheets in tab order, the date system and where strings and styles are. */
export function workbookMap(workbookXml: string, relsXml: string): WorkbookMap {
  const targets = new Map<string, { type: string; part: string }>()
  for (const tag of startTags(relsXml, 'Relationship')) {
    const id = attribute(tag, 'Id')
    const target = attribute(tag, 'Target')
    if (id !== undefined && target !== undefined && attribute(tag, 'TargetMode') !== 'External')
      targets.set(id, { type: attribute(tag, 'Type') ?? '', part: partName(target) })
  }
  const ofType = (suffix: string) =>
    [...targets.values()].find((t) => t.type.endsWith(`/${suffix}`))?.part
  const sheets: SheetPart[] = []
  for (const tag of startTags(workbookXml, 'sheet')) {
    const name = attribute(tag, 'name')
    const id = attribute(tag, 'r:id') ?? /\s[\w]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1]
    const part = id === undefined ? undefined : targets.get(id)?.part
    if (name !== undefined && part !== undefined) sheets.push({ name, part })
  }
  const properties = [...startTags(workbookXml, 'workbookPr')][0]
  const date1904 = properties === undefined ? '' : (attribute(properties, 'date1904') ?? '')
  return {
    sheets,
    date1904: date1904 === '1' || date1904 === 'true',
    sharedStrings: ofType('sharedStrings'),
    styles: ofType('styles')
  }
}

/** Built-in number formats that show a date or a time (ECMA-376 18.8.30, and the CJK ones). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58
])

/** Whether a format code shows a date or time: y m d h s outside quotes and brackets (as exceljs). */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''))
}

/** Per cell style (the `s` of a cell, an index into cellXfs): whether it shows a date. */
export function dateStyles(stylesXml: string): boolean[] {
  const custom = new Map<number, string>()
  for (const tag of startTags(stylesXml, 'numFmt')) {
    const id = Number(attribute(tag, 'numFmtId'))
    const code = attribute(tag, 'formatCode')
    if (Number.isInteger(id) && code !== undefined) custom.set(id, code)
  }
  const start = stylesXml.indexOf('<cellXfs')
  const end = stylesXml.indexOf('</cellXfs>', start)
  if (start < 0 || end < 0) return []
  const dates: boolean[] = []
  for (const tag of startTags(stylesXml.slice(start, end), 'xf')) {
    const id = Number(attribute(tag, 'numFmtId') ?? 0)
    const code = custom.get(id)
    dates.push(code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id))
  }
  return dates
}

/**
 * The texts of the `<t>` elements in `xml[from, to)`, joined: a plain string or the runs of a
 * rich one, without phonetic guides (`<rPh>`, which Chinese and Japanese Excel add). Null when
 * the markup is not well formed.
 */
export function runTexts(xml: string, from: number, to: number): string | null {
  let text = ''
  let at = from
  for (;;) {
    const open = xml.indexOf('<', at)
    if (open < 0 || open >= to) return text
    const close = xml.indexOf('>', open)
    if (close < 0 || close >= to) return null
    const tag = xml.slice(open, close + 1)
    at = close + 1
    if (tag.startsWith('<rPh') && !tag.endsWith('/>')) {
      const end = xml.indexOf('</rPh>', at)
      if (end < 0 || end >= to) return null
      at = end + 6
    } else if ((tag.startsWith('<t>') || tag.startsWith('<t ')) && !tag.endsWith('/>')) {
      const end = xml.indexOf('</t>', at)
      if (end < 0 || end >= to) return null
      text += decodeCellXml(xml.slice(at, end))
      at = end + 4
    }
  }
}

/** The shared strings table (sharedStrings.xml), or null when it is not well formed. */
export function sharedStrings(xml: string): string[] | null {
  const strings: string[] = []
  for (let at = xml.indexOf('<si'); at >= 0; at = xml.indexOf('<si', at)) {
    const next = xml[at + 3]
    if (next !== '>' && next !== ' ' && next !== '/') {
      at += 3
      continue
    }
    const openEnd = xml.indexOf('>', at)
    if (openEnd < 0) return null
    if (xml[openEnd - 1] === '/') {
      strings.push('')
      at = openEnd + 1
      continue
    }
    const end = xml.indexOf('</si>', openEnd)
    if (end < 0) return null
    const text = runTexts(xml, openEnd + 1, end)
    if (text === null) return null
    strings.push(text)
    at = end + 5
  }
  return strings
}
