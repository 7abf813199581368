import type { Answer, AnswerValue, EvidenceRef } from '../assessment/assessment'
import type { BankIndex } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import type { LevelDefinition } from '../bank/profile'
import type { Question } from '../bank/question'
import { levelCode } from '../scoring/levels'
import type { QuestionFlag, QuestionResult } from '../scoring/types'
import { fill, type ReportLabels } from './labels'
import type { CellData, CommentAndEvidence, DetailRow } from './model'
import { dateTimeCell } from './time'
import { firstByKey } from '../util/first-by-key'

/** An evidence item's date (证据日期) and caption, as written after its name; '' when it has neither. */
export function evidenceDetailsText(ref: EvidenceRef, labels: ReportLabels): string {
  const words = labels.evidenceDetails
  const parts = [
    ref.effectiveDate === undefined ? '' : fill(words.date, { date: ref.effectiveDate }),
    ref.caption ?? ''
  ].filter((part) => part !== '')
  return parts.length === 0 ? '' : fill(words.wrap, { text: parts.join(words.separator) })
}

/**
 * Evidence as two aligned, line-separated lists: names (with where a reference lives, and the
 * evidence's date and caption) and hashes.
 */
export function evidenceLists(
  evidence: readonly EvidenceRef[] | undefined,
  labels: ReportLabels
): { names: string; hashes: string } {
  const names: string[] = []
  const hashes: string[] = []
  for (const ref of evidence ?? []) {
    const details = evidenceDetailsText(ref, labels)
    if (ref.kind === 'file') {
      names.push(ref.name + details)
      hashes.push(ref.sha256)
      continue
    }
    const where = [ref.location, ref.page, ref.interviewee].filter(
      (part): part is string => part !== undefined && part.trim() !== ''
    )
    const place =
      where.length > 0 ? fill(labels.parenthesized, { text: where.join(labels.listSeparator) }) : ''
    names.push(ref.name + place + details)
    hashes.push(labels.dash)
  }
  return { names: names.join('\n'), hashes: hashes.join('\n') }
}

/** The comment an answer or factor entry carries and its evidence's names and digests. */
export function commentAndEvidence(
  record: { comment?: string; evidence?: readonly EvidenceRef[] } | undefined,
  labels: ReportLabels
): CommentAndEvidence {
  const evidence = evidenceLists(record?.evidence, labels)
  return {
    comment: record?.comment ?? '',
    evidenceNames: evidence.names,
    evidenceHashes: evidence.hashes
  }
}

function optionLabel(question: Question, id: string, locale: Locale): string {
  if (question.type !== 'singleChoice' && question.type !== 'multiChoice') return id
  return question.options.find((option) => option.id === id)?.label[locale] ?? id
}

/** The answer as a cell: labels for choices and levels, numbers and dates as typed cells. */
function answerCell(
  question: Question,
  answer: Answer | undefined,
  result: QuestionResult,
  levels: readonly LevelDefinition[],
  labels: ReportLabels,
  locale: Locale
): { cell: CellData; format: string | null } {
  const text = (cell: string): { cell: CellData; format: null } => ({ cell, format: null })
  if (answer === undefined) return text('')
  if (result.na) return text(labels.details.answers.na)
  if (question.type === 'evidence') {
    const n = answer.evidence?.length ?? 0
    return text(n > 0 ? fill(labels.details.answers.evidence, { n }) : '')
  }
  const value: AnswerValue = answer.value
  if (value === null) return text('')
  // An invalid value is shown as stored (the notes say it did not count).
  if (result.flags.includes('invalidValue')) return text(JSON.stringify(value))
  switch (question.type) {
    case 'maturity': {
      const level = value as number
      const def = levels.find((l) => l.level === level)
      return text(`${levelCode(levels, level)} ${def?.label[locale] ?? ''}`.trim())
    }
    case 'yesPartialNo':
      return text(labels.details.answers[value as 'yes' | 'partial' | 'no'] ?? String(value))
    case 'singleChoice':
      return text(optionLabel(question, String(value), locale))
    case 'multiChoice':
      return text(
        (Array.isArray(value) ? value : [String(value)])
          .map((id) => optionLabel(question, id, locale))
          .join(labels.listSeparator)
      )
    case 'number':
      return { cell: value as number, format: null }
    case 'percentage':
      // Entered as 0..100: shown with a % sign without changing the number itself.
      return { cell: value as number, format: 'General"%"' }
    case 'date':
      return { cell: { date: String(value) }, format: null }
    case 'text':
      return text(String(value))
  }
}

