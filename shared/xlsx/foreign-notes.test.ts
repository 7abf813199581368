import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { decodeUtf8, encodeUtf8, unzipChecked, writeZip } from '../zip'
import { withFindableNotes } from './foreign-notes'
import { WORKBOOK_ZIP } from './gate'
import { loadWorkbook } from './load'

/** A one-sheet workbook with a header note, as exceljs writes it. */
async function withNote(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('feedback')
  sheet.getCell('A1').value = 'finding_id'
  sheet.getCell('A1').note = 'do not change'
  sheet.getCell('A2').value = 'q:A1.01'
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer)
}

/** The same workbook with its notes where openpyxl saves them: own folder, absolute targets. */
function asOpenpyxlSaves(bytes: Uint8Array): Uint8Array {
  const files = unzipChecked(bytes, WORKBOOK_ZIP)
  if (!files.ok) throw new Error('not a zip')
  const renamed: Record<string, string> = {
    'xl/comments1.xml': 'xl/comments/comment1.xml',
    'xl/drawings/vmlDrawing1.vml': 'xl/drawings/commentsDrawing1.vml'
  }
  return writeZip(
    [...files.value].map(([name, { data }]) => {
      let out = data
      if (name === 'xl/worksheets/_rels/sheet1.xml.rels')
        out = encodeUtf8(
          decodeUtf8(data)!
            .replace('Target="../comments1.xml"', 'Target="/xl/comments/comment1.xml"')
            .replace(
              'Target="../drawings/vmlDrawing1.vml"',
              'Target="/xl/drawings/commentsDrawing1.vml"'
            )
        )
      if (name === '[Content_Types].xml')
        out = encodeUtf8(
          decodeUtf8(data)!.replace('/xl/comments1.xml', '/xl/comments/comment1.xml')
        )
      return { name: renamed[name] ?? name, data: out, deflate: true }
    })
  )
}

describe('notes exceljs cannot find', () => {
  it('leave a workbook written by exceljs itself byte for byte as it is', async () => {
    const bytes = await withNote()
    expect(withFindableNotes(bytes)).toBe(bytes)
  })

  it('no longer make the whole workbook unreadable (notes saved by openpyxl)', async () => {
    const foreign = asOpenpyxlSaves(await withNote())
    // exceljs alone fails on the whole file.
    await expect(
      new ExcelJS.Workbook().xlsx.load(foreign as unknown as ArrayBuffer)
    ).rejects.toThrow(/comments/)
    const loaded = await loadWorkbook(foreign)
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues))
    const sheet = loaded.value.getWorksheet('feedback')!
    expect(sheet.getCell('A1').value).toBe('finding_id')
    expect(sheet.getCell('A2').value).toBe('q:A1.01')
  })
})
