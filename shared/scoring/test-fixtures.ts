import type { z } from 'zod'
import type { Answer, FactorEntry } from '../assessment/assessment'
import { bankSchema, type Bank, type BankInput } from '../bank/bank'
import type { evaluationFactorSchema, FactorBand } from '../bank/factor'
import type { LocalizedText } from '../bank/primitives'
import { scoringProfileSchema, type ScoringProfile } from '../bank/profile'
import type { questionSchema } from '../bank/question'
import type { ScorableAssessment } from './score'

/**
 * Small hand-built banks and assessments for the scoring tests (and the worked example). Banks go
 * through `bankSchema.parse`, so defaults are applied exactly as for a real bank.
 */

export type QuestionInput = z.input<typeof questionSchema>
export type FactorInput = z.input<typeof evaluationFactorSchema>
export type ProfileInput = z.input<typeof scoringProfileSchema>

/** The same text in both languages (fixtures only). */
export const t = (text: string): LocalizedText => ({ 'zh-CN': text, 'en-US': text })
/** A bilingual text. */
export const t2 = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, 'en-US': en })

const ANCHORS = [t('L0'), t('L1'), t('L2'), t('L3'), t('L4')] as const

/** The brief's levels: L0 0, L1 20, L2 40, L3 60, L4 80. */
export const LEVELS: ProfileInput['levels'] = [
  { level: 0, code: 'L0', minScore: 0, label: t2('未建立级', 'Not established') },
  { level: 1, code: 'L1', minScore: 20, label: t2('初始级', 'Initial') },
  { level: 2, code: 'L2', minScore: 40, label: t2('规范级', 'Defined') },
  { level: 3, code: 'L3', minScore: 60, label: t2('量化级', 'Quantitatively managed') },
  { level: 4, code: 'L4', minScore: 80, label: t2('优化级', 'Optimizing') }
]

type GateInput = ProfileInput['gates']

/** A profile with the brief's defaults; every gate enabled unless overridden. */
export function makeProfile(
  overrides: Partial<Omit<ProfileInput, 'gates'>> & { gates?: Partial<GateInput> } = {}
): ScoringProfile {
  const { gates, ...rest } = overrides
  return scoringProfileSchema.parse({
    id: 'test',
    version: '1',
    name: t('Test profile'),
    pillarWeights: {},
    sectionWeights: {},
    questionnaireShare: 0.6,
    maturityScores: [0, 25, 50, 75, 100],
    yesPartialNoScores: { yes: 100, partial: 50, no: 0 },
    factorScoring: 'bands',
    levels: LEVELS,
    ...rest,
    gates: {
      criticalItem: { enabled: true, levelsAbove: 1 },
      redLine: { enabled: true, capLevel: 2 },
      coverage: { enabled: true, maxNAWeightShare: 0.5 },
      unevidencedMaturity: { enabled: true, minLevel: 3, scoredAsLevel: 2 },
      ...gates
    }
  })
}

