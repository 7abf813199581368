import type ExcelJS from 'exceljs'
import { barChartXml, chartDrawingXml, type BarChartSpec } from './chart-xml'

/**
 * Packing a workbook with native charts. exceljs 4.4 (pinned) writes every part into a JSZip
 * instance and compresses them all in `_finalize`; the report hooks that one method on its own
 * workbook to add the chart parts (chart, drawing, relationships, content types) just before
 * compression, so nothing is zipped twice. Should a future exceljs lack the hook, the workbook is
 * written without charts rather than failing — and the tests, which assert the chart, say so.
 */

interface ZipEntry {
  async(type: 'string'): Promise<string>
}
interface JSZipLike {
  file(name: string): ZipEntry | null
  file(name: string, data: string): unknown
}
interface ZipWriterLike {
  zip: JSZipLike
}
interface XlsxInternals {
  _finalize?: (zip: ZipWriterLike) => Promise<unknown>
}

/** A chart to place on a worksheet. */
export interface SheetChart {
  worksheet: ExcelJS.Worksheet
  chart: BarChartSpec
}

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing'
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart'
const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml'
const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml'
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** exceljs returns a Node Buffer in Node and a Uint8Array-like in browsers; hand back a plain view. */
function toBytes(data: ArrayBuffer | ArrayBufferView): Uint8Array {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
  return new Uint8Array(data)
}

function freeName(zip: JSZipLike, make: (n: number) => string): string {
  for (let n = 1; ; n++) if (zip.file(make(n)) === null) return make(n)
}

async function read(zip: JSZipLike, name: string): Promise<string | null> {
  const entry = zip.file(name)
  return entry === null ? null : entry.async('string')
}

/** Inserts `<drawing r:id=…/>` where the worksheet schema wants it (after headerFooter/rowBreaks). */
function withDrawing(sheetXml: string, relId: string): string {
  const element = `<drawing r:id="${relId}"/>`
  for (const tag of [
    '<legacyDrawing',
    '<legacyDrawingHF',
    '<picture',
    '<oleObjects',
    '<tableParts',
    '<extLst'
  ]) {
    const at = sheetXml.indexOf(tag)
    if (at >= 0) return `${sheetXml.slice(0, at)}${element}${sheetXml.slice(at)}`
  }
  const end = sheetXml.lastIndexOf('</worksheet>')
  if (end < 0) throw new Error('report: unexpected worksheet XML')
  return `${sheetXml.slice(0, end)}${element}${sheetXml.slice(end)}`
}

async function addChart(zip: JSZipLike, item: SheetChart, k: number): Promise<void> {
  const sheetPath = `xl/worksheets/sheet${item.worksheet.id}.xml`
  const sheetXml = await read(zip, sheetPath)
  // A sheet that already has a drawing (pictures) would need merging; the report adds none.
  if (sheetXml === null || sheetXml.includes('<drawing '))
    throw new Error('report: cannot place the chart')
  const chartPath = freeName(zip, (n) => `xl/charts/chart${n}.xml`)
  const drawingPath = freeName(zip, (n) => `xl/drawings/drawing${n}.xml`)
  const drawingFile = drawingPath.slice('xl/drawings/'.length)
  const chartFile = chartPath.slice('xl/charts/'.length)
  zip.file(chartPath, barChartXml(item.chart))
  zip.file(drawingPath, chartDrawingXml(item.chart, `Chart ${k}`))
  zip.file(
    `xl/drawings/_rels/${drawingFile}.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">` +
      `<Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/${chartFile}"/></Relationships>`
  )
  const relId = `rIdReportChart${k}`
  const relsPath = `xl/worksheets/_rels/sheet${item.worksheet.id}.xml.rels`
  const relation = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/${drawingFile}"/>`
  const rels = await read(zip, relsPath)
  zip.file(
    relsPath,
    rels === null
      ? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${relation}</Relationships>`
      : rels.replace('</Relationships>', `${relation}</Relationships>`)
  )
  zip.file(sheetPath, withDrawing(sheetXml, relId))
  const types = await read(zip, '[Content_Types].xml')
  if (types === null) throw new Error('report: the workbook has no content types')
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      `<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>` +
        `<Override PartName="/${chartPath}" ContentType="${CT_CHART}"/></Types>`
    )
  )
}

/** Writes the workbook to .xlsx bytes, adding `charts` as native charts when exceljs allows. */
export async function packWorkbook(
  workbook: ExcelJS.Workbook,
  charts: readonly SheetChart[]
): Promise<Uint8Array> {
  const xlsx = workbook.xlsx as unknown as XlsxInternals
  const finalize = xlsx._finalize
  const ownHook = Object.hasOwn(xlsx, '_finalize')
  if (charts.length > 0 && typeof finalize === 'function') {
    xlsx._finalize = async (zip: ZipWriterLike): Promise<unknown> => {
      for (let k = 0; k < charts.length; k++)
        await addChart(zip.zip, charts[k] as SheetChart, k + 1)
      return finalize.call(xlsx, zip)
    }
  }
  try {
    return toBytes(await workbook.xlsx.writeBuffer())
  } finally {
    if (ownHook) xlsx._finalize = finalize
    else delete xlsx._finalize
  }
}
