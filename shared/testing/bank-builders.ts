import type { z } from 'zod'
import { bankSchema, type Bank, type BankInput } from '../bank/bank'
import { countRatioFactor, gradeBands, type FactorAuthoring } from '../bank/factor-shapes'
import { fiveLevelAnchors, fiveLevelProfile } from '../bank/five-level-profile'
import type { Condition } from '../bank/conditions'
import {
  localizedText,
  type ComparisonOp,
  type LocalizedText,
  type SourceTag
} from '../bank/primitives'
import { scoringProfileSchema, type ScoringProfile } from '../bank/profile'
import type { questionSchema } from '../bank/question'
import type { ConsistencyRule, ValueRef } from '../bank/rules'

/**
 * Builders for the small banks of the unit tests: say only what a test cares about, the rest
 * defaults. Banks built with `makeBank` go through `bankSchema.parse`, so defaults are applied
 * exactly as for a real bank; `bankInput` gives the authored form for tests that break one thing.
 */

export type QuestionInput = z.input<typeof questionSchema>
export type FactorInput = FactorAuthoring
export type ProfileInput = z.input<typeof scoringProfileSchema>

/** The same text in both languages. */
export const t = (text: string): LocalizedText => localizedText(text, text)
/** A bilingual text. */
export const t2 = localizedText

type GateInput = ProfileInput['gates']
export type ProfileOverrides = Partial<Omit<ProfileInput, 'gates'>> & {
  gates?: Partial<GateInput>
}

/** A profile on the five-level model (every gate enabled) unless overridden. */
export function makeProfile(overrides: ProfileOverrides = {}): ScoringProfile {
  const { gates, ...rest } = overrides
  const base = fiveLevelProfile({
    id: 'test',
    version: '1',
    name: t('Test profile'),
    pillarWeights: {},
    sectionWeights: {}
  })
  return scoringProfileSchema.parse({ ...base, ...rest, gates: { ...base.gates, ...gates } })
}

type QuestionExtra = Partial<QuestionInput>
const question = (id: string, type: QuestionInput['type'], extra: QuestionExtra): QuestionInput =>
  ({ id, type, text: t(id), source: 'P', ...extra }) as QuestionInput

/** A choice option: a bare score, or the fields to set (`id`, `label` default to `o<k>`). */
export type OptionSpec =
  number | { score: number; exclusive?: boolean; id?: string; label?: LocalizedText }
const options = (specs: OptionSpec[]) =>
  specs.map((spec, k) => ({
    id: `o${k}`,
    label: t(`o${k}`),
    ...(typeof spec === 'number' ? { score: spec } : spec)
  }))

/** Question builders: the text is the id in both languages unless `extra` says otherwise. */
export const q = {
  maturity: (id: string, extra: QuestionExtra = {}) => question(id, 'maturity', extra),
  ypn: (id: string, extra: QuestionExtra = {}) => question(id, 'yesPartialNo', extra),
  single: (id: string, specs: OptionSpec[], extra: QuestionExtra = {}) =>
    question(id, 'singleChoice', { options: options(specs), ...extra }),
  multi: (id: string, specs: OptionSpec[], extra: QuestionExtra = {}) =>
    question(id, 'multiChoice', { options: options(specs), ...extra }),
  number: (id: string, extra: QuestionExtra = {}) => question(id, 'number', extra),
  percentage: (id: string, extra: QuestionExtra = {}) => question(id, 'percentage', extra),
  date: (id: string, extra: QuestionExtra = {}) => question(id, 'date', extra),
  text: (id: string, extra: QuestionExtra = {}) => question(id, 'text', extra),
  evidence: (id: string, extra: QuestionExtra = {}) => question(id, 'evidence', extra)
}

/**
 * A number or percentage question's scoring: `[threshold, score]` steps in order, the last one's
 * threshold null (every value past the others).
 */
export const numberScoring = (
  direction: 'higher' | 'lower',
  target: number,
  steps: [number | null, number][]
) => ({ direction, target, bands: steps.map(([threshold, score]) => ({ threshold, score })) })

/** Five bands A..E scoring 100/80/60/40/20 from four thresholds (A, B, C, D). */
export const bands = (thresholds: [number, number, number, number]) => gradeBands(thresholds)

/** A factor with two whole-number inputs `d` (denominator) and `n` (numerator), ratio, n ≤ d. */
export function ratioFactor(
  id: string,
  feeds: string,
  extra: Partial<FactorInput> = {}
): FactorInput {
  return {
    ...countRatioFactor({
      id,
      name: t(id),
      definition: t(id),
      outOf: { id: 'd', label: t('d'), unit: t('count') },
      counted: { id: 'n', label: t('n'), unit: t('count') },
      target: 0.95,
      bands: bands([0.95, 0.9, 0.8, 0.6]),
      feeds,
      source: 'P'
    }),
    ...extra
  }
}

