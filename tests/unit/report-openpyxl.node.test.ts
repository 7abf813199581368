/**
 * An independent reader: Debian's python3-openpyxl must open the report and the consolidated
 * workbook without error (chart, conditional formatting, merged cells, print titles and all), see
 * our sheets, frozen panes and formulas, and read hostile text as plain strings. Skips, saying
 * why, where python3 or openpyxl is missing.
 */
import { describe, expect } from 'vitest'
import {
  buildConsolidatedModel,
  buildReportModel,
  reportLabels,
  writeConsolidatedWorkbook,
  writeReportWorkbook
} from '../../shared/report'
import { SHEET_ORDER } from '../../shared/report/write-workbook'
import { generateSampleAssessment } from '../../shared/sample'
import { itWithOpenpyxl, readWithOpenpyxl } from './openpyxl'
import { defaultBank } from '../../shared/testing/default-bank'
import { randomAssessment } from './report-fixtures'

/** Per sheet: frozen panes, formula and hyperlink counts, string values, charts, print titles. */
const SHEET = `{
    "freeze": ws.freeze_panes,
    "formulas": sum(1 for c in cells if c.data_type == "f"),
    "hyperlinks": sum(1 for c in cells if c.hyperlink is not None),
    "strings": [c.value for c in cells if c.data_type == "s" and isinstance(c.value, str)],
    "charts": len(ws._charts),
    "printTitles": ws.print_title_rows,
}`

interface SheetReport {
  freeze: string | null
  formulas: number
  hyperlinks: number
  strings: string[]
  charts: number
  printTitles: string | null
}

const GENERATED_AT = '2025-07-20T10:00:00+08:00'

describe('the report opens in openpyxl', () => {
  itWithOpenpyxl(
    'single and consolidated workbooks open without error',
    async () => {
      const bank = defaultBank()
      const sample = generateSampleAssessment(bank, { seed: 1 })
      sample.metadata.institution = '=HYPERLINK("http://x","y")'
      const random = randomAssessment(bank, 7)
      const report = (assessment: typeof sample, locale: 'zh-CN' | 'en-US'): Promise<Uint8Array> =>
        writeReportWorkbook(
          buildReportModel({ bank, assessment, locale, generatedAt: GENERATED_AT })
        )
      const files = {
        'sample-zh.xlsx': await report(sample, 'zh-CN'),
        'random-en.xlsx': await report(random, 'en-US'),
        'consolidated.xlsx': await writeConsolidatedWorkbook(
          await buildConsolidatedModel({
            items: [sample, random].map((assessment) => ({ bank, assessment })),
            generatedAt: GENERATED_AT
          })
        )
      }
      const result = readWithOpenpyxl<SheetReport>(SHEET, files)
      const zh = reportLabels('zh-CN')
      const en = reportLabels('en-US')
      // The order itself is pinned, as literal names, in shared/report/workbook.test.ts.
      const single = (labels: typeof zh): string[] => SHEET_ORDER.map((k) => labels.sheets[k])
      expect(result['sample-zh.xlsx']?.sheetnames).toEqual(single(zh))
      expect(result['random-en.xlsx']?.sheetnames).toEqual(single(en))
      expect(result['consolidated.xlsx']?.sheetnames).toEqual(
        (['cover', 'assessments', 'trend', 'redLines'] as const).map((k) => zh.sheets[k])
      )
      const book = result['sample-zh.xlsx']!
      expect(book.sheets[zh.sheets.summary]?.freeze).toBe('C4')
      expect(book.sheets[zh.sheets.details]?.freeze).toBe('B2')
      expect(book.sheets[zh.sheets.details]?.printTitles).toBe('$1:$1')
      expect(book.sheets[zh.sheets.summary]?.formulas).toBeGreaterThan(100)
      expect(book.sheets[zh.sheets.factors]?.formulas).toBeGreaterThan(50)
      for (const name of Object.keys(files))
        for (const sheet of Object.values(result[name]?.sheets ?? {}))
          expect(sheet.hyperlinks, name).toBe(0)
      // The hostile institution is a string, not a formula (with the guard's apostrophe).
      expect(book.sheets[zh.sheets.cover]?.strings).toContain(`'=HYPERLINK("http://x","y")`)
    },
    60_000
  )
})
