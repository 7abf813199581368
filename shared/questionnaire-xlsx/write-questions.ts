/** Bank + assessment → the rows of the questions sheet: one per question, in bank order. */
import type { Answer, Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { indexBank, type QuestionEntry } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import { columnLetter } from '../xlsx/address'
import { answerCellValue, naCellText } from './answer-cell'
import { answerContent, baselineText } from './content'
import { howToAnswer, shownWhen } from './describe'
import { evidenceCellText } from './evidence-cell'
import type { FormRow } from './form-writer'
import { TYPE_LABELS, YES_NO } from './labels'
import type { DropdownLists } from './lists'
import { columnIndex, questionsSheet } from './sheets'
import { answerValidation } from './validations'

const other = (locale: Locale): Locale => (locale === 'zh-CN' ? 'en-US' : 'zh-CN')

/** The baseline of a question row: its id and the fingerprints of answer, comment, references. */
export function questionBaseline(entry: QuestionEntry, answer: Answer | undefined): string {
  const content = answerContent(entry.question, answer)
  return baselineText(entry.question.id, [content.answer, content.comment, content.references])
}

function questionRow(
  bank: Bank,
  entry: QuestionEntry,
  answer: Answer | undefined,
  rowNumber: number,
  locale: Locale,
  lists: DropdownLists
): FormRow {
  const { question, section, pillar } = entry
  const address = `${columnLetter(columnIndex(questionsSheet, 'answer'))}${rowNumber}`
  const na = answer?.na
  const value =
    na !== undefined ? naCellText(locale) : answerCellValue(question, answer?.value ?? null, locale)
  const editable = new Set(['na_justification', 'comment', 'evidence'])
  // An evidence question is answered in the evidence column; its answer cell only takes N/A.
  if (question.type !== 'evidence' || question.allowNA) editable.add('answer')
  const evidence = evidenceCellText(answer?.evidence ?? [], locale)
  return {
    cells: {
      pillar: pillar.id,
      section: section.id,
      id: question.id,
      question: question.text[locale],
      type: TYPE_LABELS[question.type][locale],
      answer: value,
      na_justification: na?.justification,
      comment:
        answer?.comment === undefined || answer.comment.trim() === '' ? undefined : answer.comment,
      evidence: evidence === '' ? undefined : evidence,
      how_to_answer: howToAnswer(bank, question, locale),
      na_allowed: YES_NO[question.allowNA ? 'yes' : 'no'][locale],
      shown_when: shownWhen(question.visibleWhen, locale),
      guidance: question.guidance?.[locale],
      section_title: section.title[locale],
      baseline: questionBaseline(entry, answer)
    },
    notes: {
      question: question.text[other(locale)],
      guidance: question.guidance?.[other(locale)]
    },
    editable,
    validations: { answer: answerValidation(question, address, locale, lists) },
    numFmt: question.type === 'date' ? { answer: 'yyyy-mm-dd' } : undefined
  }
}

/** One row per question of the bank, in bank order, pre-filled with the assessment's answers. */
export function questionRows(
  bank: Bank,
  assessment: Assessment,
  locale: Locale,
  lists: DropdownLists
): FormRow[] {
  const answers = new Map(assessment.answers.map((answer) => [answer.questionId, answer]))
  return indexBank(bank).orderedQuestions.map((entry, index) =>
    questionRow(bank, entry, answers.get(entry.question.id), index + 2, locale, lists)
  )
}
