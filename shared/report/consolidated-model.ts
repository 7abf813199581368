import type { Assessment } from '../assessment/assessment'
import { assessmentContentHash } from '../assessment/canonical'
import { sealVerdict } from '../assessment/seal'
import { confidentialityLabel, strictestConfidentiality } from '../assessment/confidentiality'
import type { Bank } from '../bank/bank'
import type { Locale } from '../bank/primitives'
import { levelCode } from '../scoring/levels'
import { scoreAssessment } from '../scoring/score'
import type { ScoringResult } from '../scoring/types'
import { fill, reportLabels, type ReportLabels } from './labels'

/** One assessment to consolidate, with its bank (and its result, when already computed). */
export interface ConsolidatedItem {
  bank: Bank
  assessment: Assessment
  result?: ScoringResult
}

export interface ConsolidatedInput {
  items: readonly ConsolidatedItem[]
  locale?: Locale
  /** ISO 8601 with offset; see ReportInput.generatedAt. */
  generatedAt: string
  generator?: string
  /** Called after each assessment is scored, for a progress indicator. */
  onProgress?: (done: number, total: number) => void
  /**
   * Called every few assessments so a UI can paint (e.g. `() => new Promise((r) => setTimeout(r))`);
   * pure code cannot reach a timer itself.
   */
  yieldControl?: () => Promise<void>
  /**
   * Add each assessment's content SHA-256 (as on its own report's cover). Off by default: the
   * hash of a full assessment costs several milliseconds, which adds up over hundreds.
   */
  contentHashes?: boolean
}

export interface ScoreCell {
  score: number | null
  /** A level code, a band letter, or '' when none. */
  grade: string
}

export interface ConsolidatedRow {
  assessmentId: string
  institution: string
  periodStart: string
  periodEnd: string
  status: string
  draft: boolean
  bank: string
  completionPercent: number | null
  overall: ScoreCell
  factorIndex: number | null
  redLineCount: number
  /** By pillar, section and factor id (absent when the assessment's bank lacks it). */
  pillars: Record<string, ScoreCell>
  sections: Record<string, ScoreCell>
  factors: Record<string, ScoreCell>
  /** Empty unless `contentHashes` was asked for. */
  contentHash: string
}

export interface ConsolidatedRedLine {
  institution: string
  periodEnd: string
  assessmentId: string
  redLineId: string
  source: string
  sourceId: string
  message: string
  overallLevel: string
}

export interface ColumnGroup {
  id: string
  name: string
}

/** Everything the consolidated workbook shows, as plain data. */
export interface ConsolidatedModel {
  kind: 'consolidated'
  locale: Locale
  labels: ReportLabels
  generatedAt: string
  generator: string
  /** The strictest confidentiality label of the assessments, on every sheet. */
  confidentiality: string
  title: string
  columns: { pillars: ColumnGroup[]; sections: ColumnGroup[]; factors: ColumnGroup[] }
  /** By institution, then period. */
  rows: ConsolidatedRow[]
  /** Row indexes per institution seen in more than one period, in period order. */
  trend: Array<{ institution: string; rows: number[] }>
  redLines: ConsolidatedRedLine[]
  banks: string[]
  institutionCount: number
  draftCount: number
  draftMark: string
}

function addColumn(columns: ColumnGroup[], seen: Set<string>, id: string, name: string): void {
  if (seen.has(id)) return
  seen.add(id)
  columns.push({ id, name })
}

/** A level's code, or the "withheld" word, or '' without a level. */
function gradeOf(result: ScoringResult, assessment: Assessment, labels: ReportLabels): string {
  const o = result.overall
  if (o.level !== null) return levelCode(assessment.profile.levels, o.level)
  return o.gates.some((g) => g.gate === 'coverage') ? labels.levelWithheld : ''
}

/** Finalized with a seal that still matches what it sealed; the content hash is computed at most once. */
function isSealed(assessment: Assessment, hash: () => string): boolean {
  if (assessment.status !== 'finalized' || assessment.finalization === undefined) return false
  const verdict = sealVerdict(assessment, hash())
  return verdict === 'valid' || verdict === 'beforeRegisters'
}

