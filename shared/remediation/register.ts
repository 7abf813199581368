import {
  ACTIVE_FINDING_STATUSES,
  type Answer,
  type FindingRecord,
  type PreviousPeriod
} from '../assessment/assessment'
import type { BankIndex } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import type { LevelDefinition } from '../bank/profile'
import { defaultRiskLevel, type RiskLevel } from '../scoring/risk-level'
import type { Finding, ScoringResult } from '../scoring/types'
import {
  findingBasis,
  findingTitle,
  generatedDescription,
  standardRecommendation,
  type WordingContext
} from './wording'
import { firstByKey } from '../util/first-by-key'

/** A finding id's parts: `q:C3.01` → question C3.01, `f:F01` → factor F01. */
export function parseFindingId(findingId: string): {
  kind: 'question' | 'factor'
  targetId: string
} {
  return { kind: findingId.startsWith('f:') ? 'factor' : 'question', targetId: findingId.slice(2) }
}

/**
 * One line of the remediation register (问题清单): the engine's gap (when there is one now), its
 * stored record (or a fresh open one), and everything derived from both — the description and
 * recommendation in force, the risk level, urgency, and whether it is overdue, a repeat or carried.
 */
export interface RegisterEntry {
  findingId: string
  kind: 'question' | 'factor'
  targetId: string
  title: string
  pillarId: string
  sectionId: string
  /** The engine's gap now; null when the item no longer falls short (the record stays listed). */
  finding: Finding | null
  /** 1-based position in the engine's ranking; null without a current gap. */
  rank: number | null
  /** The stored record, or `{ findingId, status: 'open' }` when nothing was recorded yet. */
  record: FindingRecord
  /** A record is stored for it. */
  stored: boolean
  /** 问题描述: the edited one, else the generated one. */
  description: string
  descriptionEdited: boolean
  /** 问题描述 as generated (what restoring the description gives back). */
  generatedDescription: string
  /** 整改建议: the record's action, else the bank's standard wording, else ''. */
  recommendation: string
  recommendationFrom: 'record' | 'bank' | 'none'
  /** 依据: the question's references (or the factor measured). */
  basis: string[]
  /** The engine's default risk level; null without a current gap. */
  defaultRisk: RiskLevel | null
  /** The risk level in force: the override, else the default. */
  risk: RiskLevel | null
  /** 紧急整改: the record's flag, else high risk. */
  urgent: boolean
  /** Still open or in progress after its due date. */
  overdue: boolean
  /** 重复问题: a gap now on an item that was a gap in the previous period as well. */
  repeat: boolean
  /** Carried from an earlier period (it has a history). */
  carried: boolean
}

export interface RegisterInput {
  index: BankIndex
  result: Pick<ScoringResult, 'questions' | 'factors' | 'findings'>
  answers: readonly Answer[]
  records: readonly FindingRecord[]
  levels: readonly LevelDefinition[]
  previousPeriod?: PreviousPeriod
  /** Today as YYYY-MM-DD (the caller's clock): overdue is decided against it. */
  today: string
  locale: Locale
}

/** Whether a record is past its due date while still open or in progress. */
export function isOverdue(record: FindingRecord, today: string): boolean {
  return (
    record.dueDate !== undefined &&
    record.dueDate < today &&
    ACTIVE_FINDING_STATUSES.includes(record.status)
  )
}

/**
 * The register: the engine's gaps in its ranking (weight × gap), each with its record, then the
 * stored records whose gap is gone (a remediation never silently leaves the list), in id order.
 */
export function buildRegister(input: RegisterInput): RegisterEntry[] {
  const { index, locale } = input
  const answers = firstByKey(input.answers, (answer) => answer.questionId)
  const records = firstByKey(input.records, (record) => record.findingId)
  const wording: WordingContext = {
    index,
    result: input.result,
    answers,
    levels: input.levels,
    locale
  }
  const previousGaps = new Set(input.previousPeriod?.gaps ?? [])

  const entry = (
    findingId: string,
    finding: Finding | null,
    rank: number | null
  ): RegisterEntry => {
    const { kind, targetId } = parseFindingId(findingId)
    const stored = records.get(findingId)
    const record: FindingRecord = stored ?? { findingId, status: 'open' }
    const edited = record.description !== undefined && record.description.trim() !== ''
    const bankRecommendation = standardRecommendation(index, kind, targetId, locale)
    const action = record.action?.trim() ?? ''
    const defaultRisk = finding === null ? null : defaultRiskLevel(finding)
    const risk = record.risk?.level ?? defaultRisk
    const question = kind === 'question' ? index.questions.get(targetId) : undefined
    const generated =
      finding === null
        ? `【${targetId}】${findingTitle(index, kind, targetId, locale)}`
        : generatedDescription(wording, finding)
    const sectionId =
      finding?.sectionId ?? question?.section.id ?? index.factors.get(targetId)?.feeds ?? ''
    return {
      findingId,
      kind,
      targetId,
      title: findingTitle(index, kind, targetId, locale),
      pillarId:
        finding?.pillarId ?? question?.pillar.id ?? index.sections.get(sectionId)?.pillar.id ?? '',
      sectionId,
      finding,
      rank,
      record,
      stored: stored !== undefined,
      description: edited ? (record.description as string) : generated,
      descriptionEdited: edited,
      generatedDescription: generated,
      recommendation: action !== '' ? (record.action as string) : (bankRecommendation ?? ''),
      recommendationFrom: action !== '' ? 'record' : bankRecommendation ? 'bank' : 'none',
      basis: findingBasis(index, kind, targetId, locale),
      defaultRisk,
      risk,
      urgent: record.urgent ?? risk === 'high',
      overdue: isOverdue(record, input.today),
      repeat: finding !== null && previousGaps.has(findingId),
      carried: (record.history?.length ?? 0) > 0
    }
  }

  const rows = input.result.findings.map((finding, k) => entry(finding.id, finding, k + 1))
  const current = new Set(input.result.findings.map((finding) => finding.id))
  const gone = [...records.keys()]
    .filter((id) => !current.has(id))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  for (const id of gone) rows.push(entry(id, null, null))
  return rows
}
