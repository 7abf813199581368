import type { AssessmentStatus } from '../assessment/assessment'
import type { BandGrade, FactorDisplay, FactorFormula, SystemCombineRule } from '../bank/factor'
import type { ComparisonOp, Locale } from '../bank/primitives'
import type { RiskLevel } from '../scoring/risk-level'
import type { SectionCoverage } from '../scoring/types'
import type { ReportLabels } from './labels'

/**
 * The scored report as plain data: every text already in the report's language, every figure
 * the engine's unrounded number (null = none). JSON-serialisable, so it can be snapshot-tested,
 * sent between processes or previewed; the workbook writer only lays it out.
 */

/**
 * One cell's content: a string (always written as inert text), a number, a calendar date
 * (`{ date: 'YYYY-MM-DD' }`), a date-time (`{ dateTime: ISO 8601 with offset }`, shown as the
 * wall-clock time it was recorded in) or nothing.
 */
export type CellData = string | number | null | { date: string } | { dateTime: string }

export interface LevelRow {
  level: number
  code: string
  label: string
  minScore: number
}

export interface CompletionData {
  done: number
  total: number
  /** 0..100; null when there is nothing to count. */
  percent: number | null
}

export interface CoverModel {
  institution: string
  scope: string[]
  period: { start: string; end: string }
  assessors: string[]
  status: AssessmentStatus
  statusLabel: string
  notes: string
  bank: { id: string; version: string; contentHash: string; title: string }
  profile: { id: string; version: string; name: string }
  overallExplanation: string
  redLines: string[]
  completion: { questions: CompletionData; factors: CompletionData; combined: CompletionData }
  contentHash: string
  seal: string
  /** Engine errors first, then warnings, as sentences; possibly shortened (see `issuesMore`). */
  issues: string[]
  issuesMore: number
}

export interface SectionRow {
  id: string
  name: string
  weight: number
  questionnaireScore: number | null
  factorScore: number | null
  /** The section has mapped factors (otherwise the factor column shows a dash, not a formula). */
  factorIds: string[]
  /** The factors' weights among themselves (the bank's `weight`, 1 when absent), by factorIds. */
  factorWeights: number[]
  /** The questionnaire's share of the combined score: 1 − the profile's factor share for it. */
  questionnaireShare: number
  combinedScore: number | null
  naShare: number | null
  coverage: SectionCoverage
  included: boolean
  rawLevel: number | null
  /** The critical-item gate's cap, when the gate applies. */
  capLevel: number | null
  level: number | null
  note: string
  completionPercent: number | null
}

export interface PillarRow {
  id: string
  name: string
  weight: number
  score: number | null
  excludedShare: number
  coverage: 'sufficient' | 'insufficient'
  rawLevel: number | null
  completionPercent: number | null
  note: string
  sections: SectionRow[]
}

export interface SummaryModel {
  overall: {
    score: number | null
    rawLevel: number | null
    /** The red-line gate's cap when it applies (enabled, breached, a score). */
    redLineCap: number | null
    level: number | null
    withheld: boolean
    explanation: string
    completionPercent: number | null
  }
  pillars: PillarRow[]
  factorIndex: number | null
}

export interface FactorInputRow {
  id: string
  label: string
  unit: string
  /** The number as entered (even if invalid); null when missing. */
  value: number | null
  /** Missing or acceptable (the engine's own check): a present, invalid input makes the factor N/A. */
  valid: boolean
  integer: boolean
  min: number
  max: number | null
}

export type RedLineState = 'breached' | 'clear' | 'notEvaluated'

/** One key system of a per-system factor: its inputs as entered and the engine's figures. */
export interface FactorSystemRow {
  id: string
  name: string
  /** 第一类 … / Class 1 …, or "unclassified". */
  classLabel: string
  /** Class-weighted minimum only: the system's class weight. */
  classWeight: number | null
  inputs: FactorInputRow[]
  /** Its inputs are present, valid and pass the entry checks (else the factor is N/A). */
  inputsOk: boolean
  value: number | null
  band: BandGrade | null
  adjustedValue: number | null
  /** The system whose value is the factor's (min, max, class-weighted min). */
  binding: boolean
}

/** A per-system factor's systems and how they combine. */
export interface FactorSystemsRow {
  rule: SystemCombineRule
  ruleText: string
  systems: FactorSystemRow[]
  /** Which key systems the factor applies to and why; the ones in scope it leaves out. */
  scopeNote: string
}

/** The comment an answer or factor entry carries, and its evidence: names and SHA-256 digests. */
export interface CommentAndEvidence {
  comment: string
  /** One line per piece of evidence. */
  evidenceNames: string
  evidenceHashes: string
}

export interface FactorRow extends CommentAndEvidence {
  id: string
  name: string
  sectionId: string
  formulaText: string
  formula: FactorFormula
  /** The bank's formula cannot be evaluated: the value is written as N/A, not as a formula. */
  formulaError: boolean
  /** Entered per key system: the systems' inputs and figures; null for a factor entered once. */
  perSystem: FactorSystemsRow | null
  /** Ratio factors with a small-sample rule: below `minN` the result is marked, or banded by misses. */
  smallSample: { minN: number; missBands: number[] | null } | null
  inputs: FactorInputRow[]
  constraints: Array<{ left: string; op: 'lte' | 'lt' | 'gte' | 'gt'; right: string }>
  direction: 'higher' | 'lower'
  target: number
  display: FactorDisplay
  decimals: number
  bands: Array<{ grade: BandGrade; threshold: number | null; score: number }>
  scoring: 'bands' | 'linear'
  /** `input`: the red line tests that input's entered number, not the factor's value. */
  redLines: Array<{ id: string; op: ComparisonOp; value: number; input: string | null }>
  value: number | null
  band: BandGrade | null
  score: number | null
  pass: boolean | null
  /** Null when the factor has no red line. */
  redLineState: RedLineState | null
  redLineRule: string
  statusNote: string
  updatedBy: string
  updatedAt: CellData
}