function rowOf(
  item: ConsolidatedItem,
  result: ScoringResult,
  labels: ReportLabels,
  withHash: boolean
): ConsolidatedRow {
  const { bank, assessment } = item
  const levels = assessment.profile.levels
  const code = (level: number | null): string => (level === null ? '' : levelCode(levels, level))
  let hash: string | null = null
  const contentHash = (): string => (hash ??= assessmentContentHash(assessment))
  const draft = !isSealed(assessment, contentHash)
  const pillars: Record<string, ScoreCell> = {}
  for (const p of result.pillars) pillars[p.id] = { score: p.score, grade: code(p.level) }
  const sections: Record<string, ScoreCell> = {}
  for (const s of result.sections) sections[s.id] = { score: s.combinedScore, grade: code(s.level) }
  const factors: Record<string, ScoreCell> = {}
  for (const f of result.factors) factors[f.id] = { score: f.score, grade: f.band ?? '' }
  const m = assessment.metadata
  return {
    assessmentId: assessment.id,
    institution: m.institution,
    periodStart: m.period.start,
    periodEnd: m.period.end,
    status: labels.statuses[assessment.status],
    draft: draft || result.completion.combined.percent < 100,
    bank: `${bank.id} ${bank.version}`,
    completionPercent: result.completion.combined.percent,
    overall: { score: result.overall.score, grade: gradeOf(result, assessment, labels) },
    factorIndex: result.factorIndex,
    redLineCount: result.overall.redLineBreaches.length,
    pillars,
    sections,
    factors,
    contentHash: withHash ? contentHash() : ''
  }
}

/** Assessments scored between two yields: ~10–20 ms of work. */
const YIELD_EVERY = 10

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** The strictest confidentiality label of the assessments: what the whole workbook carries. */
function strictestLabel(items: readonly ConsolidatedItem[], locale: Locale): string {
  const levels = items.map((item) => item.assessment.metadata.confidentiality)
  return confidentialityLabel(strictestConfidentiality(levels), locale)
}

/**
 * Several assessments (departments, subsidiaries, periods) → one overview: a row per assessment
 * with pillar, section/process and factor scores and levels; a trend per institution seen in
 * several periods; every breached red line in one place. Columns are the union of the banks'
 * pillars, sections and factors in first-seen order, so assessments on different bank versions
 * still line up by id.
 */
export async function buildConsolidatedModel(input: ConsolidatedInput): Promise<ConsolidatedModel> {
  const locale = input.locale ?? 'zh-CN'
  const labels = reportLabels(locale)
  const columns = {
    pillars: [] as ColumnGroup[],
    sections: [] as ColumnGroup[],
    factors: [] as ColumnGroup[]
  }
  const seen = {
    pillars: new Set<string>(),
    sections: new Set<string>(),
    factors: new Set<string>()
  }
  const banks = new Set<string>()
  const scored: Array<{ item: ConsolidatedItem; row: ConsolidatedRow; result: ScoringResult }> = []
  for (let k = 0; k < input.items.length; k++) {
    const item = input.items[k] as ConsolidatedItem
    const { bank, assessment } = item
    banks.add(`${bank.id} ${bank.version}`)
    for (const p of bank.pillars) {
      addColumn(columns.pillars, seen.pillars, p.id, p.title[locale])
      for (const s of p.sections) addColumn(columns.sections, seen.sections, s.id, s.title[locale])
    }
    for (const f of bank.factors) addColumn(columns.factors, seen.factors, f.id, f.name[locale])
    const result = item.result ?? scoreAssessment(bank, assessment)
    scored.push({ item, row: rowOf(item, result, labels, input.contentHashes === true), result })
    input.onProgress?.(k + 1, input.items.length)
    if (input.yieldControl !== undefined && k % YIELD_EVERY === YIELD_EVERY - 1)
      await input.yieldControl()
  }
  scored.sort(
    (a, b) =>
      byText(a.row.institution, b.row.institution) ||
      byText(a.row.periodEnd, b.row.periodEnd) ||
      byText(a.row.periodStart, b.row.periodStart) ||
      byText(a.row.assessmentId, b.row.assessmentId)
  )
  const rows = scored.map((s) => s.row)
  const byInstitution = new Map<string, number[]>()
  rows.forEach((row, i) => {
    const list = byInstitution.get(row.institution) ?? []
    list.push(i)
    byInstitution.set(row.institution, list)
  })
  const trend = [...byInstitution.entries()]
    .filter(([, list]) => list.length > 1)
    .map(([institution, list]) => ({ institution, rows: list }))
  const redLines: ConsolidatedRedLine[] = []
  for (const { row, result } of scored)
    for (const breach of result.overall.redLineBreaches)
      redLines.push({
        institution: row.institution,
        periodEnd: row.periodEnd,
        assessmentId: row.assessmentId,
        redLineId: breach.redLineId,
        source: labels.method.redLineSources[breach.source],
        sourceId: breach.sourceId,
        message: breach.message[locale],
        overallLevel: row.overall.grade
      })
  const draftCount = rows.filter((r) => r.draft).length
  return {
    kind: 'consolidated',
    locale,
    labels,
    generatedAt: input.generatedAt,
    generator: input.generator ?? 'Stability Assessor',
    confidentiality: strictestLabel(input.items, locale),
    title: labels.cover.consolidatedTitle,
    columns,
    rows,
    trend,
    redLines,
    banks: [...banks],
    institutionCount: byInstitution.size,
    draftCount,
    draftMark: draftCount > 0 ? fill(labels.consolidated.draftsMark, { n: draftCount }) : ''
  }
}
