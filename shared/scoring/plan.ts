import type { Bank, Section } from '../bank/bank'
import type { LevelDefinition, ScoringProfile } from '../bank/profile'
import type { Question } from '../bank/question'
import { isScoredQuestion } from '../bank/scored-question'
import { compileFactor, type FactorPlan } from './factor'
import { findingIdOrder } from './findings'
import { bankReferenceIssue, makeIssue, scoringText } from './issues'
import { sortLevels } from './levels'
import type { ScoringIssue } from './types'
import { compileCondition, visibilityOrder, type CompiledCondition } from './visibility'
import { compileRule, type CompiledRule } from './warnings'

/** A question prepared once per bank. */
export interface QuestionPlan {
  question: Question
  id: string
  /**
   * Copies of the question's fields the scorer reads for every question of every assessment:
   * questions of different types have different shapes, and reading through one monomorphic
   * object is markedly faster than through the union.
   */
  type: Question['type']
  weight: number
  required: boolean
  critical: boolean
  allowNA: boolean
  pillarId: string
  sectionId: string
  sectionIndex: number
  scored: boolean
  /** Answer values that hit the question's red line (null: no red line). */
  redLineValues: ReadonlyArray<string | number> | null
}

/** A section prepared once per bank. */
export interface SectionPlan {
  section: Section
  id: string
  pillarId: string
  pillarIndex: number
  /** Question positions, bank order. */
  questions: number[]
  /** Factor positions of the factors that feed it, bank order. */
  factors: number[]
}

/** A pillar prepared once per bank. */
export interface PillarPlan {
  id: string
  /** Section positions. */
  sections: number[]
}

/** Everything about a bank that does not depend on one assessment, computed once. */
export interface BankPlan {
  bank: Bank
  /** Questions in bank order (pillar → section → question). */
  questions: QuestionPlan[]
  questionIndex: Map<string, number>
  conditions: Array<CompiledCondition | null>
  /** The order in which visibility is resolved (dependencies first). */
  visibilityOrder: number[]
  sections: SectionPlan[]
  pillars: PillarPlan[]
  factors: FactorPlan[]
  factorIndex: Map<string, number>
  rules: CompiledRule[]
  /** Every possible finding (questions, then factors) in id order; see findingIdOrder. */
  findingOrder: number[]
  /** Problems in the bank itself, repeated in every result's errors. */
  issues: ScoringIssue[]
  profiles: WeakMap<ScoringProfile, ProfilePlan>
}

/** Everything about a profile (against one bank) that does not depend on one assessment. */
export interface ProfilePlan {
  profile: ScoringProfile
  levels: LevelDefinition[]
  /** The profile's weight per section position (0 when the profile has none: reported). */
  sectionWeights: number[]
  /** The profile's weight per pillar position (0 when the profile has none: reported). */
  pillarWeights: number[]
  /**
   * The questionnaire's share of each section's combined score (when a factor has a score), by
   * section position: 1 − the profile's `factorShares` entry, else its questionnaireShare.
   */
  questionnaireShares: number[]
  issues: ScoringIssue[]
}

/** What `scoreAssessment` needs: the bank's plan and the profile's. */
export interface ScoringPlan {
  bank: BankPlan
  profile: ProfilePlan
}

