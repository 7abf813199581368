import type { FeedbackResponse, FindingStatus, RecheckResult } from '../assessment/finding-record'
import type { RiskLevel } from '../scoring/risk-level'
import type { Locale } from '../bank/primitives'
import { EN_US_LABELS } from './labels-en-us'
import { ZH_CN_LABELS } from './labels-zh-cn'
import type { ReviewLabels } from './labels-review'
import type { AuditLabels } from './labels-audit'

/**
 * Every fixed text of the workbook in one language: sheet names, headers, status words and the
 * words formulas return (e.g. "覆盖不足"). Plain strings only, so a report model stays
 * JSON-serialisable; `{name}` placeholders are filled by {@link fill}.
 */
export interface ReportLabels {
  sheets: {
    cover: string
    summary: string
    factors: string
    details: string
    findings: string
    audit: string
    review: string
    method: string
    assessments: string
    trend: string
    redLines: string
  }
  /** The "no value" result of a formula (a factor with a zero denominator, a section with nothing to score). */
  noValue: string
  dash: string
  /** `{text}` in brackets: `（…）` in Chinese, ` (…)` in English. */
  parenthesized: string
  /** A breached red line: `{source}（{redLine}）：{message}`. */
  redLineLine: string
  yes: string
  no: string
  none: string
  listSeparator: string
  /** Between a label and its value: `：` in Chinese, `: ` in English. */
  colon: string
  /** After an evidence item's name: its date and caption, e.g. `（证据日期 2025-06-30；…）`. */
  evidenceDetails: { date: string; separator: string; wrap: string }
  statuses: { draft: string; inReview: string; finalized: string }
  draftMark: string
  finalMark: string
  pageHeaderDraft: string
  cover: {
    title: string
    consolidatedTitle: string
    institution: string
    scope: string
    period: string
    periodTo: string
    assessors: string
    status: string
    bank: string
    bankHash: string
    profile: string
    overall: string
    level: string
    explanation: string
    factorIndex: string
    redLines: string
    completion: string
    completionQuestions: string
    completionFactors: string
    completionCombined: string
    generatedAt: string
    contentHash: string
    seal: string
    sealValid: string
    sealInvalid: string
    /** An unmarked seal of 2026-12-06 that matches the content without the registers. */
    sealBeforeRegisters: string
    notSealed: string
    generator: string
    notes: string
    issues: string
    issuesNone: string
    issuesMore: string
    formulasNote: string
    assessmentCount: string
    institutions: string
    banks: string
    groupOverview: string
  }
  summary: {
    title: string
    headers: {
      id: string
      name: string
      questionnaire: string
      factors: string
      combined: string
      weight: string
      level: string
      note: string
      naShare: string
      coverage: string
      included: string
      rawLevel: string
      cap: string
      completion: string
    }
    overall: string
    factorIndex: string
    chartTitle: string
    pillarChartTitle: string
    legend: string
    factorsUnavailable: string
  }
  coverage: { sufficient: string; insufficient: string; notAssessed: string }
  levelWithheld: string
  factors: {
    headers: {
      id: string
      name: string
      process: string
      formula: string
      value: string
      band: string
      score: string
      target: string
      pass: string
      redLine: string
      redLineRule: string
      status: string
      comment: string
      evidence: string
      evidenceHash: string
      updatedBy: string
      updatedAt: string
    }
    inputsTitle: string
    inputHeaders: { factor: string; input: string; name: string; unit: string; value: string }
    validHeader: string
    /** The per-system tables under the inputs (factors entered per key system). */
    systems: {
      title: string
      /** Above each factor's table; {id}, {name} and {rule} filled in. */
      blockTitle: string
      rules: { min: string; max: string; classWeightedMin: string; sum: string; mean: string }
      headers: {
        factor: string
        system: string
        class: string
        inputsOk: string
        value: string
        band: string
        classWeight: string
        adjusted: string
        binding: string
      }
      /** 第一类 … 第五类; index 0 is class 1. */
      classNames: [string, string, string, string, string]
      unclassified: string
      noSystems: string
      /**
       * The note under each table: which systems the factor applies to and why ({count} systems;
       * {total} in scope); `excluded` extends it ({note}) when some systems in scope do not apply ({names}).
       */
      scope: { all: string; realTime: string; excluded: string; separator: string }
    }
    redLineStates: { breached: string; clear: string; notEvaluated: string }
    statusNotes: {
      ok: string
      missingInputs: string
      invalidInputs: string
      constraintViolated: string
      undefined: string
      formulaError: string
      noSystems: string
    }
    modes: { bands: string; linear: string }
    directions: { higher: string; lower: string }
    minutes: string
  }
  details: {
    headers: {
      id: string
      pillar: string
      section: string
      text: string
      type: string
      weight: string
      critical: string
      answer: string
      status: string
      itemScore: string
      countedScore: string
      counted: string
      na: string
      redLine: string
      notes: string
      naJustification: string
      comment: string
      evidence: string
      evidenceHash: string
      answeredBy: string
      answeredAt: string
    }
    types: Record<
      | 'maturity'
      | 'yesPartialNo'
      | 'singleChoice'
      | 'multiChoice'
      | 'number'
      | 'percentage'
      | 'date'
      | 'text'
      | 'evidence',
      string
    >
    states: {
      answered: string
      unanswered: string
      na: string
      hidden: string
      notScored: string
    }
    answers: { yes: string; partial: string; no: string; na: string; evidence: string }
    flags: {
      unanswered: string
      invalidValue: string
      invalidNA: string
      redLine: string
      afterPeriodEnd: string
    }
    /** Number format of a 1/0 flag column: shows yes for 1, nothing for 0. */
    flagFormat: string
  }
  findings: {
    headers: {
      rank: string
      id: string
      target: string
      title: string
      pillar: string
      section: string
      score: string
      gap: string
      weight: string
      priority: string
      flags: string
      owner: string
      dueDate: string
      action: string
      status: string
      risk: string
      riskReason: string
      description: string
      basis: string
      note: string
      noteEvidence: string
      recheck: string
      feedbackResponse: string
      feedbackExplanation: string
      feedbackPlan: string
      feedbackDate: string
      feedbackBy: string
      history: string
    }
    flags: {
      critical: string
      redLine: string
      unanswered: string
      noLongerGap: string
      urgent: string
      overdue: string
      repeat: string
      carried: string
    }
    statuses: Record<FindingStatus, string>
    risk: Record<RiskLevel, string>
    recheckResults: Record<RecheckResult, string>
    feedbackResponses: Record<FeedbackResponse, string>
    /** `{date} {by}: {result}` (and the comment on the next line). */
    recheck: string
    /** `{start}–{end} {report}: {status}` per earlier period. */
    historyItem: string
  }
  /** The review record (复核记录): its sheet and the Word report's annex 5. */
  reviewRecord: ReviewLabels
  audit: AuditLabels
  method: {
    profileTitle: string
    profile: string
    factorScoring: string
    questionnaireShare: string
    tolerance: string
    pillarWeightsTitle: string
    sectionWeightsTitle: string
    levelsTitle: string
    levelHeaders: { level: string; code: string; label: string; minScore: string }
    weightHeaders: { id: string; pillar: string; name: string; weight: string }
    gatesTitle: string
    gateHeaders: { gate: string; enabled: string; parameter: string; value: string }
    gates: {
      criticalItem: string
      criticalItemParam: string
      redLine: string
      redLineParam: string
      coverage: string
      coverageParam: string
      unevidenced: string
      unevidencedMin: string
      unevidencedAs: string
    }
    itemScoresTitle: string
    maturity: string
    yesPartialNo: string
    bandsTitle: string
    bandHeaders: { factor: string; direction: string; threshold: string; score: string }
    redLinesTitle: string
    redLineHeaders: { id: string; source: string; target: string; rule: string; message: string }
    redLineSources: { factor: string; question: string }
    answerIn: string
    rulesTitle: string
    rules: string[]
  }
  consolidated: {
    headers: {
      institution: string
      periodStart: string
      periodEnd: string
      status: string
      bank: string
      completion: string
      overall: string
      level: string
      factorIndex: string
      redLines: string
      score: string
      levelShort: string
      delta: string
      assessmentId: string
      source: string
      redLine: string
      message: string
      cap: string
      fileHash: string
    }
    trendNone: string
    redLinesNone: string
    note: string
    draftsMark: string
    allFinal: string
    drafts: string
  }
}

const LABELS: Record<Locale, ReportLabels> = { 'zh-CN': ZH_CN_LABELS, 'en-US': EN_US_LABELS }

/** The workbook's fixed texts in `locale`. */
export function reportLabels(locale: Locale): ReportLabels {
  return LABELS[locale]
}

/** Fills `{name}` placeholders: `fill('{n} 项', { n: 3 })` → `3 项`. Unknown names stay as written. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole
  )
}
