import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { writeBankTemplate } from '../bank-xlsx/template'
import { bankToWorkbook } from '../bank-xlsx/bank-to-workbook'
import { writeQuestionnaireWorkbook } from '../questionnaire-xlsx'
import { miniAssessment, miniBank } from '../testing'
import { bankContentHash } from '../bank/identity'
import { deflatedEntry, forgeZip, storedEntry, zeroBombStream } from '../zip/testing/forge'
import { checkWorkbookBytes, WORKBOOK_LIMITS } from './gate'
import { loadWorkbook } from './load'

let template: Uint8Array
let parts: Record<string, Uint8Array>
beforeAll(async () => {
  template = await writeBankTemplate()
  parts = unzipSync(template)
})

/** The template with some parts replaced or added (zipped by fflate, independent of ours). */
function templateWith(changes: Record<string, string | Uint8Array>): Uint8Array {
  const files = { ...parts }
  for (const [name, data] of Object.entries(changes))
    files[name] = typeof data === 'string' ? strToU8(data) : data
  return zipSync(files)
}

/** The first sheet's XML with `extra` inserted where its element belongs. */
function sheetWith(before: string, extra: string): string {
  const xml = strFromU8(parts['xl/worksheets/sheet1.xml']!)
  return xml.replace(before, `${extra}${before}`)
}

const codeOf = (bytes: Uint8Array): string | undefined => checkWorkbookBytes(bytes)[0]?.code