function buildBankPlan(bank: Bank): BankPlan {
  const issues: ScoringIssue[] = []
  const questions: QuestionPlan[] = []
  const questionIndex = new Map<string, number>()
  const sections: SectionPlan[] = []
  const pillars: PillarPlan[] = []
  const sectionIndex = new Map<string, number>()

  bank.pillars.forEach((pillar, pillarPosition) => {
    const pillarPlan: PillarPlan = { id: pillar.id, sections: [] }
    pillars.push(pillarPlan)
    for (const section of pillar.sections) {
      const position = sections.length
      sectionIndex.set(section.id, position)
      pillarPlan.sections.push(position)
      const sectionPlan: SectionPlan = {
        section,
        id: section.id,
        pillarId: pillar.id,
        pillarIndex: pillarPosition,
        questions: [],
        factors: []
      }
      sections.push(sectionPlan)
      for (const question of section.questions) {
        if (questionIndex.has(question.id)) {
          // The bank parser rejects this; a hand-built bank may not. The first one wins.
          issues.push(
            bankReferenceIssue({ questionIds: [question.id] }, 'questionIdTwice', {
              question: question.id
            })
          )
          continue
        }
        questionIndex.set(question.id, questions.length)
        sectionPlan.questions.push(questions.length)
        questions.push({
          question,
          id: question.id,
          type: question.type,
          weight: question.weight,
          required: question.required,
          critical: question.critical,
          allowNA: question.allowNA,
          pillarId: pillar.id,
          sectionId: section.id,
          sectionIndex: position,
          scored: isScoredQuestion(question),
          redLineValues: question.redLine?.whenAnswerIn ?? null
        })
      }
    }
  })

  const indexOf = (id: string): number | undefined => questionIndex.get(id)
  const conditions = questions.map((plan) =>
    plan.question.visibleWhen === undefined
      ? null
      : compileCondition(plan.question.visibleWhen, indexOf, (missing) =>
          issues.push(
            bankReferenceIssue({ questionIds: [plan.id] }, 'skipLogicUnknown', {
              question: plan.id,
              missing
            })
          )
        )
  )
  const order = visibilityOrder(
    questions.map((plan) => plan.question.visibleWhen),
    indexOf,
    (position) => {
      const id = questions[position]?.id ?? '?'
      issues.push(bankReferenceIssue({ questionIds: [id] }, 'skipLogicLoop', { question: id }))
    }
  )

  const factors: FactorPlan[] = []
  const factorIndex = new Map<string, number>()
  for (const factor of bank.factors) {
    if (factorIndex.has(factor.id)) {
      issues.push(
        bankReferenceIssue({ factorIds: [factor.id] }, 'factorIdTwice', { factor: factor.id })
      )
      continue
    }
    const position = sectionIndex.get(factor.feeds)
    const sectionPlan = position === undefined ? undefined : sections[position]
    factorIndex.set(factor.id, factors.length)
    if (sectionPlan !== undefined) sectionPlan.factors.push(factors.length)
    factors.push(
      compileFactor(
        factor,
        sectionPlan === undefined
          ? undefined
          : { sectionId: sectionPlan.id, pillarId: sectionPlan.pillarId },
        issues
      )
    )
  }

  const lookup = {
    questionIndex,
    questionTypes: questions.map((plan) => plan.question.type),
    questionIds: questions.map((plan) => plan.id),
    factorIndex,
    factorInputIds: factors.map((plan) => plan.inputIds)
  }
  const rules = bank.consistencyRules.map((rule) => compileRule(rule, lookup, issues))

  return {
    bank,
    questions,
    questionIndex,
    conditions,
    visibilityOrder: order,
    sections,
    pillars,
    factors,
    factorIndex,
    rules,
    findingOrder: findingIdOrder(
      questions.map((plan) => plan.id),
      factors.map((plan) => plan.factor.id)
    ),
    issues,
    profiles: new WeakMap()
  }
}

function buildProfilePlan(bankPlan: BankPlan, profile: ScoringProfile): ProfilePlan {
  const issues: ScoringIssue[] = []
  const weightOf = (
    weights: Record<string, number>,
    id: string,
    what: 'pillar' | 'section'
  ): number => {
    const weight = Object.hasOwn(weights, id) ? weights[id] : undefined
    if (typeof weight === 'number' && Number.isFinite(weight) && weight >= 0) return weight
    issues.push(
      makeIssue(
        'error',
        'profileWeight',
        {},
        what === 'pillar'
          ? scoringText('noPillarWeight', { profile: profile.id, pillar: id })
          : scoringText('noSectionWeight', { profile: profile.id, section: id })
      )
    )
    return 0
  }
  return {
    profile,
    levels: sortLevels(profile.levels),
    sectionWeights: bankPlan.sections.map((s) => weightOf(profile.sectionWeights, s.id, 'section')),
    pillarWeights: bankPlan.pillars.map((p) => weightOf(profile.pillarWeights, p.id, 'pillar')),
    questionnaireShares: bankPlan.sections.map((s) => sectionQuestionnaireShare(profile, s.id)),
    issues
  }
}

/**
 * The questionnaire's share of a section's combined score under a profile: 1 − the section's
 * factor share where the profile sets one (`factorShares`), else the profile's questionnaireShare.
 */
export function sectionQuestionnaireShare(profile: ScoringProfile, sectionId: string): number {
  const shares = profile.factorShares
  const share =
    shares !== undefined && Object.hasOwn(shares, sectionId) ? shares[sectionId] : undefined
  return share === undefined ? profile.questionnaireShare : 1 - share
}

const bankPlans = new WeakMap<Bank, BankPlan>()

/**
 * Prepares scoring for a bank and profile: compiles skip logic, formulas and rules, resolves ids
 * to positions and weights to arrays, so `scoreAssessment` does only per-assessment work.
 * Cached per bank object (WeakMap) and, inside that, per profile object; both are treated as
 * immutable once scored — mutate a copy, not the cached object.
 */
export function prepareScoring(bank: Bank, profile: ScoringProfile): ScoringPlan {
  let bankPlan = bankPlans.get(bank)
  if (bankPlan === undefined) {
    bankPlan = buildBankPlan(bank)
    bankPlans.set(bank, bankPlan)
  }
  let profilePlan = bankPlan.profiles.get(profile)
  if (profilePlan === undefined) {
    profilePlan = buildProfilePlan(bankPlan, profile)
    bankPlan.profiles.set(profile, profilePlan)
  }
  return { bank: bankPlan, profile: profilePlan }
}
