import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeIssue } from '../issues/describe'
import { encodeUtf8, writeZip } from '../zip'
import { WORKBOOK_LIMITS, type WorkbookLimits } from './gate'
import { NO_CACHED_VALUE, readWorkbookSheets, type StreamedSheet } from './sheet-stream'
import { exceljsRows } from './test-support'

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, 'fixtures', name)))

const at = (text: string): Date => new Date(`${text}Z`)

/** The first change row of both fixtures (make-fixtures.py). */
const FIRST_CHANGE = ['C1', '集中交易', '标准', at('2026-03-05T09:30'), true, '成功', false]

function read(bytes: Uint8Array, limits: WorkbookLimits = WORKBOOK_LIMITS, maxColumns = 256) {
  return readWorkbookSheets(bytes, { limits, wanted: () => true, maxColumns })
}

function sheets(bytes: Uint8Array): Map<string, StreamedSheet> {
  const result = read(bytes)
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'))
  return new Map(result.value.map((sheet) => [sheet.name, sheet]))
}

/** The streaming reader reads every sheet as exceljs does. */
async function sameAsExceljs(bytes: Uint8Array): Promise<Map<string, StreamedSheet>> {
  const streamed = sheets(bytes)
  const expected = await exceljsRows(bytes)
  expect([...streamed.keys()]).toEqual([...expected.keys()])
  for (const [name, rows] of expected) expect(streamed.get(name)!.rows, name).toEqual(rows)
  return streamed
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
  '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
  '</Types>'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'

/** A workbook of one sheet 变更台账 written by hand: the XML other writers produce. */
function handWritten(
  sheetData: string,
  options: { strings?: string; date1904?: boolean; after?: string } = {}
) {
  const part = (name: string, xml: string) => ({ name, data: encodeUtf8(xml), deflate: true })
  return writeZip([
    part('[Content_Types].xml', CONTENT_TYPES),
    part(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    part(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${options.date1904 === true ? ' date1904="1"' : ''}/><sheets><sheet name="变更台账" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="/xl/worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
    ),
    part(
      'xl/styles.xml',
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\\ hh:mm"/></numFmts><cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="22"/><xf numFmtId="49"/></cellXfs></styleSheet>`
    ),
    part(
      'xl/sharedStrings.xml',
      `<?xml version="1.0"?><sst xmlns="${MAIN}">${options.strings ?? '<si><t>变更编号</t></si>'}</sst>`
    ),
    part(
      'xl/worksheets/sheet1.xml',
      `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData>${options.after ?? ''}</worksheet>`
    )
  ])
}

describe('the streaming workbook reader reads what exceljs reads', () => {
  it('a workbook written by openpyxl: inline strings, dates, booleans, errors, sparse columns', async () => {
    const read = await sameAsExceljs(fixture('openpyxl.xlsx'))
    const changes = read.get('变更台账')!.rows
    expect(changes.map((r) => r.row)).toEqual([1, 2, 3, 4, 6, 7, 8, 9])
    expect(changes[1]!.cells).toEqual(FIRST_CHANGE)
    expect(changes[3]!.cells).toEqual([
      'C3',
      '  网上交易 ',
      '一般',
      at('2026-06-01T00:00'),
      1,
      '失败',
      0
    ])
    const sparse = changes[4]!.cells
    expect(sparse).toEqual([
      'C4',
      'A & B <c>',
      null,
      '2026-07-01 08:00',
      null,
      null,
      null,
      null,
      null,
      'sparse far right'
    ])
    expect(changes[5]!.cells[6]).toBe(NO_CACHED_VALUE)
    // 3.25 in the date-time column: day 3.25 of 1900, as exceljs reads it too.
    expect(changes[6]!.cells.slice(3)).toEqual([at('1900-01-02T06:00'), '#N/A', 'x\ny', -7])
    expect(changes[7]).toEqual({ row: 9, cells: [null, 'only B9'] })
    const incidents = read.get('故障台账')!.rows
    expect(incidents.map((r) => r.cells[2])).toEqual([
      '开始时间',
      at('2026-01-02T03:04'),
      at('2025-12-09T06:00')
    ])
  })

  it('a workbook saved by LibreOffice: shared strings, date-times, booleans, blank rows left out', async () => {
    const rows = (await sameAsExceljs(fixture('libreoffice.xlsx'))).get('libreoffice')!.rows
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3, 4, 6, 7, 8])
    expect(rows[1]!.cells).toEqual(FIRST_CHANGE)
    expect(rows[3]!.cells[3]).toEqual(at('2026-06-01T00:00'))
    expect(rows[4]!.cells).toEqual(['C4', 'A, B & <c>'])
    expect(rows[6]!.cells).toEqual(['C6', null, null, null, null, null, 'far'])
  })

  it('rich and phonetic text, escapes, cached formula values, styled empty cells', async () => {
    const strings =
      '<si><t>变更编号</t></si><si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r><rPh sb="0" eb="1"><t>fu</t></rPh></si>' +
      '<si><t>a_x000D_b &amp; &#x4E2D;</t></si><si><t></t></si>'
    const bytes = handWritten(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c><c r="D1" t="s"><v>2</v></c><c r="E1" t="s"><v>3</v></c></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="B2" s="1"><v>46086.5</v></c><c r="C2" s="2"><v>46086.25</v></c><c r="D2" s="3"><v>7</v></c></row>' +
        '<row r="5" spans="1:4"><c r="B5" t="str"><f>A1&amp;"x"</f><v>变更编号x</v></c><c r="C5" t="b"><f>TRUE()</f><v>1</v></c><c r="D5" s="1"><f t="shared" ref="D5:D6" si="0">B2+1</f><v>46087.5</v></c></row>' +
        '<row r="6"><c r="D6" s="1"><f t="shared" si="0"/></c><c r="E6" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>' +
        '<row r="7"><c r="A7" s="1"/><c r="B7" s="2"></c></row>',
      { strings }
    )
    const rows = (await sameAsExceljs(bytes)).get('变更台账')!.rows
    expect(rows.map((r) => r.row)).toEqual([1, 2, 5, 6])
    expect(rows[0]!.cells).toEqual(['变更编号', null, '富文本 ', 'a\rb & 中', ''])
    expect(rows[1]!.cells).toEqual(['inline', at('2026-03-05T12:00'), at('2026-03-05T06:00'), 7])
    expect(rows[2]!.cells).toEqual([null, '变更编号x', true, at('2026-03-06T12:00')])
    expect(rows[3]!.cells).toEqual([null, null, null, NO_CACHED_VALUE, '#DIV/0!'])
  })

  it('rows and cells without numbers (exceljs cannot read those) follow the one before', () => {
    const rows = sheets(
      handWritten(
        '<row r="3"><c><v>1</v></c><c r="C3"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>'
      )
    ).get('变更台账')!.rows
    expect(rows).toEqual([
      { row: 3, cells: [1, null, 3, 4] },
      { row: 4, cells: [5] }
    ])
  })

  it('a merged range: its value in its first cell only, as the file stores it', () => {
    // exceljs copies the value into every cell of the range; a register's title banner has it once.
    const rows = sheets(
      handWritten('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row>', {
        after: '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'
      })
    ).get('变更台账')!.rows
    expect(rows).toEqual([{ row: 1, cells: ['变更编号'] }])
  })

  it('the 1904 date system and ISO date cells', () => {
    const rows = sheets(
      handWritten(
        '<row r="1"><c r="A1" s="1"><v>44624.5</v></c><c r="B1" t="d"><v>2026-03-05T09:30:00</v></c></row>',
        {
          date1904: true
        }
      )
    ).get('变更台账')!.rows
    expect(rows[0]!.cells).toEqual([at('2026-03-05T12:00'), at('2026-03-05T09:30')])
  })
})