/** The answer as one line of text, as the Details sheet shows it ('' when there is none). */
export function answerText(...args: Parameters<typeof answerCell>): string {
  const { cell, format } = answerCell(...args)
  if (cell === null) return ''
  if (typeof cell === 'string') return cell
  if (typeof cell === 'number') return format === null ? String(cell) : `${cell}%`
  return 'date' in cell ? cell.date : cell.dateTime
}

function statusOf(result: QuestionResult, labels: ReportLabels): string {
  const s = labels.details.states
  if (!result.visible) return s.hidden
  if (result.na) return s.na
  if (result.answered)
    return result.scored
      ? s.answered
      : s.answered + fill(labels.parenthesized, { text: s.notScored })
  return result.scored || result.required ? s.unanswered : s.notScored
}

const FLAG_ORDER: ReadonlyArray<Exclude<QuestionFlag, 'unevidenced'>> = [
  'unanswered',
  'invalidValue',
  'invalidNA',
  'redLine',
  'afterPeriodEnd'
]

function notesOf(result: QuestionResult, labels: ReportLabels, locale: Locale): string {
  if (!result.visible) return ''
  const notes: string[] = []
  for (const flag of FLAG_ORDER) {
    if (!result.flags.includes(flag)) continue
    // Optional unscored questions are "unanswered" only for completion; they count nothing.
    if (flag === 'unanswered' && !result.scored) continue
    notes.push(labels.details.flags[flag])
  }
  if (result.unevidenced !== null) notes.push(result.unevidenced.text[locale])
  return notes.join('\n')
}

/**
 * One Details row per question of the bank, in bank order (hidden questions included, marked as
 * such): the answer as its label, the item and counted scores, the flags the section formulas
 * read (counts, N/A, red line), notes, N/A justification, comment, evidence and who answered.
 */
export function buildDetailRows(input: {
  index: BankIndex
  questions: readonly QuestionResult[]
  answers: readonly Answer[]
  levels: readonly LevelDefinition[]
  labels: ReportLabels
  locale: Locale
}): DetailRow[] {
  const { index, labels, locale } = input
  const answerOf = firstByKey(input.answers, (answer) => answer.questionId)
  const resultOf = new Map(input.questions.map((q) => [q.id, q]))
  const rows: DetailRow[] = []
  for (const entry of index.orderedQuestions) {
    const question = entry.question
    const result = resultOf.get(question.id)
    if (result === undefined) continue
    const answer = answerOf.get(question.id)
    const { cell, format } = answerCell(question, answer, result, input.levels, labels, locale)
    const counted = result.visible && result.scored && result.applicable
    rows.push({
      id: question.id,
      pillarId: entry.pillar.id,
      sectionId: entry.section.id,
      text: question.text[locale],
      typeLabel: labels.details.types[question.type],
      weight: question.weight,
      critical: question.critical,
      answer: cell,
      answerFormat: format,
      status: statusOf(result, labels),
      itemScore: result.visible ? result.itemScore : null,
      countedScore: counted ? result.effectiveScore : null,
      counted,
      na: result.visible && result.scored && result.na,
      redLine: result.visible && result.flags.includes('redLine'),
      notes: notesOf(result, labels, locale),
      naJustification: answer?.na?.justification ?? '',
      ...commentAndEvidence(answer, labels),
      answeredBy: answer?.answeredBy ?? '',
      answeredAt: dateTimeCell(answer?.answeredAt)
    })
  }
  return rows
}
