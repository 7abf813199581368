import { describe, expect, it } from 'vitest'
import { lintMessages as messages } from './lint-probe'

/*
 * The file doors (scripts/eslint-rules/file-doors.mjs) through the project's real eslint.config.js:
 * a second zip reader or writer, or a workbook loaded without the gate, fails lint in product code.
 * The offenders below are the ones the code once had (shared/package/zip-format.ts, zip-write.ts,
 * shared/bank-xlsx/workbook-to-bank.ts, electron/cli/banks.ts), written as they were.
 */

const ZIP_RULE = 'doors/zip-only-in-shared-zip'
const WORKBOOK_RULE = 'doors/workbook-only-through-loader'

/** [where it was, code]: each a second zip implementation. */
const SECOND_ZIPS: Array<[string, string]> = [
  ['shared/package/zip-format.ts', 'export const LOCAL_HEADER_SIGNATURE = 0x04034b50\n'],
  ['shared/backup/zip-assemble.ts', 'export const END = 0x06054b50\nexport const CD = 33639248\n'],
  [
    'shared/package/zip-read.ts',
    "import { unzipSync } from 'fflate'\nexport const read = (b: Uint8Array) => unzipSync(b)\n"
  ],
  [
    'shared/package/zip-write.ts',
    "import { zipSync as pack } from 'fflate'\nexport const write = () => pack({})\n"
  ],
  [
    'shared/package/zip-inflate.ts',
    "import { inflateSync } from 'fflate'\nexport const inflate = (b: Uint8Array) => inflateSync(b)\n"
  ],
  ['renderer/src/features/banks/sniff.ts', "import * as fflate from 'fflate'\nvoid fflate\n"],
  ['renderer/src/features/banks/sniff.ts', "export const load = () => import('fflate')\n"],
  [
    'renderer/src/features/banks/sniff.ts',
    'export const isZip = (b: Uint8Array) => [0x50, 0x4b, 0x03, 0x04].every((v, i) => b[i] === v)\n'
  ],
  ['electron/cli/sniff.ts', "export const isZip = (t: string) => t.startsWith('PK\\x03\\x04')\n"],
  [
    'electron/cli/unzip.ts',
    "import { inflateRawSync } from 'node:zlib'\nexport const inflate = inflateRawSync\n"
  ],
  ['electron/main/unzip.ts', "import JSZip from 'jszip'\nvoid JSZip\n"]
]

/** [where it was, code]: each an exceljs workbook from bytes without the gate. */
const UNGATED_WORKBOOKS: Array<[string, string]> = [
  [
    'shared/bank-xlsx/workbook-to-bank.ts',
    `import ExcelJS from 'exceljs'
export async function read(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}
`
  ],
  [
    'electron/cli/banks.ts',
    `import ExcelJS from 'exceljs'
export const read = (path: string) => new ExcelJS.Workbook().xlsx.readFile(path)
`
  ],
  [
    'renderer/src/features/banks/read.ts',
    `import ExcelJS from 'exceljs'
export const read = (s: NodeJS.ReadableStream) => new ExcelJS.Workbook().xlsx.read(s)
`
  ],
  [
    'electron/cli/stream.ts',
    `import ExcelJS from 'exceljs'
export const read = (path: string) => new ExcelJS.stream.xlsx.WorkbookReader(path, {})
`
  ],
  [
    'shared/questionnaire-xlsx/read-workbook.ts',
    `import type ExcelJS from 'exceljs'
export const read = (w: ExcelJS.Workbook, text: string) => w.csv.load(text)
`
  ]
]

describe('one door for zips: shared/zip', () => {
  it.each(SECOND_ZIPS)('fails lint on a second implementation: %s', async (path, code) => {
    const found = await messages(path, code, ZIP_RULE)
    expect(found.length, code).toBeGreaterThan(0)
    for (const message of found) expect(message).toMatch(/only shared\/zip reads or writes zip/)
  })

  it('allows shared/zip itself, zlib for PNG, and tests reading our output with fflate', async () => {
    expect(
      await messages('shared/zip/format.ts', SECOND_ZIPS[0]![1], ZIP_RULE),
      'shared/zip'
    ).toEqual([])
    expect(
      await messages(
        'shared/report-doc/png.ts',
        "import { zlibSync, strToU8 } from 'fflate'\nexport const z = zlibSync(strToU8('x'))\n",
        ZIP_RULE
      )
    ).toEqual([])
    for (const path of ['shared/package/round-trip.test.ts', 'shared/package/test-support.ts'])
      expect(await messages(path, SECOND_ZIPS[2]![1], ZIP_RULE), path).toEqual([])
  })
})

describe('one door for workbooks: shared/xlsx/load.ts', () => {
  it.each(UNGATED_WORKBOOKS)(
    'fails lint on a workbook loaded without the gate: %s',
    async (path, code) => {
      expect(await messages(path, code, WORKBOOK_RULE)).toEqual([
        expect.stringMatching(/only shared\/xlsx\/load\.ts turns bytes into an exceljs workbook/)
      ])
    }
  )

  it('allows the loader, writing workbooks, and tests reading our output', async () => {
    expect(await messages('shared/xlsx/load.ts', UNGATED_WORKBOOKS[0]![1], WORKBOOK_RULE)).toEqual(
      []
    )
    const write = `import ExcelJS from 'exceljs'
export const write = () => new ExcelJS.Workbook().xlsx.writeBuffer()
`
    expect(await messages('shared/report/workbook.ts', write, WORKBOOK_RULE)).toEqual([])
    expect(
      await messages('shared/report/report.test.ts', UNGATED_WORKBOOKS[0]![1], WORKBOOK_RULE)
    ).toEqual([])
  })
})
