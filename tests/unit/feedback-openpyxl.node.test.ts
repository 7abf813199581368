/**
 * The feedback workbook filled by a different writer: openpyxl (Debian's python3-openpyxl) opens
 * the exported file, types the department's answers — a real date, Chinese and English words, a
 * text that looks like a formula — and saves it, and the app reads exactly those answers back.
 * Skips, saying why, where python3 or openpyxl is missing.
 */
import { describe, expect } from 'vitest'
import { readFeedbackWorkbook, writeFeedbackWorkbook } from '../../shared/feedback-xlsx'
import { contextOf, IMPORTED_AT, sampleRegister } from '../../shared/feedback-xlsx/test-support'
import { fillWithOpenpyxl, itWithOpenpyxl } from './openpyxl'

describe('the feedback workbook filled by openpyxl', () => {
  itWithOpenpyxl(
    'reads back what openpyxl typed, and refuses the formula it typed',
    async () => {
      const { assessment, entries } = sampleRegister()
      const bytes = await writeFeedbackWorkbook(assessment, entries, { locale: 'en-US' })
      const [a, b, c] = entries.map((entry) => entry.findingId)
      const filled = fillWithOpenpyxl(
        bytes,
        `
ws = wb["feedback"]
head = {c.value: c.column for c in ws[1]}
rows = {ws.cell(r, head["finding_id"]).value: r for r in range(2, ws.max_row + 1)}
def put(fid, col, value):
    ws.cell(rows[fid], head[col]).value = value
put("${a}", "response", "Agree")
put("${a}", "plan", "Extend monitoring to the trading network by Q1")
put("${a}", "planned_date", datetime.datetime(2027, 3, 31))
put("${a}", "answered_by", "IT Operations")
put("${b}", "response", "部分同意")
put("${b}", "explanation", "流程已建立\\n但未演练")
c = ws.cell(rows["${c}"], head["response"])
c.value = '=IF(1,"同意","")'
`
      )
      const read = await readFeedbackWorkbook(filled, contextOf(assessment, entries))
      if (!read.ok) throw new Error(JSON.stringify(read.issues))
      expect(read.value.changes).toEqual([
        {
          findingId: a,
          row: 2,
          feedback: {
            response: 'agree',
            plan: 'Extend monitoring to the trading network by Q1',
            plannedDate: '2027-03-31',
            by: 'IT Operations',
            receivedAt: IMPORTED_AT
          }
        },
        {
          findingId: b,
          row: 3,
          feedback: {
            response: 'partial',
            explanation: '流程已建立\n但未演练',
            receivedAt: IMPORTED_AT
          }
        }
      ])
      expect(read.value.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ['form.formula', 'feedback!L4 (response)']
      ])
    },
    60_000
  )
})
