/**
 * Test helpers for the report: a report written and read back with exceljs,
 * and small readers over its cells. Used by the shared/report tests only.
 */
import ExcelJS from 'exceljs'
import type { Assessment, AuditEntry } from '../assessment/assessment'
import { assessmentContentHash } from '../assessment/canonical'
import { generateSampleAssessment } from '../sample'
import type { Bank } from '../bank/bank'
import type { Locale } from '../bank/primitives'
import { buildReportModel } from './build-model'
import type { ReportModel } from './model'
import { writeReportWorkbook } from './write-workbook'

export const GENERATED_AT = '2025-07-20T10:00:00+08:00'

/** Reads .xlsx bytes back with exceljs. */
export async function openWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook
}

/** The report of `assessment` as a model, its bytes, and the bytes read back. */
export async function writeAndRead(
  bank: Bank,
  assessment: Assessment,
  locale: Locale = 'zh-CN'
): Promise<{ model: ReportModel; bytes: Uint8Array; workbook: ExcelJS.Workbook }> {
  const model = buildReportModel({ bank, assessment, locale, generatedAt: GENERATED_AT })
  const bytes = await writeReportWorkbook(model)
  return { model, bytes, workbook: await openWorkbook(bytes) }
}

/** A sheet by name, or a thrown error naming it. */
export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name)
  if (found === undefined) throw new Error(`no sheet ${name}`)
  return found
}

/** Row numbers by the text in column A (first occurrence wins). */
export function rowsById(worksheet: ExcelJS.Worksheet, from = 1): Map<string, number> {
  const rows = new Map<string, number>()
  worksheet.eachRow((row, n) => {
    const id = row.getCell(1).value
    if (n >= from && typeof id === 'string' && !rows.has(id)) rows.set(id, n)
  })
  return rows
}

/** A cell's figure: the stored result of a formula, or the plain value. */
export function figure(cell: ExcelJS.Cell): unknown {
  const value = cell.value
  if (value !== null && typeof value === 'object' && 'formula' in value) return value.result
  return value
}

/** The formula of a cell, or undefined when it holds a plain value. */
export function formulaOf(cell: ExcelJS.Cell): string | undefined {
  const value = cell.value
  if (value !== null && typeof value === 'object' && 'formula' in value) return value.formula
  return undefined
}

/** Every cell of every sheet, with its sheet. */
export function everyCell(
  workbook: ExcelJS.Workbook
): Array<{ sheet: ExcelJS.Worksheet; cell: ExcelJS.Cell }> {
  const cells: Array<{ sheet: ExcelJS.Worksheet; cell: ExcelJS.Cell }> = []
  for (const ws of workbook.worksheets)
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => cells.push({ sheet: ws, cell }))
    )
  return cells
}

/** An audit entry of a review step, as the review repository writes it (docs/review.md). */
function reviewEntry(
  n: number,
  action: 'review.sign' | 'review.sendBack',
  by: string,
  at: string,
  level: number,
  rest: Partial<AuditEntry>
): AuditEntry {
  return { id: `review-step-${n}`, at, by, action, target: `review:${level}`, ...rest }
}

/**
 * The sample, reviewed through two levels (复核 → 审定): level 1 signed, sent back by level 2's
 * reviewer with a reason, signed again, then level 2 signed and finalized — each step in the log.
 */
export function reviewedAssessment(bank: Bank, seed = 1): Assessment {
  const sample = generateSampleAssessment(bank, { seed })
  const hash = assessmentContentHash(sample)
  const first = { level: 1, by: '李明', at: '2025-07-18T09:00:00+08:00', contentHash: hash }
  const again = {
    ...first,
    at: '2025-07-19T10:15:00+08:00',
    comment: '已补充 C3 证据'
  }
  const last = {
    level: 2,
    by: '王芳',
    at: '2025-07-19T17:30:00+08:00',
    comment: '同意定稿',
    contentHash: hash
  }
  return {
    ...sample,
    status: 'finalized',
    review: { levels: [{ name: '复核' }, { name: '审定' }], signatures: [again, last] },
    finalization: { by: last.by, at: last.at, contentHash: hash },
    auditLog: [
      ...sample.auditLog,
      reviewEntry(1, 'review.sign', first.by, first.at, 1, {
        newValue: { ...first, name: '复核' }
      }),
      reviewEntry(2, 'review.sendBack', '王芳', '2025-07-18T15:00:00+08:00', 1, {
        oldValue: [first],
        newValue: 'draft',
        reason: 'C3 缺少监控覆盖证据'
      }),
      reviewEntry(3, 'review.sign', again.by, again.at, 1, {
        newValue: { ...again, name: '复核' }
      }),
      reviewEntry(4, 'review.sign', last.by, last.at, 2, { newValue: { ...last, name: '审定' } })
    ]
  }
}
