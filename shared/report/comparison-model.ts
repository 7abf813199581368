import type { AnswerValue } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { indexBank } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import type { Comparison } from '../comparison'
import { comparisonLabels, type ComparisonLabels } from './labels-comparison'

/** One scored node of the comparison table, named in the report's language. */
export interface ComparisonRow {
  kind: 'overall' | 'factorIndex' | 'pillar' | 'section' | 'factor'
  id: string
  name: string
  previous: number | null
  current: number | null
  delta: number | null
}

/** A question whose answer or score changed. */
export interface ComparisonAnswerRow {
  id: string
  question: string
  previousAnswer: string
  currentAnswer: string
  previous: number | null
  current: number | null
  delta: number | null
}

/**
 * What the workbook's comparison sheet shows (上期对比): the scored nodes of both periods, the
 * level, the findings opened/closed/repeated/carried and the answers changed — every figure
 * straight from shared/comparison, so the sheet, the app and `compare --json` agree.
 */
export interface ComparisonSheetInput {
  labels: ComparisonLabels
  previousPeriod: string
  currentPeriod: string
  previousLevel: string
  rows: ComparisonRow[]
  findings: Array<{ kind: keyof ComparisonLabels['findingKinds']; ids: string[] }>
  answers: ComparisonAnswerRow[]
}

const ANSWER_TEXT_MAX = 300

/** A stored answer as one short line: option ids joined, long text clipped. */
function valueText(value: AnswerValue, na: boolean, labels: ComparisonLabels): string {
  if (na) return labels.na
  if (value === null) return ''
  const text = Array.isArray(value) ? value.join(', ') : String(value)
  return text.length > ANSWER_TEXT_MAX ? `${text.slice(0, ANSWER_TEXT_MAX - 1)}…` : text
}

/** Names the comparison's nodes from the (current) bank for the workbook's comparison sheet. */
export function buildComparisonSheetInput(
  comparison: Comparison,
  bank: Bank,
  locale: Locale,
  levelCode: (level: number | null) => string
): ComparisonSheetInput {
  const labels = comparisonLabels(locale)
  const index = indexBank(bank)
  const period = (p: Comparison['previous']) =>
    `${p.period.start}${labels.periodJoin}${p.period.end}`
  const named = (kind: ComparisonRow['kind'], name: (id: string) => string | undefined) => {
    return (d: Comparison['pillars'][number]): ComparisonRow => ({
      kind,
      id: d.id,
      name: name(d.id) ?? d.id,
      previous: d.previous,
      current: d.current,
      delta: d.delta
    })
  }
  const { overall, factorIndex, findings } = comparison
  return {
    labels,
    previousPeriod: period(comparison.previous),
    currentPeriod: period(comparison.current),
    previousLevel: levelCode(overall.previousLevel),
    rows: [
      { ...overall, kind: 'overall', name: labels.kinds.overall },
      { ...factorIndex, kind: 'factorIndex', name: labels.kinds.factorIndex },
      ...comparison.pillars.map(named('pillar', (id) => index.pillars.get(id)?.title[locale])),
      ...comparison.sections.map(
        named('section', (id) => index.sections.get(id)?.section.title[locale])
      ),
      ...comparison.factors.map(named('factor', (id) => index.factors.get(id)?.name[locale]))
    ],
    findings: (['opened', 'closed', 'repeated', 'carried'] as const).map((kind) => ({
      kind,
      ids: findings[kind]
    })),
    answers: comparison.answers.map((a) => ({
      id: a.id,
      question: index.questions.get(a.id)?.question.text[locale] ?? a.id,
      previousAnswer: valueText(a.previousValue, a.previousNa, labels),
      currentAnswer: valueText(a.currentValue, a.currentNa, labels),
      previous: a.previous,
      current: a.current,
      delta: a.delta
    }))
  }
}
