/**
 * exceljs finds a sheet's notes only under the names Excel and exceljs give them
 * (`xl/commentsN.xml`, `xl/drawings/vmlDrawingN.vml`, targets relative to the sheet). A workbook
 * saved by openpyxl keeps them at `xl/comments/comment1.xml` with absolute targets, and exceljs then
 * fails on the whole file ("Cannot read properties of undefined (reading 'comments')"), so a form
 * filled with such a tool could not be imported at all. No reader uses notes: their relationships
 * are dropped before exceljs loads the file; every other part stays as it was.
 */
import { decodeUtf8, encodeUtf8, inflateEntry, openZip, writeZip } from '../zip'
import { WORKBOOK_LIMITS, WORKBOOK_ZIP, workbookZip, type WorkbookLimits } from './gate'

const SHEET_RELS = /^xl\/worksheets\/_rels\/[^/]+\.rels$/i
const NOTE_RELATIONSHIP = /<Relationship\b[^>]*\bType="[^"]*\/(?:comments|vmlDrawing)"[^>]*\/>/g
const EXCELJS_TARGET = /\bTarget="(?:\.\.\/comments\d+\.xml|\.\.\/drawings\/vmlDrawing\d+\.vml)"/

/** The sheet relationships without notes exceljs cannot find, or null when all are findable. */
function mended(xml: string): string | null {
  const notes = xml.match(NOTE_RELATIONSHIP) ?? []
  if (notes.every((relationship) => EXCELJS_TARGET.test(relationship))) return null
  return xml.replace(NOTE_RELATIONSHIP, '')
}

/**
 * `bytes` (a workbook the gate has passed) as exceljs can load it: unchanged unless a sheet's
 * notes sit where exceljs cannot find them, else re-zipped without those notes' relationships.
 */
export function withFindableNotes(
  bytes: Uint8Array,
  limits: WorkbookLimits = WORKBOOK_LIMITS
): Uint8Array {
  const opened = openZip(bytes, limits === WORKBOOK_LIMITS ? WORKBOOK_ZIP : workbookZip(limits))
  if (!opened.ok) return bytes
  const entries = opened.value.filter(({ folder }) => !folder)
  const replaced = new Map<string, Uint8Array>()
  for (const { entry } of entries) {
    if (!SHEET_RELS.test(entry.name)) continue
    const data = inflateEntry(bytes, entry)
    const xml = data instanceof Uint8Array ? decodeUtf8(data) : null
    const fixed = xml === null ? null : mended(xml)
    if (fixed !== null) replaced.set(entry.name, encodeUtf8(fixed))
  }
  if (replaced.size === 0) return bytes
  const files = []
  for (const { entry } of entries) {
    const data = replaced.get(entry.name) ?? inflateEntry(bytes, entry)
    if (!(data instanceof Uint8Array)) return bytes
    files.push({ name: entry.name, data, deflate: true })
  }
  try {
    return writeZip(files)
  } catch {
    // A name writeZip cannot write (not ASCII): exceljs gets the file as it came.
    return bytes
  }
}
