import type { AnswerValue } from '../assessment/assessment'
import type { LocalizedText, RedLineClass } from '../bank/primitives'
import type { QuestionType } from '../bank/question'
import type { FactorResult } from './factor-result'

export type {
  FactorResult,
  FactorStatus,
  RedLineCheck,
  SampleCount,
  SystemCombination,
  SystemFactorResult
} from './factor-result'

/**
 * The scoring result: plain, JSON-serialisable data carrying every intermediate figure, so the
 * report and the workbook can show the workings without re-deriving anything. Numbers are
 * unrounded; round only for display (see `formatScore`).
 */

/** Why a question's result looks the way it does. */
export type QuestionFlag =
  /** Visible, applicable and required or scored, but no usable answer. */
  | 'unanswered'
  /** A value was stored but is not valid for the question (wrong type, out of range, unknown option). */
  | 'invalidValue'
  /** Marked N/A although N/A is not allowed, or without a justification: treated as unanswered. */
  | 'invalidNA'
  /** Maturity answered at or above the evidence threshold without evidence: scored lower. */
  | 'unevidenced'
  /** The answer hits the question's regulatory red line. */
  | 'redLine'
  /** A date answer lies after the assessment period's end. */
  | 'afterPeriodEnd'

/** The unevidenced-maturity gate as applied to one answer. */
export interface UnevidencedNote {
  answeredLevel: number
  scoredAsLevel: number
  text: LocalizedText
}

/** One question's result, for every question of the bank in bank order. */
export interface QuestionResult {
  id: string
  pillarId: string
  sectionId: string
  type: QuestionType
  /** The question's type and configuration produce an item score. */
  scored: boolean
  required: boolean
  critical: boolean
  weight: number
  /** Shown under the bank's skip logic. Hidden questions count nowhere. */
  visible: boolean
  /** Visible and not (validly) N/A. */
  applicable: boolean
  /** Visible, not N/A, with a valid value (evidence questions: at least one evidence reference). */
  answered: boolean
  /** Visible and validly marked N/A. */
  na: boolean
  /** The stored value as given (null when there is no answer). */
  value: AnswerValue
  /** Evidence references attached to the answer. */
  evidenceCount: number
  /** The answer's own score 0..100, before gates; null when not answered or not scored. */
  itemScore: number | null
  /**
   * The score that enters the section: the item score after the unevidenced-maturity gate, 0 when
   * unanswered; null when the item does not count (hidden, N/A, not scored).
   */
  effectiveScore: number | null
  /** Maturity level of the effective score (the critical-item gate reads it). */
  level: number | null
  flags: readonly QuestionFlag[]
  unevidenced: UnevidencedNote | null
}

/** Whether a section's scored items are covered enough to count in its pillar. */
export type SectionCoverage =
  /** N/A share within the profile's limit. */
  | 'sufficient'
  /** N/A items exceed `maxNAWeightShare` of the visible scored weight. */
  | 'insufficient'
  /** No visible applicable scored item: nothing to score. */
  | 'notAssessed'

/** Notes on how a section's combined score was formed. */
export type SectionFlag =
  /** The section has mapped factors, but none has a value: combined = questionnaire only. */
  'factorsUnavailable'

/** The weights behind a section's scores, for the report's workings. */
export interface SectionWeightsUsed {
  /** Σ weight of visible scored items. */
  visibleWeight: number
  /** Σ weight of those that are applicable (the questionnaire denominator). */
  applicableWeight: number
  /** Σ weight of those marked N/A. */
  naWeight: number
  /** Share of the questionnaire score actually used in the combined score (null when none). */
  questionnaireShare: number | null
  /** The profile's weight of this section in its pillar. */
  sectionWeight: number
  /** That weight renormalised over the pillar's included sections; null when excluded. */
  normalizedSectionWeight: number | null
}

/** The critical-item gate of one section or process. */
export interface CriticalItemGate {
  gate: 'criticalItem'
  sectionId: string
  /** The lowest-rated critical item (first in bank order on ties). */
  questionId: string
  itemLevel: number
  capLevel: number
  rawLevel: number
  level: number
  /** The cap lowered the level. */
  binding: boolean
  text: LocalizedText
}

/** One breached red line: a factor's value or a question's answer. */
export interface RedLineBreach {
  redLineId: string
  class: RedLineClass
  source: 'factor' | 'question'
  /** The factor or question id. */
  sourceId: string
  message: LocalizedText
}

/** The red-line gate on the overall level. */
export interface RedLineGate {
  gate: 'redLine'
  breaches: RedLineBreach[]
  capLevel: number
  rawLevel: number
  level: number
  binding: boolean
  text: LocalizedText
}

/** The coverage gate: the overall level withheld. */
export interface CoverageGate {
  gate: 'coverage'
  /** Pillars with insufficient coverage. */
  pillarIds: string[]
  rawLevel: number | null
  level: null
  binding: true
  text: LocalizedText
}

