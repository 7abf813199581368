import type { Answer, FactorEntry, KeySystem } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { ScoringProfile } from '../bank/profile'
import type { ScorableAssessment } from '../scoring/score'
import { profileOf } from './bank-builders'

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

/** A per-system factor entry: system id → inputs. */
export const systemEntry = (
  factorId: string,
  bySystem: Record<string, Record<string, number | null>>
): FactorEntry => ({ factorId, values: {}, bySystem, evidence: [] })

/** The fixtures' two key systems: 集中交易系统 (sys-1) and 网上交易系统 (sys-2), a fresh list. */
export const twoKeySystems = (): KeySystem[] => [
  { id: 'sys-1', name: '集中交易系统' },
  { id: 'sys-2', name: '网上交易系统' }
]

/** An assessment to score: the bank's profile unless given, period ending `end`. */
export function makeAssessment(
  bank: Bank,
  answers: Answer[] = [],
  factors: FactorEntry[] = [],
  options: { profile?: ScoringProfile; end?: string; systems?: KeySystem[] } = {}
): ScorableAssessment {
  return {
    answers,
    factors,
    profile: options.profile ?? profileOf(bank),
    metadata: {
      institution: 'Test Securities',
      systems: options.systems ?? [],
      period: { start: '2025-01-01', end: options.end ?? '2025-12-31' },
      assessors: []
    }
  }
}
