import type { Bank } from '../bank/bank'
import { issueText, type IssueText } from '../util/issue-codes'
import type { EvaluationFactor } from '../bank/factor'
import type { Question } from '../bank/question'
import { bankContentHash } from '../bank'
import type { ValidationIssue } from '../util/validation'
import { fieldIssue } from '../util/validation'
import type { Answer, Assessment, EvidenceRef, FactorEntry, FactorValues } from './assessment'

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

function duplicateEvidenceIssues(
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

function checkBankRef(assessment: Assessment, bank: Bank): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const ref = assessment.bank
  if (ref.id !== bank.id)
    issues.push(
      fieldIssue(
        'assessment.bank.id',
        issueText('assessment.otherBank', { expected: ref.id, found: bank.id })
      )
    )
  else if (ref.version !== bank.version)
    issues.push(
      fieldIssue(
        'assessment.bank.version',
        issueText('assessment.otherBankVersion', {
          expected: ref.version,
          id: ref.id,
          found: bank.version
        })
      )
    )
  else {
    const hash = bankContentHash(bank)
    if (ref.contentHash !== hash)
      issues.push(
        fieldIssue(
          'assessment.bank.contentHash',
          issueText('assessment.otherBankContent', {
            id: ref.id,
            version: ref.version,
            expected: ref.contentHash.slice(0, 12),
            found: hash.slice(0, 12)
          })
        )
      )
  }
  return issues
}