/** A done / total count with its percentage. */
export interface CompletionFigure {
  done: number
  total: number
  /** done ÷ total × 100; 100 when there is nothing to do. */
  percent: number
}

/** One section's or process's scores, level and gate, in bank order. */
export interface SectionResult {
  id: string
  pillarId: string
  kind: 'section' | 'process'
  questionnaireScore: number | null
  factorScore: number | null
  combinedScore: number | null
  factorIds: string[]
  /** Mapped factors with a score. */
  availableFactorIds: string[]
  weightsUsed: SectionWeightsUsed
  /** N/A weight ÷ visible scored weight; null with no visible scored item. */
  naWeightShare: number | null
  coverage: SectionCoverage
  /** Counted in its pillar's score. */
  includedInPillar: boolean
  flags: SectionFlag[]
  rawLevel: number | null
  level: number | null
  /** The critical-item gate for this section (null when no critical item is visible and applicable). */
  cap: CriticalItemGate | null
  completion: CompletionFigure
}

/** One pillar's score, weights, coverage and level, in bank order. */
export interface PillarResult {
  id: string
  score: number | null
  pillarWeight: number
  /** Pillar weight renormalised over pillars with a score; null when this pillar has none. */
  normalizedPillarWeight: number | null
  includedSectionIds: string[]
  /** Left out of the pillar score: insufficient coverage or nothing to score. */
  excludedSectionIds: string[]
  /** Profile weight of excluded sections ÷ profile weight of all its sections. */
  excludedWeightShare: number
  coverage: 'sufficient' | 'insufficient'
  level: number | null
  completion: CompletionFigure
}

/** The overall score, its level after the gates, and the sentence explaining it. */
export interface OverallResult {
  score: number | null
  rawLevel: number | null
  /** After the red-line cap; null while the coverage gate withholds it or there is no score. */
  level: number | null
  gates: Array<RedLineGate | CoverageGate>
  /**
   * Every breached red line (factors first, then questions, bank order), gate enabled or not,
   * regulatory and internal alike; only regulatory ones can cap the level.
   */
  redLineBreaches: RedLineBreach[]
  /** e.g. "72.0 → L3，因红线 F10 封顶为 L2" / "72.0 → L3, capped to L2 by red line F10". */
  text: LocalizedText
}

/** How much of the assessment is done (see docs/scoring.md §8). */
export interface CompletionResult {
  /** Visible required questions answered or validly N/A. */
  questions: CompletionFigure
  /** Factors with every declared input entered and valid; percent null when the bank has none. */
  factors: { done: number; total: number; percent: number | null }
  /** Both pooled: (questions done + factors done) ÷ (questions total + factors total). */
  combined: CompletionFigure
}

/** One gap, ranked by priority = weight × gap (see docs/scoring.md §7). */
export interface Finding {
  /** Stable across re-scoring: `q:<questionId>` or `f:<factorId>`. */
  id: string
  kind: 'question' | 'factor'
  targetId: string
  sectionId: string | null
  pillarId: string | null
  score: number
  gap: number
  weight: number
  /** weight × gap. */
  priority: number
  /** A red line is breached by this item. */
  redLine: boolean
  critical: boolean
  /** A question with no usable answer (its score 0 is the unanswered rule, not an answer). */
  unanswered: boolean
}

/** What kind of problem an issue reports. */
export type IssueCode =
  | 'invalidValue'
  | 'naNotAllowed'
  | 'naWithoutJustification'
  | 'duplicateAnswer'
  | 'unknownQuestion'
  | 'unknownFactor'
  | 'duplicateFactorEntry'
  | 'unknownFactorInput'
  | 'invalidFactorInput'
  | 'factorConstraint'
  | 'formulaError'
  | 'invalidPeriodEnd'
  | 'dateAfterPeriodEnd'
  | 'bankReference'
  | 'profileWeight'
  | 'consistencyRule'

/** A hard error (invalid data) or a soft warning (worth a second look). */
export interface ScoringIssue {
  severity: 'error' | 'warning'
  code: IssueCode
  /** The consistency rule, for `consistencyRule`. */
  ruleId: string | null
  questionIds: string[]
  factorIds: string[]
  /** The factor input concerned, for input problems. */
  inputId: string | null
  /** The key system concerned, for problems with a per-system factor's figures. */
  systemId: string | null
  message: LocalizedText
}

/** Everything `scoreAssessment` computes for one assessment. */
export interface ScoringResult {
  bank: { id: string; version: string }
  profile: { id: string; version: string }
  /** The period end: the "as of" date of date scoring; null when the metadata has none. */
  asOf: string | null
  questions: QuestionResult[]
  factors: FactorResult[]
  sections: SectionResult[]
  pillars: PillarResult[]
  overall: OverallResult
  /** 稳定性评价要素指数: unweighted mean of all factor scores; null when no factor has a score. */
  factorIndex: number | null
  completion: CompletionResult
  /** By priority (weight × gap), descending; ties by id. */
  findings: Finding[]
  warnings: ScoringIssue[]
  errors: ScoringIssue[]
}
