import type { Locale } from '../../shared/bank/primitives'
import { signedDelta, type Comparison, type ScoreDelta } from '../../shared/comparison'
import { formatScore } from '../../shared/scoring'
import { renderTable } from './table'

/** Labels of the plain-text comparison, in both UI languages. */
const LABELS = {
  'zh-CN': {
    title: '稳定性保障评估 — 期间对比',
    previous: '上期',
    current: '本期',
    institution: '机构',
    periodJoin: ' 至 ',
    overall: '总分',
    factorIndex: '稳定性评价要素指数',
    nodeHeader: ['编号', '上期', '本期', '变化'],
    pillars: '支柱',
    sections: '章节/过程',
    factors: '评价要素',
    systems: '各关键系统的评价要素值',
    systemHeader: ['要素', '系统', '上期', '本期', '变化'],
    improvements: '改进最大（前 10 项）',
    regressions: '退步最大（前 10 项）',
    answers: '答案变化',
    findings: '问题',
    opened: '新增',
    closed: '消除',
    repeated: '重复问题',
    carried: '上期结转',
    findingsRemoved: '所在题目已删除',
    bank: '题库',
    mapping: (p: string, c: string) => `本期题库 ${c}，上期 ${p}：已按题库升级映射对比`,
    moved: '迁移题目',
    removed: '删除题目（仅上期题库有）',
    added: '新增题目（仅本期题库有）',
    none: '无'
  },
  'en-US': {
    title: 'Stability assessment — period comparison',
    previous: 'Previous',
    current: 'Current',
    institution: 'Institution',
    periodJoin: ' to ',
    overall: 'Overall score',
    factorIndex: 'Stability evaluation factor index',
    nodeHeader: ['Id', 'Previous', 'Current', 'Change'],
    pillars: 'Pillars',
    sections: 'Sections / processes',
    factors: 'Evaluation factors',
    systems: 'Evaluation factor values per key system',
    systemHeader: ['Factor', 'System', 'Previous', 'Current', 'Change'],
    improvements: 'Largest improvements (top 10)',
    regressions: 'Largest regressions (top 10)',
    answers: 'Answers changed',
    findings: 'Findings',
    opened: 'opened',
    closed: 'closed',
    repeated: 'repeat findings',
    carried: 'carried over',
    findingsRemoved: 'on removed questions',
    bank: 'Bank',
    mapping: (p: string, c: string) =>
      `This period's bank is ${c}, the previous one's ${p}: compared through the bank upgrade mapping`,
    moved: 'Questions moved',
    removed: 'Questions removed (only in the previous bank)',
    added: 'Questions added (only in the current bank)',
    none: 'none'
  }
} as const

function table(rows: readonly ScoreDelta[], header: readonly string[]): string {
  return renderTable(
    header,
    rows.map((d) => [d.id, formatScore(d.previous), formatScore(d.current), signedDelta(d.delta)])
  )
}

/** A factor's raw value, as `compare --json` has it, shortened for reading (six significant digits). */
const rawValue = (v: number | null): string => (v === null ? '—' : String(Number(v.toPrecision(6))))

/** Per-system factors: each key system with a value in either period (nothing without systems). */
function systemLines(comparison: Comparison, l: (typeof LABELS)[Locale]): string[] {
  const rows = comparison.factors.flatMap((f) =>
    (f.systems ?? [])
      .filter((s) => s.previousValue !== null || s.currentValue !== null)
      .map((s) => [
        f.id,
        s.name,
        rawValue(s.previousValue),
        rawValue(s.currentValue),
        s.delta === null ? '—' : `${s.delta > 0 ? '+' : ''}${rawValue(s.delta)}`
      ])
  )
  return rows.length === 0 ? [] : ['', l.systems, renderTable(l.systemHeader, rows)]
}

/** Across a bank upgrade: the versions, and the questions moved, removed and added. */
function mappingLines(comparison: Comparison, l: (typeof LABELS)[Locale]): string[] {
  const mapping = comparison.bankMapping
  if (mapping === null) return []
  const list = (ids: readonly string[]) => (ids.length === 0 ? l.none : ids.join(' '))
  return [
    '',
    l.mapping(mapping.previousVersion, mapping.currentVersion),
    `${l.moved} (${mapping.moved.length}): ${list(mapping.moved.map((m) => `${m.from} → ${m.to}`))}`,
    `${l.removed} (${mapping.removed.length}): ${list(mapping.removed.map((q) => q.id))}`,
    `${l.added} (${mapping.added.length}): ${list(mapping.added.map((q) => q.id))}`
  ]
}

/** The comparison as a terminal report (the numbers of `compare --json`, rounded for reading). */
export function renderComparisonText(comparison: Comparison, locale: Locale): string {
  const l = LABELS[locale]
  const { previous, current, findings } = comparison
  const period = (p: typeof previous) => `${p.period.start}${l.periodJoin}${p.period.end}`
  const list = (ids: readonly string[]) => (ids.length === 0 ? l.none : ids.join(' '))
  const bank = (p: typeof previous) => `${l.bank} ${p.bank.id} ${p.bank.version}`
  const lines = [
    l.title,
    `${l.institution}: ${current.institution}`,
    `${l.previous}: ${period(previous)} (${previous.assessmentId}) · ${bank(previous)}`,
    `${l.current}: ${period(current)} (${current.assessmentId}) · ${bank(current)}`,
    ...mappingLines(comparison, l),
    '',
    table(
      [
        { ...comparison.overall, id: l.overall },
        { ...comparison.factorIndex, id: l.factorIndex }
      ],
      l.nodeHeader
    ),
    '',
    l.pillars,
    table(comparison.pillars, l.nodeHeader),
    '',
    l.sections,
    table(comparison.sections, l.nodeHeader),
    '',
    l.factors,
    table(comparison.factors, l.nodeHeader),
    ...systemLines(comparison, l),
    '',
    l.improvements,
    comparison.improvements.length === 0
      ? l.none
      : table(comparison.improvements.slice(0, 10), l.nodeHeader),
    '',
    l.regressions,
    comparison.regressions.length === 0
      ? l.none
      : table(comparison.regressions.slice(0, 10), l.nodeHeader),
    '',
    `${l.answers}: ${comparison.answers.length}`,
    `${l.findings} — ${l.opened}: ${list(findings.opened)}`,
    `${l.findings} — ${l.closed}: ${list(findings.closed)}`,
    `${l.findings} — ${l.repeated}: ${findings.repeated.length}`,
    `${l.findings} — ${l.carried}: ${findings.carried.length}`,
    ...(comparison.bankMapping === null
      ? []
      : [`${l.findings} — ${l.findingsRemoved}: ${list(findings.removed)}`])
  ]
  return `${lines.join('\n')}\n`
}