describe('the workbook gate', () => {
  it("lets the app's own workbooks through", async () => {
    const form = await writeQuestionnaireWorkbook(
      miniBank,
      miniAssessment(bankContentHash(miniBank)),
      { locale: 'zh-CN' }
    )
    for (const bytes of [template, await bankToWorkbook(miniBank), form])
      expect(checkWorkbookBytes(bytes)).toEqual([])
  })

  it('refuses what is not a plain workbook, each with one coded problem', () => {
    const cases: Array<[string, Uint8Array, string]> = [
      ['text', strToU8('institution,period\n'), 'xlsx.notZip'],
      [
        'an OLE file (encrypted .xlsx or .xls)',
        Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1),
        'xlsx.encrypted'
      ],
      ['macros', templateWith({ 'xl/vbaProject.bin': new Uint8Array(10) }), 'xlsx.macros'],
      [
        'no content types',
        zipSync({ 'xl/workbook.xml': parts['xl/workbook.xml']! }),
        'xlsx.notWorkbook'
      ],
      ['a traversal name', templateWith({ '../evil.xml': '<x/>' }), 'zip.nameTraversal'],
      ['an absolute name', templateWith({ '/etc/x.xml': '<x/>' }), 'zip.nameAbsolute'],
      ['truncated', template.slice(0, template.length - 100), 'zip.noEndRecord']
    ]
    for (const [what, bytes, code] of cases) {
      const issues = checkWorkbookBytes(bytes)
      expect(
        issues.map((i) => i.code),
        what
      ).toEqual([code])
    }
  })

  it('refuses overlapping entries and zip bombs before exceljs sees them', () => {
    const ok = deflatedEntry('[Content_Types].xml', parts['[Content_Types].xml']!)
    // The second entry's header and data lie inside the first one's data (the overlap bomb).
    const inner = storedEntry('xl/sharedStrings.xml', strToU8('<sst/>'))
    const spans = ok.body.length + 30 + inner.name.length + inner.body.length
    const overlap = forgeZip([{ ...ok, compressedSize: spans }, inner])
    expect(codeOf(overlap)).toBe('zip.overlap')
    const bomb = (size: number, mib: number): Uint8Array =>
      forgeZip([
        ok,
        { name: 'xl/sharedStrings.xml', body: zeroBombStream(mib), method: 8, size, crc: 0 }
      ])
    expect(codeOf(bomb(1024 * 2 ** 20, 1024))).toBe('zip.entryTooLarge')
    expect(codeOf(bomb(40 * 2 ** 20, 40))).toBe('zip.ratio')
    expect(codeOf(bomb(1000, 64))).toBe('zip.inflateBomb')
    const stored = forgeZip([ok, storedEntry('xl/styles.xml', strToU8('<x/>'))])
    expect(checkWorkbookBytes(stored)).toEqual([])
  })

  it('refuses a DTD (entity expansion) in any XML part', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><sst>&b;</sst>'
    expect(codeOf(templateWith({ 'xl/sharedStrings.xml': laughs }))).toBe('xlsx.doctype')
  })

  it('counts what exceljs would build and refuses more than a reader can hold', () => {
    const limits = WORKBOOK_LIMITS
    // Numbered, so they compress like real text (a ratio a zip bomb would not pass).
    const numbered = (count: number, item: (i: number) => string): string =>
      Array.from({ length: count }, (_, i) => item(i)).join('')
    const strings = `<sst>${numbered(limits.maxStrings + 1, (i) => `<si><t>${i}</t></si>`)}</sst>`
    expect(checkWorkbookBytes(templateWith({ 'xl/sharedStrings.xml': strings }))[0]).toMatchObject({
      path: 'workbook',
      code: 'xlsx.strings',
      params: { max: limits.maxStrings }
    })
    const cells = `<row r="9">${numbered(limits.maxCells, (i) => `<c r="A${i}"/>`)}</row>`
    expect(
      codeOf(templateWith({ 'xl/worksheets/sheet1.xml': sheetWith('</sheetData>', cells) }))
    ).toBe('xlsx.cells')
    const rows = Array.from({ length: limits.maxRows }, (_, i) => `<row r="${i + 9}"/>`).join('')
    expect(
      codeOf(templateWith({ 'xl/worksheets/sheet1.xml': sheetWith('</sheetData>', rows) }))
    ).toBe('xlsx.rows')
    const notes = `<comments><commentList>${numbered(limits.maxComments + 1, (i) => `<comment ref="A${i}"><text/></comment>`)}</commentList></comments>`
    expect(codeOf(templateWith({ 'xl/comments99.xml': notes }))).toBe('xlsx.comments')
    const merged = '<mergeCells count="1"><mergeCell ref="A1:Z1000"/></mergeCells>'
    expect(
      codeOf(templateWith({ 'xl/worksheets/sheet1.xml': sheetWith('<pageMargins', merged) }))
    ).toBe('xlsx.merged')
    const workbook = strFromU8(parts['xl/workbook.xml']!).replace(
      '</workbook>',
      '<definedNames><definedName name="x">Sheet1!$A:$Z</definedName></definedNames></workbook>'
    )
    expect(codeOf(templateWith({ 'xl/workbook.xml': workbook }))).toBe('xlsx.named')
  })

  it("counts against the reader's own limits when it gives them (registers: more rows)", () => {
    const rows = Array.from({ length: WORKBOOK_LIMITS.maxRows }, (_, i) => `<row r="${i + 9}"/>`)
    const many = templateWith({
      'xl/worksheets/sheet1.xml': sheetWith('</sheetData>', rows.join(''))
    })
    expect(codeOf(many)).toBe('xlsx.rows')
    const roomier = { ...WORKBOOK_LIMITS, maxRows: WORKBOOK_LIMITS.maxRows * 2 }
    expect(checkWorkbookBytes(many, roomier)).toEqual([])
    const tighter = { ...WORKBOOK_LIMITS, maxBytes: 1024 }
    expect(checkWorkbookBytes(template, tighter)[0]?.code).toBe('zip.tooLarge')
  })

  it('lets a drop-down over whole columns through: the loader tells exceljs to skip it', async () => {
    const validation =
      '<dataValidations count="1"><dataValidation type="list" sqref="A:A B:B C:C"><formula1>"a,b"</formula1></dataValidation></dataValidations>'
    const bytes = templateWith({
      'xl/worksheets/sheet1.xml': sheetWith('<pageMargins', validation)
    })
    expect(checkWorkbookBytes(bytes)).toEqual([])
    const loaded = await loadWorkbook(bytes)
    expect(loaded.ok).toBe(true)
    if (!loaded.ok) return
    const model = (loaded.value.worksheets[0] as unknown as { dataValidations: { model: object } })
      .dataValidations.model
    expect(Object.keys(model)).toHaveLength(0)
  })

  it('says why exceljs could not read a workbook that passed the gate', async () => {
    const broken = templateWith({ 'xl/workbook.xml': '<workbook><sheets><sheet' })
    const loaded = await loadWorkbook(broken)
    expect(loaded.ok).toBe(false)
    if (!loaded.ok)
      expect(loaded.issues[0]).toMatchObject({ path: 'workbook', code: 'xlsx.unreadable' })
  })
})
