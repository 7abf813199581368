import type { AnswerValue } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { FactorDisplay } from '../bank/factor'
import { indexBank } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import type { BankMapping, Comparison, OneSidedQuestion } from '../comparison'
import { fill } from './labels'
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

/** One key system's value of a per-system factor in both periods, shown as the bank says. */
export interface ComparisonSystemRow {
  factorId: string
  systemId: string
  /** The key system's name (`集中交易系统`). */
  name: string
  previous: number | null
  current: number | null
  delta: number | null
  display: FactorDisplay
  decimals: number
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
  /** Per-system factors: each key system with a value in either period (none without systems). */
  systems: ComparisonSystemRow[]
  findings: Array<{ kind: keyof ComparisonLabels['findingKinds']; ids: string[] }>
  answers: ComparisonAnswerRow[]
  /** Across a bank upgrade: the line naming both versions and the counts; absent otherwise. */
  mapping?: string
  /** Across a bank upgrade: the questions only one version has, labelled, after the changes. */
  oneSided: ComparisonAnswerRow[]
}

const ANSWER_TEXT_MAX = 300

/** A stored answer as one short line: option ids joined, long text clipped. */
function valueText(value: AnswerValue, na: boolean, labels: ComparisonLabels): string {
  if (na) return labels.na
  if (value === null) return ''
  const text = Array.isArray(value) ? value.join(', ') : String(value)
  return text.length > ANSWER_TEXT_MAX ? `${text.slice(0, ANSWER_TEXT_MAX - 1)}…` : text
}

/**
 * Names the comparison's nodes from the current bank (a node only the previous bank has, and a
 * removed question, from `previousBank`) for the workbook's comparison sheet.
 */
export function buildComparisonSheetInput(
  comparison: Comparison,
  bank: Bank,
  locale: Locale,
  levelCode: (level: number | null) => string,
  previousBank: Bank = bank
): ComparisonSheetInput {
  const labels = comparisonLabels(locale)
  const index = indexBank(bank)
  const before = indexBank(previousBank)
  const period = (p: Comparison['previous']) =>
    `${p.period.start}${labels.periodJoin}${p.period.end}`
  const only = { previous: labels.onlyPrevious, current: labels.onlyCurrent }
  const named = (
    kind: ComparisonRow['kind'],
    name: (i: typeof index, id: string) => string | undefined
  ) => {
    return (d: Comparison['pillars'][number]): ComparisonRow => {
      const text = name(index, d.id) ?? name(before, d.id) ?? d.id
      return {
        kind,
        id: d.id,
        name: d.only === undefined ? text : `${text}（${only[d.only]}）`,
        previous: d.previous,
        current: d.current,
        delta: d.delta
      }
    }
  }
  const { overall, factorIndex, findings, bankMapping: mapping } = comparison
  const question = (i: typeof index, id: string) => i.questions.get(id)?.question.text[locale]
  return {
    labels,
    previousPeriod: period(comparison.previous),
    currentPeriod: period(comparison.current),
    previousLevel: levelCode(overall.previousLevel),
    rows: [
      { ...overall, kind: 'overall', name: labels.kinds.overall },
      { ...factorIndex, kind: 'factorIndex', name: labels.kinds.factorIndex },
      ...comparison.pillars.map(named('pillar', (i, id) => i.pillars.get(id)?.title[locale])),
      ...comparison.sections.map(
        named('section', (i, id) => i.sections.get(id)?.section.title[locale])
      ),
      ...comparison.factors.map(named('factor', (i, id) => i.factors.get(id)?.name[locale]))
    ],
    systems: comparison.factors.flatMap((d) => {
      const factor = index.factors.get(d.id) ?? before.factors.get(d.id)
      if (factor === undefined || d.systems === null) return []
      return d.systems
        .filter((s) => s.previousValue !== null || s.currentValue !== null)
        .map((s) => ({
          factorId: d.id,
          systemId: s.systemId,
          name: s.name,
          previous: s.previousValue,
          current: s.currentValue,
          delta: s.delta,
          display: factor.display,
          decimals: factor.decimals
        }))
    }),
    findings: (mapping === null ? KINDS : [...KINDS, 'removed' as const]).map((kind) => ({
      kind,
      ids: findings[kind]
    })),
    answers: comparison.answers.map((a) => ({
      id: a.previousId === undefined ? a.id : `${a.previousId} → ${a.id}`,
      question: question(index, a.id) ?? a.id,
      previousAnswer: valueText(a.previousValue, a.previousNa, labels),
      currentAnswer: valueText(a.currentValue, a.currentNa, labels),
      previous: a.previous,
      current: a.current,
      delta: a.delta
    })),
    ...acrossUpgrade(mapping, labels, (side, id) =>
      question(side === 'removed' ? before : index, id)
    )
  }
}

/** The mapping's line and the rows of the questions only one version has (none on one bank). */
function acrossUpgrade(
  mapping: BankMapping | null,
  labels: ComparisonLabels,
  textOf: (side: 'removed' | 'added', id: string) => string | undefined
): Pick<ComparisonSheetInput, 'mapping' | 'oneSided'> {
  if (mapping === null) return { oneSided: [] }
  const oneSided = (side: 'removed' | 'added') => (q: OneSidedQuestion) => {
    const removed = side === 'removed'
    const version = removed ? mapping.previousVersion : mapping.currentVersion
    const answer = valueText(q.value, q.na, labels)
    return {
      id: q.id,
      question: `【${fill(labels[side], { version })}】${textOf(side, q.id) ?? q.id}`,
      previousAnswer: removed ? answer : '',
      currentAnswer: removed ? '' : answer,
      previous: removed ? q.score : null,
      current: removed ? null : q.score,
      delta: null
    }
  }
  return {
    mapping: fill(labels.mapping, {
      current: mapping.currentVersion,
      previous: mapping.previousVersion,
      moved: mapping.moved.length,
      removed: mapping.removed.length,
      added: mapping.added.length
    }),
    oneSided: [...mapping.removed.map(oneSided('removed')), ...mapping.added.map(oneSided('added'))]
  }
}

const KINDS = ['opened', 'closed', 'repeated', 'carried'] as const
