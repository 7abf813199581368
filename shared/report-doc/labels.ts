import type { ConfidentialityLevel } from '../assessment/report-fields'
import type { Locale } from '../bank/primitives'
import type { MeasureAggregate } from '../registers/measure'
import type { RiskLevel } from '../scoring/risk-level'
import { DOC_LABELS_EN_US } from './labels-en-us'
import { DOC_LABELS_ZH_CN } from './labels-zh-cn'

/**
 * The Word/PDF report's own fixed texts in one language (the workbook's words it shares come from
 * shared/report's ReportLabels). `{name}` placeholders are filled by shared/report's `fill`.
 */
export interface DocLabels {
  title: string
  confidentiality: Record<ConfidentialityLevel, string>
  risk: Record<RiskLevel, string>
  draftMark: string
  draftWatermark: string
  cover: {
    reportNumber: string
    scope: string
    keySystemsNone: string
    keySystemsMore: string
    reportDate: string
    hash: string
    qrCaption: string
    generated: string
  }
  header: string
  footer: string
  statementTitle: string
  statement: string[]
  statementDraft: string
  tocTitle: string
  chapters: {
    overview: string
    institution: string
    results: string
    findings: string
    conclusion: string
    recommendations: string
    annexes: string
  }
  overview: {
    purpose: string
    purposeText: string
    basis: string
    basisIntro: string
    scope: string
    scopeText: string
    method: string
    methodText: string[]
    process: string
    processHeaders: [string, string]
    steps: {
      created: string
      firstAnswer: string
      lastChange: string
      finalized: string
      generated: string
    }
    people: string
    peopleHeaders: [string, string, string]
    assessorRole: string
    finalizerRole: string
  }
  institution: {
    facts: string
    systems: string
    systemHeaders: [string, string, string, string, string]
    systemCount: string
    /** 第一类 … 第五类 (CSRC 2021 measures), index 0 = class 1. */
    systemClasses: [string, string, string, string, string]
    unclassified: string
    bankLine: string
    notes: string
  }
  results: {
    overall: string
    score: string
    level: string
    factorIndex: string
    completion: string
    completionText: string
    gate: string
    pillars: string
    pillarHeaders: [string, string, string, string, string, string]
    processes: string
    radarTitle: string
    radarCaption: string
    series: string
    weakest: string
    sections: string
    barTitle: string
    barCaption: string
    sectionHeaders: [string, string, string, string, string, string, string]
    factors: string
    factorHeaders: [string, string, string, string, string, string, string, string]
    factorNote: string
    redLines: string
    redLinesNone: string
    redLineClass: { regulatory: string; internal: string }
    systems: string
    notAssessed: string
    /** 分系统结果: each per-system factor's figures per key system. */
    perSystem: {
      intro: string
      noFactors: string
      noSystems: string
      /** `{id} {name}`: the table's heading. */
      factorTitle: string
      /** The rule, the selection and the combined value with the system that sets it. */
      rule: string
      binding: string
      rules: { min: string; max: string; classWeightedMin: string; sum: string; mean: string }
      selections: { all: string; realTime: string }
      headers: [string, string, string, string, string, string, string]
      adjustedHeader: string
      bindingMark: string
      /** `n of N` under a ratio factor's value. */
      sample: string
    }
  }
  findings: {
    intro: string
    none: string
    headers: [string, string, string, string, string, string, string, string, string]
    /** `{level}` then the reason an assessor changed it, on the next line. */
    riskReason: string
    tags: { repeat: string; overdue: string; carried: string }
  }
  recommendations: {
    urgent: string
    urgentTag: string
    medium: string
    low: string
    lowSummary: string
    none: string
    item: string
    defaultAction: string
    noDue: string
    noOwner: string
  }
  annexes: {
    details: string
    detailHeaders: [string, string, string, string, string, string, string]
    evidence: string
    evidenceHeaders: [string, string, string, string, string]
    evidenceNone: string
    evidenceKinds: { file: string; reference: string }
    feedback: string
    feedbackIntro: string
    feedbackNone: string
    feedbackHeaders: [string, string, string, string, string, string, string]
    method: string
    methodProfile: string
    methodLevels: string
    methodWeights: string
    methodGates: string
    methodRules: string[]
    gateState: { on: string; off: string }
    review: string
    seal: string
    sealNone: string
    history: string
    historyHeaders: [string, string, string, string]
    historyNone: string
    signature: string
    signatureHeaders: [string, string, string, string]
    signatureRoles: { assessor: string; reviewer: string; approver: string }
    stamp: string
    /** 附件6, only when figures were measured from registers. */
    registers: string
    registersIntro: string
    registerFiles: string
    registerFileHeaders: [string, string, string, string, string]
    registerFigures: string
    registerFigureHeaders: [string, string, string, string, string, string, string, string, string]
    registerExclusions: string
    registerExclusionHeaders: [string, string, string, string, string]
    registerExclusionsNone: string
    registerAllSystems: string
    /** A group of rows each outside the period at its own time / each of its own negative length. */
    registerReasonOutsidePeriod: string
    registerReasonNegative: string
    registerAggregates: Record<MeasureAggregate, string>
    /** `故障台账 第 3、5、9 行` — the rows a reason left out. */
    registerRows: string
    /** Appended when more rows were left out than the annex lists. */
    registerRowsMore: string
  }
  narrative: {
    overview: string
    conclusionLevel: string
    conclusionWithheld: string
    conclusionNoScore: string
    conclusionPillars: string
    conclusionWeak: string
    conclusionRedLines: string
    conclusionNoRedLines: string
    conclusionFindings: string
    conclusionDraft: string
    recommendations: string
    recommendationsNone: string
  }
}

const LABELS: Record<Locale, DocLabels> = { 'zh-CN': DOC_LABELS_ZH_CN, 'en-US': DOC_LABELS_EN_US }

/** The Word/PDF report's fixed texts in `locale`. */
export function docLabels(locale: Locale): DocLabels {
  return LABELS[locale]
}