function checkAnswer(answer: Answer, index: number, question: Question): ValidationIssue[] {
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

/** Checks one set of entered inputs (the firm's, or one system's); `owner` names it in messages. */
function checkFactorValues(
  values: FactorValues,
  path: string,
  factor: EvaluationFactor,
  owner: string
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const inputs = new Map(factor.inputs.map((input) => [input.id, input]))
  for (const [inputId, value] of Object.entries(values)) {
    const input = inputs.get(inputId)
    const at = `${path}.${inputId}`
    if (input === undefined) {
      issues.push(
        fieldIssue(
          at,
          issueText('assessment.unknownInput', {
            factor: owner,
            input: inputId,
            inputs: [...inputs.keys()].join(', ')
          })
        )
      )
      continue
    }
    if (value === null) continue
    if (!Number.isFinite(value))
      issues.push(
        fieldIssue(at, issueText('assessment.notFinite', { factor: owner, input: inputId }))
      )
    else if (value < input.min)
      issues.push(
        fieldIssue(
          at,
          issueText(input.min === 0 ? 'assessment.negative' : 'assessment.belowMin', {
            factor: owner,
            input: inputId,
            value,
            min: input.min
          })
        )
      )
    else if (input.max !== undefined && value > input.max)
      issues.push(
        fieldIssue(
          at,
          issueText('assessment.aboveMax', {
            factor: owner,
            input: inputId,
            value,
            max: input.max
          })
        )
      )
    else if (input.integer && !Number.isInteger(value))
      issues.push(
        fieldIssue(at, issueText('assessment.notWhole', { factor: owner, input: inputId, value }))
      )
  }
  for (const constraint of factor.constraints) {
    const left = values[constraint.left]
    const right = values[constraint.right]
    if (typeof left !== 'number' || typeof right !== 'number') continue
    const holds = {
      lte: left <= right,
      lt: left < right,
      gte: left >= right,
      gt: left > right
    }[constraint.op]
    if (!holds) {
      const symbol = { lte: '≤', lt: '<', gte: '≥', gt: '>' }[constraint.op]
      issues.push(
        fieldIssue(
          `${path}.${constraint.left}`,
          issueText('assessment.constraint', {
            factor: owner,
            left: constraint.left,
            leftValue: left,
            op: symbol,
            right: constraint.right,
            rightValue: right
          })
        )
      )
    }
  }
  return issues
}

function checkFactorEntry(
  entry: FactorEntry,
  index: number,
  factor: EvaluationFactor,
  systemIds: readonly string[]
): ValidationIssue[] {
  const path = `assessment.factors[${index}]`
  const issues: ValidationIssue[] = []
  if (factor.perSystem === undefined) {
    if (entry.bySystem !== undefined)
      issues.push(
        fieldIssue(`${path}.bySystem`, issueText('assessment.notPerSystem', { factor: factor.id }))
      )
    issues.push(...checkFactorValues(entry.values, `${path}.values`, factor, factor.id))
  } else {
    if (Object.keys(entry.values).length > 0)
      issues.push(
        fieldIssue(`${path}.values`, issueText('assessment.perSystemValues', { factor: factor.id }))
      )
    for (const [systemId, values] of Object.entries(entry.bySystem ?? {})) {
      const at = `${path}.bySystem.${systemId}`
      if (!systemIds.includes(systemId)) {
        issues.push(
          fieldIssue(
            at,
            issueText('assessment.unknownSystem', {
              factor: factor.id,
              system: systemId,
              systems: systemIds.join(', ') || '—'
            })
          )
        )
        continue
      }
      issues.push(...checkFactorValues(values, at, factor, `${factor.id}[${systemId}]`))
    }
  }
  issues.push(...duplicateEvidenceIssues(entry.evidence ?? [], path, factor.id))
  return issues
}

/**
 * Checks an assessment against the bank it is scored with: the bank identity (id, version,
 * content hash), every answer (known question, one answer per question, value fits the question
 * type, N/A only where allowed and justified), every factor entry (known factor and inputs, one
 * entry per factor, values within the inputs' limits and constraints) and every finding record
 * (refers to a known question or factor, one record per finding).
 * Paths are relative to the file (`assessment.answers[12].value`); messages name the question or
 * factor. An empty list means the assessment fits the bank. Answers to questions hidden by skip
 * logic are not errors: they are kept, and scoring ignores them.
 */
export function validateAssessmentAgainstBank(
  assessment: Assessment,
  bank: Bank
): ValidationIssue[] {
  const issues: ValidationIssue[] = checkBankRef(assessment, bank)
  const questions = new Map<string, Question>()
  for (const pillar of bank.pillars)
    for (const section of pillar.sections)
      for (const question of section.questions) questions.set(question.id, question)
  const factors = new Map(bank.factors.map((factor) => [factor.id, factor]))
  const where = `${bank.id} ${bank.version}`

  const answered = new Map<string, number>()
  assessment.answers.forEach((answer, index) => {
    const question = questions.get(answer.questionId)
    if (question === undefined) {
      issues.push(
        fieldIssue(
          `assessment.answers[${index}].questionId`,
          issueText('assessment.unknownQuestion', { question: answer.questionId, bank: where })
        )
      )
      return
    }
    const first = answered.get(answer.questionId)
    if (first !== undefined) {
      issues.push(
        fieldIssue(
          `assessment.answers[${index}].questionId`,
          issueText('assessment.answeredTwice', { question: answer.questionId, first })
        )
      )
      return
    }
    answered.set(answer.questionId, index)
    issues.push(...checkAnswer(answer, index, question))
  })

  const entered = new Map<string, number>()
  const systemIds = assessment.metadata.systems.map((system) => system.id)
  assessment.factors.forEach((entry, index) => {
    const factor = factors.get(entry.factorId)
    if (factor === undefined) {
      issues.push(
        fieldIssue(
          `assessment.factors[${index}].factorId`,
          issueText('assessment.unknownFactor', { factor: entry.factorId, bank: where })
        )
      )
      return
    }
    const first = entered.get(entry.factorId)
    if (first !== undefined) {
      issues.push(
        fieldIssue(
          `assessment.factors[${index}].factorId`,
          issueText('assessment.enteredTwice', { factor: entry.factorId, first })
        )
      )
      return
    }
    entered.set(entry.factorId, index)
    issues.push(...checkFactorEntry(entry, index, factor, systemIds))
  })

  const recorded = new Map<string, number>()
  assessment.findings.forEach((finding, index) => {
    const path = `assessment.findings[${index}].findingId`
    const [kind, target] = [finding.findingId.slice(0, 1), finding.findingId.slice(2)]
    const known = kind === 'q' ? questions.has(target) : factors.has(target)
    if (!known) {
      issues.push(
        fieldIssue(
          path,
          issueText(
            kind === 'q' ? 'assessment.unknownFindingQuestion' : 'assessment.unknownFindingFactor',
            { finding: finding.findingId, target, bank: where }
          )
        )
      )
      return
    }
    const first = recorded.get(finding.findingId)
    if (first !== undefined) {
      issues.push(
        fieldIssue(
          path,
          issueText('assessment.findingTwice', { finding: finding.findingId, first })
        )
      )
      return
    }
    recorded.set(finding.findingId, index)
  })
  return issues
}