describe('the streaming workbook reader refuses hostile workbooks with coded problems', () => {
  const rows = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><v>1</v></c></row>`
    ).join('')
  const codes = (result: ReturnType<typeof read>) =>
    result.ok ? [] : result.issues.map((i) => i.code)

  it('more rows, cells or shared strings than the reader allows, counted before reading', () => {
    const limits = { ...WORKBOOK_LIMITS, maxRows: 10, maxCells: 15, maxStrings: 2 }
    const tooManyRows = read(handWritten(rows(11)), limits)
    expect(codes(tooManyRows)).toEqual(['xlsx.rows'])
    const [issue] = tooManyRows.ok ? [] : tooManyRows.issues
    expect(describeIssue(issue!, 'en-US')).toContain(
      'the workbook has 11 rows; at most 10 can be read'
    )
    expect(describeIssue(issue!, 'zh-CN')).toContain('工作簿共有 11 行，超过可读取的上限 10 行')
    expect(codes(read(handWritten(rows(8)), limits))).toEqual(['xlsx.cells'])
    expect(
      codes(read(handWritten(rows(7), { strings: '<si><t>a</t></si>'.repeat(3) }), limits))
    ).toEqual(['xlsx.strings'])
    expect(read(handWritten(rows(7)), limits).ok).toBe(true)
  })

  it('XML that is not well formed, a DTD, a shared string that does not exist', () => {
    const unreadable = read(handWritten('<row r="1"><c r="A1"><v>1</v></row>'))
    expect(codes(unreadable)).toEqual(['xlsx.unreadable'])
    expect(
      describeIssue(
        unreadable.ok ? (unreadable.value[0]! as never) : unreadable.issues[0]!,
        'zh-CN'
      )
    ).toContain('变更台账')
    expect(codes(read(handWritten('<row r="1"><c r="A1" t="s"><v>9</v></c></row>')))).toEqual([
      'xlsx.unreadable'
    ])
    expect(
      codes(
        read(
          handWritten(rows(1), { strings: '<!DOCTYPE sst [<!ENTITY a "b">]><si><t>&a;</t></si>' })
        )
      )
    ).toEqual(['xlsx.doctype'])
    expect(codes(read(handWritten(rows(1), { strings: '<si><t>open' })))).toEqual([
      'xlsx.unreadable'
    ])
  })

  it('a zip bomb, an encrypted file, a value past the last column allowed', () => {
    const bomb = writeZip([
      { name: 'xl/sharedStrings.xml', data: new Uint8Array(4 * 1024 * 1024), deflate: true }
    ])
    expect(codes(read(bomb))[0]).toMatch(/^zip\.|^xlsx\./)
    expect(codes(read(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)))).toEqual([
      'xlsx.encrypted'
    ])
    const wide = read(
      handWritten('<row r="1"><c r="A1"><v>1</v></c><c r="KZ1"><v>2</v></c></row>'),
      WORKBOOK_LIMITS,
      256
    )
    expect(wide.ok && wide.value[0]!.widest).toBe(312)
  })
})