/** Question builders: only what a test cares about; the rest defaults. */
export const q = {
  maturity: (id: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
    ({ id, type: 'maturity', text: t(id), source: 'P', ...extra }) as QuestionInput,
  ypn: (id: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
    ({ id, type: 'yesPartialNo', text: t(id), source: 'P', ...extra }) as QuestionInput,
  single: (id: string, scores: number[], extra: Partial<QuestionInput> = {}): QuestionInput =>
    ({
      id,
      type: 'singleChoice',
      text: t(id),
      source: 'P',
      options: scores.map((score, k) => ({ id: `o${k}`, label: t(`o${k}`), score })),
      ...extra
    }) as QuestionInput,
  multi: (
    id: string,
    options: Array<{ score: number; exclusive?: boolean }>,
    extra: Partial<QuestionInput> = {}
  ): QuestionInput =>
    ({
      id,
      type: 'multiChoice',
      text: t(id),
      source: 'P',
      options: options.map((o, k) => ({ id: `o${k}`, label: t(`o${k}`), ...o })),
      ...extra
    }) as QuestionInput,
  number: (id: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
    ({ id, type: 'number', text: t(id), source: 'P', ...extra }) as QuestionInput,
  percentage: (id: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
    ({ id, type: 'percentage', text: t(id), source: 'P', ...extra }) as QuestionInput,
  date: (id: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
    ({ id, type: 'date', text: t(id), source: 'P', ...extra }) as QuestionInput,
  text: (id: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
    ({ id, type: 'text', text: t(id), source: 'P', ...extra }) as QuestionInput,
  evidence: (id: string, extra: Partial<QuestionInput> = {}): QuestionInput =>
    ({ id, type: 'evidence', text: t(id), source: 'P', ...extra }) as QuestionInput
}

/**
 * Five bands A..E scoring 100/80/60/40/20 from four thresholds (A, B, C, D); E catches the rest.
 */
export function bands(thresholds: [number, number, number, number]): FactorBand[] {
  const grades = ['A', 'B', 'C', 'D'] as const
  return [
    ...grades.map((grade, k) => ({
      grade,
      threshold: thresholds[k] as number,
      score: 100 - 20 * k
    })),
    { grade: 'E' as const, threshold: null, score: 20 }
  ]
}

/** A factor with two inputs `n` (numerator) and `d` (denominator), ratio, n ≤ d. */
export function ratioFactor(
  id: string,
  feeds: string,
  extra: Partial<FactorInput> = {}
): FactorInput {
  return {
    id,
    name: t(id),
    definition: t(id),
    inputs: [
      { id: 'n', label: t('n'), unit: t('count'), integer: true },
      { id: 'd', label: t('d'), unit: t('count'), integer: true }
    ],
    constraints: [{ left: 'n', op: 'lte', right: 'd' }],
    formula: { kind: 'ratio', numerator: 'n', denominator: 'd' },
    display: 'percent',
    direction: 'higher',
    target: 0.95,
    bands: bands([0.95, 0.9, 0.8, 0.6]),
    feeds,
    source: 'P',
    ...extra
  }
}

export interface SectionSpec {
  id: string
  kind?: 'section' | 'process'
  questions: QuestionInput[]
}
export interface PillarSpec {
  id: string
  sections: SectionSpec[]
}

/**
 * A bank from pillars/sections/questions (+ factors, rules). The bank's single profile gives every
 * pillar and section weight 1 unless `profile` says otherwise.
 */
export function makeBank(spec: {
  pillars: PillarSpec[]
  factors?: FactorInput[]
  consistencyRules?: BankInput['consistencyRules']
  profile?: Parameters<typeof makeProfile>[0]
}): Bank {
  const pillarWeights: Record<string, number> = {}
  const sectionWeights: Record<string, number> = {}
  for (const pillar of spec.pillars) {
    pillarWeights[pillar.id] = 1
    for (const section of pillar.sections) sectionWeights[section.id] = 1
  }
  const profile = makeProfile({
    ...spec.profile,
    pillarWeights: { ...pillarWeights, ...spec.profile?.pillarWeights },
    sectionWeights: { ...sectionWeights, ...spec.profile?.sectionWeights }
  })
  return bankSchema.parse({
    schemaVersion: 2,
    id: 'test-bank',
    version: '1.0.0',
    title: t('Test bank'),
    status: t('test'),
    maturityAnchors: ANCHORS,
    pillars: spec.pillars.map((pillar) => ({
      id: pillar.id,
      title: t(pillar.id),
      sections: pillar.sections.map((section) => ({
        id: section.id,
        kind: section.kind ?? 'section',
        title: t(section.id),
        source: 'P',
        questions: section.questions
      }))
    })),
    factors: spec.factors ?? [],
    consistencyRules: spec.consistencyRules ?? [],
    profiles: [profile],
    defaultProfileId: profile.id
  })
}

/** The profile a fixture bank was built with. */
export const profileOf = (bank: Bank): ScoringProfile => bank.profiles[0] as ScoringProfile

/** An answer with defaults; `evidence: n` attaches n written references. */
export function answer(
  questionId: string,
  value: Answer['value'],
  extra: Partial<Omit<Answer, 'evidence'>> & { evidence?: number } = {}
): Answer {
  const { evidence = 0, ...rest } = extra
  return {
    questionId,
    value,
    evidence: Array.from({ length: evidence }, (_, k) => ({
      kind: 'reference' as const,
      id: `ev${k}`,
      name: `Document ${k}`
    })),
    flagged: false,
    carriedOver: false,
    ...rest
  }
}

/** An N/A answer with a justification. */
export const naAnswer = (questionId: string, justification = 'not in scope'): Answer =>
  answer(questionId, null, { na: { justification } })

/** A factor entry. */
export const factorEntry = (
  factorId: string,
  values: Record<string, number | null>
): FactorEntry => ({
  factorId,
  values,
  evidence: []
})

/** An assessment to score: the bank's profile unless given, period ending `end`. */
export function makeAssessment(
  bank: Bank,
  answers: Answer[] = [],
  factors: FactorEntry[] = [],
  options: { profile?: ScoringProfile; end?: string } = {}
): ScorableAssessment {
  return {
    answers,
    factors,
    profile: options.profile ?? profileOf(bank),
    metadata: {
      institution: 'Test Securities',
      scope: [],
      period: { start: '2025-01-01', end: options.end ?? '2025-12-31' },
      assessors: []
    }
  }
}
