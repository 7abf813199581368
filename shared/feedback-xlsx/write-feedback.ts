/** The remediation register → the auditee's feedback workbook (.xlsx bytes). */
import ExcelJS from 'exceljs'
import type { Assessment } from '../assessment/assessment'
import type { Locale } from '../bank/primitives'
import { toBytes } from '../bank-xlsx/index'
import { baselineText } from '../questionnaire-xlsx/content'
import { writeFormSheet, type FormRow } from '../questionnaire-xlsx/form-writer'
import { DropdownLists } from '../questionnaire-xlsx/lists'
import type { RegisterEntry } from '../remediation/register'
import { reportLabels } from '../report/labels'
import { FEEDBACK_RESPONSES } from '../assessment/finding-record'
import { feedbackContent, RESPONSE_LABELS, type FeedbackRowContent } from './content'
import { writeFeedbackInstructions } from './instructions'
import { feedbackMetadata } from './metadata'
import { feedbackMetadataSheet, feedbackSheet } from './sheets'

export interface FeedbackWriteOptions {
  /** The language of the facts and the dropdown; the instructions are always in both. */
  locale: Locale
  /** Recorded in the metadata sheet; omitted by default so the same input gives the same file. */
  exportedAt?: string
}

/** The hidden baseline of a row: the finding's id and the fingerprint of its feedback now. */
export const rowBaseline = (findingId: string, content: FeedbackRowContent): string =>
  baselineText(findingId, [content])

function findingRows(
  entries: readonly RegisterEntry[],
  locale: Locale,
  lists: DropdownLists
): FormRow[] {
  const labels = reportLabels(locale).findings
  const items = FEEDBACK_RESPONSES.map((response) => RESPONSE_LABELS[response][locale])
  const dropdown = lists.dropdown(
    items,
    locale === 'zh-CN' ? '被评估单位意见' : 'Your answer',
    items.join(' / ')
  )
  return entries.map((entry, k) => {
    const feedback = entry.record.feedback
    const content = feedbackContent(feedback)
    return {
      cells: {
        no: k + 1,
        finding_id: entry.findingId,
        pillar: entry.pillarId,
        section: entry.sectionId,
        finding: entry.description,
        basis: entry.basis.length === 0 ? undefined : entry.basis.join('\n'),
        risk: entry.risk === null ? undefined : labels.risk[entry.risk],
        recommendation: entry.recommendation || undefined,
        owner: entry.record.owner,
        due_date: entry.record.dueDate,
        status: labels.statuses[entry.record.status],
        response: feedback === undefined ? undefined : RESPONSE_LABELS[feedback.response][locale],
        explanation: content.explanation ?? undefined,
        plan: content.plan ?? undefined,
        planned_date:
          content.plannedDate === null ? undefined : new Date(`${content.plannedDate}T00:00:00Z`),
        answered_by: content.by ?? undefined,
        baseline: rowBaseline(entry.findingId, content)
      },
      validations: { response: dropdown },
      // A date typed or written into the cell stays a date (a number format alone would not).
      numFmt: { planned_date: 'yyyy-mm-dd' }
    }
  })
}

/**
 * Writes the feedback workbook (事实确认) for the assessed department: bilingual instructions; a
 * feedback sheet with one row per finding of the register, in its order (number, id, pillar and
 * section, 问题描述, 依据, 风险等级, 整改建议, 责任部门, 期限, status — read-only), then the yellow
 * cells to fill: 同意/部分同意/不同意 from a dropdown, 说明, 整改计划, 计划完成日期 and who answered,
 * holding the feedback already received; and a read-only metadata sheet naming the assessment.
 * Sheets are protected without a password; every text is an inert string cell; no cell holds a
 * formula. A hidden baseline per row lets {@link readFeedbackWorkbook} tell which rows changed.
 */
export async function writeFeedbackWorkbook(
  assessment: Assessment,
  entries: readonly RegisterEntry[],
  options: FeedbackWriteOptions
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Stability Assessor'
  const lists = new DropdownLists()
  await writeFeedbackInstructions(workbook, assessment)
  await writeFormSheet(workbook, feedbackSheet, findingRows(entries, options.locale, lists))
  await writeFormSheet(
    workbook,
    feedbackMetadataSheet,
    feedbackMetadata.rows(assessment, options.locale, options.exportedAt)
  )
  lists.write(workbook)
  const buffer: unknown = await workbook.xlsx.writeBuffer()
  return toBytes(buffer as ArrayBuffer | ArrayBufferView)
}
