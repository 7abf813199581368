import type { Bank } from '../bank/bank'
import { issueText } from '../util/issue-codes'
import type { EvaluationFactor } from '../bank/factor'
import type { Question } from '../bank/question'
import { bankContentHash } from '../bank'
import type { ValidationIssue } from '../util/validation'
import { fieldIssue } from '../util/validation'
import type { Assessment, FactorEntry, FactorValues } from './assessment'
import { checkAnswer, duplicateEvidenceIssues } from './validate-answer'

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