/** F01 故障监控发现率 as the standard words it: faults found first by monitoring, of all faults. */
export function faultDiscoveryFactor(feeds: string): FactorInput {
  return countRatioFactor({
    id: 'F01',
    name: t2('故障监控发现率', 'Fault monitoring discovery rate'),
    definition: t2('由监控首先发现的故障占比', 'Share of faults first found by monitoring'),
    outOf: { id: 'N_fault', label: t2('故障总数', 'Faults'), unit: t2('次', 'faults') },
    counted: {
      id: 'N_mon',
      label: t2('监控发现数', 'Found by monitoring'),
      unit: t2('次', 'faults')
    },
    target: 0.95,
    bands: bands([0.95, 0.9, 0.8, 0.6]),
    feeds,
    source: 'P'
  })
}

/** Consistency rules as a bank states them (see bank/rules.ts). */
export const rule = {
  /** A maturity answer of `minLevel` or more without evidence. */
  evidence: (id: string, minLevel: number, message: LocalizedText): ConsistencyRule => ({
    kind: 'evidenceForHighMaturity',
    id,
    minLevel,
    message
  }),
  /** Warns on `questions` while `when` holds. */
  condition: (
    id: string,
    when: Condition,
    questions: string[],
    message: LocalizedText
  ): ConsistencyRule => ({ kind: 'condition', id, when, questions, message }),
  /** Warns when `left op right` is false. */
  compare: (
    id: string,
    [left, op, right]: [ValueRef, ComparisonOp, ValueRef],
    message: LocalizedText
  ): ConsistencyRule => ({ kind: 'compare', id, left, op, right, message })
}

export interface SectionSpec {
  id: string
  kind?: 'section' | 'process'
  /** Defaults to the id in both languages. */
  title?: LocalizedText
  source?: SourceTag
  questions: QuestionInput[]
}
export interface PillarSpec {
  id: string
  title?: LocalizedText
  sections: SectionSpec[]
}

/**
 * What a test bank is made of: its pillars, and anything of the bank's own (id, title, factors,
 * rules…) a test wants to set. Without `profiles`, the bank has one profile (`makeProfile` with
 * `profile`'s overrides) that gives every pillar and section weight 1.
 */
export type BankSpec = Omit<Partial<BankInput>, 'pillars' | 'profiles'> & {
  pillars: PillarSpec[]
  profile?: ProfileOverrides
  profiles?: ScoringProfile[]
}

/** A test bank as authored (defaults not applied); a fresh object on every call. */
export function bankInput(spec: BankSpec): BankInput {
  const { pillars, profile, profiles, ...bank } = spec
  const chosen = profiles ?? [equalWeightProfile(pillars, profile)]
  return {
    schemaVersion: 3,
    id: 'test-bank',
    version: '1.0.0',
    title: t('Test bank'),
    status: t('test'),
    maturityAnchors: fiveLevelAnchors(),
    factors: [],
    consistencyRules: [],
    ...bank,
    pillars: pillars.map((pillar) => ({
      id: pillar.id,
      title: pillar.title ?? t(pillar.id),
      sections: pillar.sections.map((section) => ({
        id: section.id,
        kind: section.kind ?? 'section',
        title: section.title ?? t(section.id),
        source: section.source ?? 'P',
        questions: section.questions
      }))
    })),
    profiles: chosen,
    defaultProfileId: bank.defaultProfileId ?? (chosen[0] as ScoringProfile).id
  }
}

/** A test bank, parsed as a real one is. */
export const makeBank = (spec: BankSpec): Bank => bankSchema.parse(bankInput(spec))

function equalWeightProfile(pillars: PillarSpec[], overrides: ProfileOverrides = {}) {
  const pillarWeights: Record<string, number> = {}
  const sectionWeights: Record<string, number> = {}
  for (const pillar of pillars) {
    pillarWeights[pillar.id] = 1
    for (const section of pillar.sections) sectionWeights[section.id] = 1
  }
  return makeProfile({
    ...overrides,
    pillarWeights: { ...pillarWeights, ...overrides.pillarWeights },
    sectionWeights: { ...sectionWeights, ...overrides.sectionWeights }
  })
}

/** A bank of one pillar `P` with one section `S` (of `kind`) holding these questions. */
export function sectionBank(
  questions: QuestionInput[],
  spec: Omit<BankSpec, 'pillars'> & { kind?: SectionSpec['kind'] } = {}
): Bank {
  const { kind, ...bank } = spec
  return makeBank({ ...bank, pillars: [{ id: 'P', sections: [{ id: 'S', kind, questions }] }] })
}

/** The profile a fixture bank was built with. */
export const profileOf = (bank: Bank): ScoringProfile => bank.profiles[0] as ScoringProfile