export interface DetailRow extends CommentAndEvidence {
  id: string
  pillarId: string
  sectionId: string
  text: string
  typeLabel: string
  weight: number
  critical: boolean
  answer: CellData
  /** Number format for a numeric answer (e.g. a percentage entered as 0..100). */
  answerFormat: string | null
  status: string
  itemScore: number | null
  countedScore: number | null
  /** Visible, scored and applicable: enters the section's questionnaire score. */
  counted: boolean
  /** Visible, scored and validly N/A: counts in the N/A share. */
  na: boolean
  redLine: boolean
  notes: string
  naJustification: string
  answeredBy: string
  answeredAt: CellData
}

export interface FindingRow {
  /** 1-based; null for remediation records whose gap is gone. */
  rank: number | null
  id: string
  kind: 'question' | 'factor'
  targetId: string
  title: string
  pillarId: string
  sectionId: string
  score: number | null
  gap: number | null
  weight: number | null
  priority: number | null
  /** 风险等级 in force (an override, else defaultRiskLevel); null for records whose gap is gone. */
  riskLevel: RiskLevel | null
  /** Why the risk level differs from the default ('' when it does not). */
  riskReason: string
  /** 紧急整改: the record's flag, else high risk. */
  urgent: boolean
  overdue: boolean
  /** 重复问题: a gap in the previous period as well. */
  repeat: boolean
  /** Carried from an earlier period. */
  carried: boolean
  flags: string
  /** 问题描述: the assessor's, else generated from the question (or its standard wording) and answer. */
  description: string
  /** 依据: the question's references, one per line. */
  basis: string
  owner: string
  dueDate: CellData
  /** 整改建议: the record's action, else the bank's standard wording. */
  action: string
  status: string
  /** 整改说明 and the names of its evidence. */
  note: string
  noteEvidence: string
  /** 复查: date, by, result and comment as one text ('' when not re-checked). */
  recheck: string
  /** 事实确认: the auditee's response word ('' when none), explanation, plan and planned date. */
  feedbackResponse: string
  feedbackExplanation: string
  feedbackPlan: string
  feedbackDate: CellData
  feedbackBy: string
  /** The finding's earlier periods, one per line: period, status. */
  history: string
}

/** One review level of the assessment's record: its signature, or that it awaits one. */
export interface ReviewLevelRow {
  level: number
  /** `第 1 级` / `Level 1`. */
  levelText: string
  name: string
  by: string
  at: CellData
  decision: string
  comment: string
  /** The SHA-256 of the content the level approved ('' when not signed). */
  contentHash: string
}

/** One review step from the audit log: a level signed or sent back, a seal, a reopening. */
export interface ReviewHistoryRow {
  at: CellData
  by: string
  level: string
  decision: string
  comment: string
}

/**
 * The review record (复核记录) as the workbook and the Word report show it: the graded review's
 * levels and signatures, the seal, and every review step in the audit log.
 */
export interface ReviewModel {
  /** '' with review levels; otherwise the sentence saying there are none (and the seal). */
  noLevels: string
  levels: ReviewLevelRow[]
  seal: { by: string; at: CellData; contentHash: string; state: string } | null
  history: ReviewHistoryRow[]
}

export interface AuditRow {
  at: CellData
  by: string
  action: string
  target: string
  oldValue: string
  newValue: string
  reason: string
}

export interface MethodModel {
  profile: { id: string; version: string; name: string; description: string }
  factorScoring: 'bands' | 'linear'
  questionnaireShare: number
  tolerance: number
  pillarWeights: Array<{ id: string; name: string; weight: number }>
  sectionWeights: Array<{ id: string; pillarId: string; name: string; weight: number }>
  gates: {
    criticalItem: { enabled: boolean; levelsAbove: number }
    redLine: { enabled: boolean; capLevel: number }
    coverage: { enabled: boolean; maxNAWeightShare: number }
    unevidenced: { enabled: boolean; minLevel: number; scoredAsLevel: number }
  }
  maturityScores: number[]
  yesPartialNo: { yes: number; partial: number; no: number }
  questionRedLines: Array<{ id: string; questionId: string; rule: string; message: string }>
  factorRedLineMessages: Record<string, string>
}

/** Everything the single-assessment workbook shows. */
export interface ReportModel {
  kind: 'report'
  locale: Locale
  labels: ReportLabels
  /** Not finalized: marked DRAFT on the cover and in every page header. */
  draft: boolean
  /** The assessment's confidentiality label, on every sheet (a cell, page header and footer). */
  confidentiality: string
  generatedAt: string
  generator: string
  title: string
  cover: CoverModel
  levels: LevelRow[]
  summary: SummaryModel
  factors: FactorRow[]
  details: DetailRow[]
  findings: FindingRow[]
  /** 复核记录: the graded review's levels, the seal and the review steps. */
  review: ReviewModel
  audit: AuditRow[]
  auditTruncated: string
  method: MethodModel
}
