import type { Assessment } from '../assessment/assessment'
import { assessmentContentHash } from '../assessment/canonical'
import { sealVerdict, type SealVerdict } from '../assessment/seal'
import { confidentialityLabel } from '../assessment/confidentiality'
import type { Bank } from '../bank/bank'
import { bankRef } from '../bank/identity'
import { indexBank } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import { scoreAssessment } from '../scoring/score'
import { sortLevels } from '../scoring/levels'
import type { CompletionFigure, ScoringResult } from '../scoring/types'
import { buildDetailRows } from './build-details'
import { buildFactorRows } from './build-factors'
import { MAX_AUDIT_ROWS, buildAuditRows, buildFindingRows } from './build-findings'
import { buildReviewModel } from './build-review'
import { buildMethod, buildSummary } from './build-summary'
import { fill, reportLabels, type ReportLabels } from './labels'
import type { CompletionData, CoverModel, ReportModel } from './model'
import { wallClockText } from './time'

export interface ReportInput {
  bank: Bank
  assessment: Assessment
  /** The engine's result for this bank and assessment; computed when not given. */
  result?: ScoringResult
  /** Report language; default zh-CN. */
  locale?: Locale
  /**
   * When the report is generated, ISO 8601 with offset (see `isoWithOffset`). Passed in, never
   * read from the clock here, so the same inputs always give the same model.
   */
  generatedAt: string
  /** The program that wrote it, e.g. `Stability Assessor 0.1.0`. */
  generator?: string
}

/** How many warning/error sentences the cover lists; the rest are counted. */
const MAX_COVER_ISSUES = 30

const completionData = (figure: {
  done: number
  total: number
  percent: number | null
}): CompletionData => ({ done: figure.done, total: figure.total, percent: figure.percent })

function sealText(
  assessment: Assessment,
  verdict: SealVerdict | null,
  labels: ReportLabels
): string {
  const seal = assessment.finalization
  if (seal === undefined || verdict === null) return labels.cover.notSealed
  const text = {
    valid: labels.cover.sealValid,
    beforeRegisters: labels.cover.sealBeforeRegisters,
    mismatch: labels.cover.sealInvalid
  }[verdict]
  return fill(text, {
    by: seal.by,
    at: wallClockText(seal.at)
  })
}

/**
 * DRAFT until the assessment is finalized with a seal that still matches and every item is
 * done: a manager must never take a partial or changed result for a signed one.
 */
function isDraft(assessment: Assessment, sealValid: boolean, combined: CompletionFigure): boolean {
  return !(assessment.status === 'finalized' && sealValid && combined.percent >= 100)
}

function buildCover(
  bank: Bank,
  assessment: Assessment,
  result: ScoringResult,
  hash: { content: string; sealValid: boolean; verdict: SealVerdict | null },
  labels: ReportLabels,
  locale: Locale
): CoverModel {
  const m = assessment.metadata
  const issues = [...result.errors, ...result.warnings].map((issue) => issue.message[locale])
  return {
    institution: m.institution,
    scope: m.systems.map((system) => system.name),
    period: { start: m.period.start, end: m.period.end },
    assessors: [...m.assessors],
    status: assessment.status,
    statusLabel: labels.statuses[assessment.status],
    notes: m.notes ?? '',
    bank: {
      id: bank.id,
      version: bank.version,
      contentHash: bankRef(bank).contentHash,
      title: bank.title[locale]
    },
    profile: {
      id: assessment.profile.id,
      version: assessment.profile.version,
      name: assessment.profile.name[locale]
    },
    overallExplanation: result.overall.text[locale],
    redLines: result.overall.redLineBreaches.map((breach) =>
      fill(labels.redLineLine, {
        source: breach.sourceId,
        redLine: breach.redLineId,
        message: breach.message[locale]
      })
    ),
    completion: {
      questions: completionData(result.completion.questions),
      factors: completionData(result.completion.factors),
      combined: completionData(result.completion.combined)
    },
    contentHash: hash.content,
    seal: sealText(assessment, hash.verdict, labels),
    issues: issues.slice(0, MAX_COVER_ISSUES),
    issuesMore: Math.max(0, issues.length - MAX_COVER_ISSUES)
  }
}

/**
 * Assessment + bank (+ scoring result) → the report model, every text in `locale`, every
 * figure the engine's. The workbook writer (writeReportWorkbook) only lays this out.
 */
export function buildReportModel(input: ReportInput): ReportModel {
  const { bank, assessment } = input
  const locale = input.locale ?? 'zh-CN'
  const labels = reportLabels(locale)
  const result = input.result ?? scoreAssessment(bank, assessment)
  const index = indexBank(bank)
  const levels = sortLevels(assessment.profile.levels)
  const log = assessment.auditLog
  const content = assessmentContentHash(assessment)
  const verdict = sealVerdict(assessment, content)
  const hash = { content, sealValid: verdict === 'valid' || verdict === 'beforeRegisters', verdict }
  return {
    kind: 'report',
    locale,
    labels,
    draft: isDraft(assessment, hash.sealValid, result.completion.combined),
    confidentiality: confidentialityLabel(assessment.metadata.confidentiality, locale),
    generatedAt: input.generatedAt,
    generator: input.generator ?? 'Stability Assessor',
    title: labels.cover.title,
    cover: buildCover(bank, assessment, result, hash, labels, locale),
    levels: levels.map((l) => ({
      level: l.level,
      code: l.code,
      label: l.label[locale],
      minScore: l.minScore
    })),
    summary: buildSummary({ index, result, profile: assessment.profile, labels, locale }),
    factors: buildFactorRows({
      factors: bank.factors,
      results: result.factors,
      entries: assessment.factors,
      labels,
      locale,
      systems: assessment.metadata.systems
    }),
    details: buildDetailRows({
      index,
      questions: result.questions,
      answers: assessment.answers,
      levels,
      labels,
      locale
    }),
    findings: buildFindingRows({
      result,
      answers: assessment.answers,
      records: assessment.findings,
      levels,
      ...(assessment.previousPeriod === undefined
        ? {}
        : { previousPeriod: assessment.previousPeriod }),
      today: input.generatedAt.slice(0, 10),
      index,
      labels,
      locale
    }),
    review: buildReviewModel(
      assessment,
      { ...hash, sealText: sealText(assessment, hash.verdict, labels) },
      labels
    ),
    audit: buildAuditRows(log, labels),
    auditTruncated:
      log.length > MAX_AUDIT_ROWS
        ? fill(labels.audit.truncated, { max: MAX_AUDIT_ROWS, n: log.length })
        : '',
    method: buildMethod({ bank, profile: assessment.profile, labels, locale })
  }
}
