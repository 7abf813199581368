/**
 * Reads the questions sheet: each row's id, answer, N/A justification, comment and evidence,
 * checked against its question. A row with any problem is reported cell by cell and left out.
 * A row yields an answer only when a field the filler changed differs from the assessment now.
 */
import { issueText } from '../util/issue-codes'
import { firstByKey } from '../util/first-by-key'
import type ExcelJS from 'exceljs'
import { answerSchema, type Answer, type Assessment } from '../assessment/assessment'
import type { BankIndex } from '../bank/lookup'
import type { Question } from '../bank/question'
import { RowReader, shown, type SheetTable } from '../bank-xlsx/index'
import { readAnswerCell, type CellFormat } from './answer-cell'
import {
  answerContent,
  claimRowKey,
  normalizeText,
  normalizeValue,
  parseBaseline,
  ROW_FIELDS,
  takesField,
  type RowContent,
  type RowField
} from './content'
import { MAX_EVIDENCE_ITEMS, MAX_EVIDENCE_NAME, parseEvidenceCell } from './evidence-cell'
import { buildAnswer } from './build-answer'
import type { FormIssues } from './form-issues'

/** The schema's limits on an N/A justification and a comment. */
const MAX_JUSTIFICATION = 4000
const MAX_COMMENT = 20_000
const EDITABLE = ['answer', 'na_justification', 'comment', 'evidence'] as const

export interface AnswerChange {
  questionId: string
  row: number
  /** The fields taken from the form; the others are the assessment's as they stand. */
  fields: RowField[]
}

/** Whether a number cell is shown as a percentage (Excel stores a typed "85%" as 0.85). */
function cellFormat(sheet: ExcelJS.Worksheet, row: number, col: number): CellFormat {
  if (col === 0) return { percent: false }
  const format = sheet.getCell(row, col).numFmt ?? ''
  return { percent: /%/.test(format.replace(/"[^"]*"/g, '')) }
}

/** The row's content as typed, or undefined when a cell was reported. */
function readContent(
  reader: RowReader,
  question: Question,
  sheet: ExcelJS.Worksheet,
  current: Answer | undefined,
  issues: FormIssues
): RowContent | undefined {
  const ref = reader.ref('answer')
  const read = readAnswerCell(question, reader.raw('answer'), cellFormat(sheet, ref.row, ref.col))
  const justification = reader.text('na_justification')?.trim()
  let answer: RowContent['answer'] = { value: null }
  if (read.kind === 'error') reader.fail('answer', read.problem)
  else if (read.kind === 'na') {
    if (!question.allowNA) reader.fail('answer', issueText('form.naNotAllowed'))
    else if (justification === undefined)
      reader.fail('na_justification', issueText('form.naNeedsJustification'))
    else if (justification.length > MAX_JUSTIFICATION)
      reader.fail(
        'na_justification',
        issueText('form.tooLong', { length: justification.length, maximum: MAX_JUSTIFICATION })
      )
    else answer = { na: justification }
  } else {
    if (justification !== undefined)
      reader.fail('na_justification', issueText('form.justificationWithoutNA'))
    if (read.kind === 'value') answer = { value: normalizeValue(question, read.value) }
  }
  const comment = reader.text('comment')
  if (comment !== undefined && comment.length > MAX_COMMENT)
    reader.fail(
      'comment',
      issueText('form.tooLong', { length: comment.length, maximum: MAX_COMMENT })
    )
  const evidence = parseEvidenceCell(reader.text('evidence'), current?.evidence ?? [])
  const long = evidence.references.find((name) => name.length > MAX_EVIDENCE_NAME)
  if (evidence.unknownFiles.length > 0)
    reader.fail(
      'evidence',
      issueText('form.unknownFile', { name: shown(evidence.unknownFiles[0]) })
    )
  else if (long !== undefined)
    reader.fail(
      'evidence',
      issueText('form.evidenceNameTooLong', { length: long.length, maximum: MAX_EVIDENCE_NAME })
    )
  else if (evidence.references.length > MAX_EVIDENCE_ITEMS)
    reader.fail(
      'evidence',
      issueText('form.tooManyNames', {
        count: evidence.references.length,
        maximum: MAX_EVIDENCE_ITEMS
      })
    )
  if (issues.rowFailed(reader.sheet, ref.row)) return undefined
  return { answer, comment: normalizeText(comment), references: evidence.references }
}

export interface QuestionsRead {
  answers: Answer[]
  changes: AnswerChange[]
  rows: number
}

/** Reads every row of the questions sheet against the bank and the assessment as it stands. */
export function readQuestions(
  table: SheetTable,
  sheet: ExcelJS.Worksheet,
  index: BankIndex,
  assessment: Assessment,
  issues: FormIssues
): QuestionsRead {
  const current = firstByKey(assessment.answers, (answer) => answer.questionId)
  const seen = new Map<string, number>()
  const result: QuestionsRead = { answers: [], changes: [], rows: 0 }
  for (const row of table.rows) {
    const reader = new RowReader(table, row, issues)
    const id = reader.text('id')?.trim()
    if (id === undefined) {
      if (EDITABLE.some((column) => reader.has(column)))
        reader.fail('id', issueText('form.questionIdMissing'))
      continue
    }
    result.rows++
    const entry = index.questions.get(id)
    const baseline = parseBaseline(reader.text('baseline'), ROW_FIELDS.length)
    if (entry === undefined) {
      reader.fail('id', issueText('form.unknownQuestion', { id: shown(id) }))
      continue
    }
    const codes = { twice: 'form.questionTwice', otherRow: 'form.rowOfOtherQuestion' } as const
    if (!claimRowKey(reader, 'id', id, seen, baseline, codes)) continue
    const question = entry.question
    const answer = current.get(id)
    const form = readContent(reader, question, sheet, answer, issues)
    if (form === undefined) continue
    const now = answerContent(question, answer)
    const fields = ROW_FIELDS.filter((field, i) =>
      takesField(form[field], now[field], baseline?.fingerprints[i])
    )
    if (fields.length === 0) continue
    const built = buildAnswer(id, answer, form, fields)
    const checked = answerSchema.safeParse(built)
    if (!checked.success) {
      reader.fail(
        'answer',
        issueText('form.cannotStore', { detail: checked.error.issues[0]?.message ?? 'invalid' })
      )
      continue
    }
    result.answers.push(checked.data)
    result.changes.push({ questionId: id, row: row.row, fields })
  }
  return result
}
