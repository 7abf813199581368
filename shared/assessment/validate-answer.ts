import type { Question } from '../bank/question'
import { issueText, type IssueText } from '../util/issue-codes'
import type { ValidationIssue } from '../util/validation'
import { fieldIssue } from '../util/validation'
import type { Answer, EvidenceRef } from './assessment'

/** A calendar date that exists (2025-02-30 does not). */
function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (match === null) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

function describe(value: unknown): string {
  const text = JSON.stringify(value)
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text
}

/**
 * Why a value does not fit the question, in the file reader's terms (code, parameters, English
 * naming what was found), or null when it fits. Null values always fit (unanswered). The scorer
 * applies the same rules without the details (scoring/answer-value.ts).
 */
export function answerValueIssue(question: Question, value: Answer['value']): IssueText | null {
  if (value === null) return null
  const q = question.id
  // What was found, for the message: only worked out for a value that does not fit.
  const found = (): string => describe(value)
  switch (question.type) {
    case 'maturity':
      return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 4
        ? null
        : issueText('answer.maturity', { question: q, found: found() })
    case 'yesPartialNo':
      return value === 'yes' || value === 'partial' || value === 'no'
        ? null
        : issueText('answer.yesPartialNo', { question: q, found: found() })
    case 'singleChoice': {
      if (typeof value !== 'string')
        return issueText('answer.oneOption', { question: q, found: found() })
      const ids = question.options.map((o) => o.id)
      return ids.includes(value)
        ? null
        : issueText('answer.notOption', { question: q, value, options: ids.join(', ') })
    }
    case 'multiChoice': {
      if (!Array.isArray(value))
        return issueText('answer.optionList', { question: q, found: found() })
      const ids = question.options.map((o) => o.id)
      const unknown = value.filter((id) => !ids.includes(id))
      if (unknown.length > 0)
        return issueText('answer.notOptions', {
          question: q,
          values: unknown.map((id) => `"${id}"`).join(', '),
          options: ids.join(', ')
        })
      if (new Set(value).size !== value.length)
        return issueText('answer.chosenTwice', { question: q })
      const exclusive = question.options.filter((o) => o.exclusive === true && value.includes(o.id))
      if (exclusive.length > 0 && value.length > 1)
        return issueText('answer.exclusive', { question: q, option: exclusive[0]!.id })
      return null
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return issueText('answer.number', { question: q, found: found() })
      if (question.integer && !Number.isInteger(value))
        return issueText('answer.wholeNumber', { question: q, value })
      if (question.min !== undefined && value < question.min)
        return issueText('answer.belowMin', { question: q, value, min: question.min })
      if (question.max !== undefined && value > question.max)
        return issueText('answer.aboveMax', { question: q, value, max: question.max })
      return null
    }
    case 'percentage':
      if (typeof value !== 'number' || !Number.isFinite(value))
        return issueText('answer.percentage', { question: q, found: found() })
      return value >= 0 && value <= 100
        ? null
        : issueText('answer.percentRange', { question: q, value })
    case 'date':
      return typeof value === 'string' && isRealDate(value)
        ? null
        : issueText('answer.date', { question: q, found: found() })
    case 'text':
      return typeof value === 'string'
        ? null
        : issueText('answer.text', { question: q, found: found() })
    case 'evidence':
      return issueText('answer.evidence', { question: q, found: found() })
  }
}

/** Evidence listed twice under one answer or factor entry (`owner` names it). */
export function duplicateEvidenceIssues(
  evidence: readonly EvidenceRef[],
  path: string,
  owner: string
): ValidationIssue[] {
  const seen = new Set<string>()
  const issues: ValidationIssue[] = []
  evidence.forEach((ref, index) => {
    if (seen.has(ref.id))
      issues.push(
        fieldIssue(
          `${path}.evidence[${index}].id`,
          issueText('assessment.evidenceIdTwice', { owner, id: ref.id })
        )
      )
    seen.add(ref.id)
  })
  return issues
}

/** Checks one answer against its question: N/A allowed and justified, the value fits. */
export function checkAnswer(answer: Answer, index: number, question: Question): ValidationIssue[] {
  const path = `assessment.answers[${index}]`
  const id = question.id
  const issues: ValidationIssue[] = []
  if (answer.na !== undefined) {
    if (!question.allowNA)
      issues.push(fieldIssue(`${path}.na`, issueText('assessment.naNotAllowed', { question: id })))
    if (answer.na.justification.trim() === '')
      issues.push(
        fieldIssue(
          `${path}.na.justification`,
          issueText('assessment.naNeedsJustification', { question: id })
        )
      )
    if (answer.value !== null)
      issues.push(
        fieldIssue(
          `${path}.value`,
          issueText('assessment.naHasValue', { question: id, found: describe(answer.value) })
        )
      )
  } else {
    const problem = answerValueIssue(question, answer.value)
    if (problem !== null) issues.push(fieldIssue(`${path}.value`, problem))
  }
  issues.push(...duplicateEvidenceIssues(answer.evidence ?? [], path, id))
  return issues
}
