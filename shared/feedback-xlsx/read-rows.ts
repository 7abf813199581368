/**
 * The feedback sheet's rows → the feedback that changed. A row is read only when the department
 * changed it (its content differs from the hidden baseline) and it differs from what the finding
 * holds now; a row with a problem is reported at its cell and left out.
 */
import type { FindingFeedback, FindingRecord } from '../assessment/finding-record'
import { FEEDBACK_RESPONSES } from '../assessment/finding-record'
import type { Locale } from '../bank/primitives'
import { rowReaders, shown, type RowReader, type SheetTable } from '../bank-xlsx/index'
import { MAX_TEXT_ANSWER, readDate } from '../questionnaire-xlsx/answer-cell'
import {
  claimRowKey,
  fingerprint,
  normalizeText,
  parseBaseline,
  samePart
} from '../questionnaire-xlsx/content'
import type { FormIssues } from '../questionnaire-xlsx/form-issues'
import { issueText, listParam } from '../util/issue-codes'
import {
  feedbackContent,
  isEmptyContent,
  readResponse,
  RESPONSE_LABELS,
  type FeedbackRowContent
} from './content'

/** The schema's limit on who answered. */
const MAX_BY = 200

/** One finding whose feedback the workbook changes, and the row it came from. */
export interface FeedbackChange {
  findingId: string
  row: number
  feedback: FindingFeedback
}

const choices = (locale: Locale) =>
  listParam(FEEDBACK_RESPONSES.map((response) => RESPONSE_LABELS[response][locale]))

function longText(reader: RowReader, column: string, maximum: number): string | null {
  const text = normalizeText(reader.text(column))
  if (text !== null && text.length > maximum) {
    reader.fail(column, issueText('form.tooLong', { length: text.length, maximum }))
    return null
  }
  return text
}

/** What a row says, every problem reported at its cell. */
function rowContent(reader: RowReader, locale: Locale): FeedbackRowContent {
  const word = reader.text('response')
  let response: FeedbackRowContent['response'] = null
  if (word !== undefined) {
    response = readResponse(word) ?? null
    if (response === null)
      reader.fail(
        'response',
        issueText('feedback.notResponse', { value: shown(word), choices: choices(locale) })
      )
  }
  const raw = reader.raw('planned_date')
  let plannedDate: string | null = null
  if (raw !== undefined) {
    const date = readDate(raw)
    if (date.kind === 'error') reader.fail('planned_date', date.problem)
    else if (date.kind === 'value') plannedDate = date.value as string
  }
  return {
    response,
    explanation: longText(reader, 'explanation', MAX_TEXT_ANSWER),
    plan: longText(reader, 'plan', MAX_TEXT_ANSWER),
    plannedDate,
    by: longText(reader, 'answered_by', MAX_BY)?.trim() ?? null
  }
}

/** The rules across a row's cells: an answer is chosen, and a dissent is explained. */
function checkRow(reader: RowReader, content: FeedbackRowContent, locale: Locale): void {
  if (content.response === null && reader.has('response')) return
  if (content.response === null)
    reader.fail('response', issueText('feedback.responseMissing', { choices: choices(locale) }))
  else if (content.response !== 'agree' && content.explanation === null)
    reader.fail(
      'explanation',
      issueText('feedback.explanationRequired', {
        response: RESPONSE_LABELS[content.response][locale]
      })
    )
}

const asFeedback = (content: FeedbackRowContent, at: string): FindingFeedback => ({
  response: content.response!,
  ...(content.explanation === null ? {} : { explanation: content.explanation }),
  ...(content.plan === null ? {} : { plan: content.plan }),
  ...(content.plannedDate === null ? {} : { plannedDate: content.plannedDate }),
  ...(content.by === null ? {} : { by: content.by }),
  receivedAt: at
})

/**
 * Reads every finding row against `known` (the register's findings) and `records` (the stored
 * ones, whose feedback is the assessment's now). `at`: when the feedback is taken in.
 */
export function readFeedbackRows(
  table: SheetTable,
  known: ReadonlySet<string>,
  records: ReadonlyMap<string, FindingRecord>,
  locale: Locale,
  at: string,
  issues: FormIssues
): { changes: FeedbackChange[]; rows: number } {
  const changes: FeedbackChange[] = []
  const firstRow = new Map<string, number>()
  const readers = rowReaders(table, issues)
  for (const reader of readers) {
    const row = reader.row.row
    const id = reader.text('finding_id')?.trim()
    const baseline = parseBaseline(reader.text('baseline'), 1)
    if (id === undefined || id === '') {
      reader.fail('finding_id', issueText('form.idMissing'))
      continue
    }
    if (!known.has(id)) {
      reader.fail('finding_id', issueText('feedback.unknownFinding', { id: shown(id) }))
      continue
    }
    const codes = {
      twice: 'feedback.findingTwice',
      otherRow: 'feedback.rowOfOtherFinding'
    } as const
    if (!claimRowKey(reader, 'finding_id', id, firstRow, baseline, codes)) continue
    const content = rowContent(reader, locale)
    if (issues.rowFailed(table.spec.name, row)) continue
    if (baseline !== undefined && fingerprint(content) === baseline.fingerprints[0]) continue
    // Clearing a row withdraws nothing: feedback once received is changed in the app, not here.
    if (isEmptyContent(content)) continue
    checkRow(reader, content, locale)
    if (issues.rowFailed(table.spec.name, row)) continue
    if (samePart(content, feedbackContent(records.get(id)?.feedback))) continue
    changes.push({ findingId: id, row, feedback: asFeedback(content, at) })
  }
  return { changes, rows: readers.length }
}
