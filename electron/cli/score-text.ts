import type { Assessment } from '../../shared/assessment/assessment'
import type { Bank } from '../../shared/bank/bank'
import type { EvaluationFactor } from '../../shared/bank/factor'
import type { Locale } from '../../shared/bank/primitives'
import type { LevelDefinition } from '../../shared/bank/profile'
import { formatPercent, formatScore, roundHalfUp } from '../../shared/scoring'
import type { CompletionFigure, FactorResult, ScoringResult } from '../../shared/scoring'
import { renderTable } from './table'

/** Labels of the plain-text score report, in both UI languages. */
const LABELS = {
  'zh-CN': {
    title: '稳定性保障评估 — 评分结果',
    institution: '机构',
    period: '评估期间',
    periodJoin: ' 至 ',
    bank: '题库',
    profile: '评分方案',
    status: '状态',
    statuses: { draft: '草稿', inReview: '审核中', finalized: '已定稿' },
    overall: '总分',
    level: '等级',
    noLevel: '不评定',
    factorIndex: '稳定性评价要素指数',
    completion: '完成度',
    completionText: (q: string, f: string, all: string) => `题目 ${q}，评价要素 ${f}，合计 ${all}`,
    draftMark: '（未完成：报告为草稿）',
    pillarsTitle: '支柱与章节/过程',
    pillarHeader: ['编号', '名称', '问卷', '要素', '综合', '等级', '完成度'],
    factorsTitle: '评价要素',
    factorHeader: ['编号', '名称', '数值', '档位', '得分', '红线'],
    findingsTitle: '主要差距（按优先级）',
    findingHeader: ['编号', '名称', '得分', '差距', '权重', '优先级', '说明'],
    redLine: '红线',
    critical: '关键项',
    unanswered: '未作答',
    breached: '突破',
    clear: '未触发',
    notEvaluated: '未评估',
    none: '无',
    issues: (w: number, e: number) =>
      `警告 ${w} 条，错误 ${e} 条${w + e > 0 ? '（详见 --json 输出）' : ''}`,
    insufficient: '覆盖不足',
    moreFindings: (n: number) => `…另有 ${n} 项`
  },
  'en-US': {
    title: 'Stability assurance assessment — score',
    institution: 'Institution',
    period: 'Period',
    periodJoin: ' to ',
    bank: 'Question bank',
    profile: 'Scoring profile',
    status: 'Status',
    statuses: { draft: 'draft', inReview: 'in review', finalized: 'finalized' },
    overall: 'Overall score',
    level: 'Level',
    noLevel: 'not rated',
    factorIndex: 'Stability evaluation factor index',
    completion: 'Completion',
    completionText: (q: string, f: string, all: string) =>
      `questions ${q}, factors ${f}, combined ${all}`,
    draftMark: ' (incomplete: the report is a draft)',
    pillarsTitle: 'Pillars and sections/processes',
    pillarHeader: ['ID', 'Name', 'Quest.', 'Factors', 'Combined', 'Level', 'Done'],
    factorsTitle: 'Evaluation factors',
    factorHeader: ['ID', 'Name', 'Value', 'Band', 'Score', 'Red lines'],
    findingsTitle: 'Top findings (by priority)',
    findingHeader: ['ID', 'Name', 'Score', 'Gap', 'Weight', 'Priority', 'Notes'],
    redLine: 'red line',
    critical: 'critical',
    unanswered: 'unanswered',
    breached: 'breached',
    clear: 'clear',
    notEvaluated: 'not evaluated',
    none: 'none',
    issues: (w: number, e: number) =>
      `${w} warning${w === 1 ? '' : 's'}, ${e} error${e === 1 ? '' : 's'}`,
    insufficient: 'insufficient coverage',
    moreFindings: (n: number) => `… and ${n} more`
  }
} as const

function levelText(
  levels: readonly LevelDefinition[],
  level: number | null,
  locale: Locale,
  none: string
): string {
  if (level === null) return none
  const def = levels.find((l) => l.level === level)
  return def === undefined ? `L${level}` : `${def.code} ${def.label[locale]}`
}

function completionText(figure: CompletionFigure): string {
  return `${figure.done}/${figure.total} (${formatPercent(figure.percent)})`
}

/** A factor value as the report shows it: percent, minutes, multiple or plain number. */
export function formatFactorValue(
  factor: EvaluationFactor,
  value: number | null,
  locale: Locale
): string {
  if (value === null) return '—'
  switch (factor.display) {
    case 'percent':
      return `${roundHalfUp(value * 100, factor.decimals).toFixed(factor.decimals)}%`
    case 'minutes':
      return `${roundHalfUp(value, factor.decimals).toFixed(factor.decimals)} ${locale === 'zh-CN' ? '分钟' : 'min'}`
    case 'multiple':
      return `${roundHalfUp(value, factor.decimals).toFixed(factor.decimals)}×`
    case 'number':
      return roundHalfUp(value, factor.decimals).toFixed(factor.decimals)
  }
}

function redLineText(result: FactorResult, labels: (typeof LABELS)[Locale]): string {
  if (result.redLines.length === 0) return '—'
  if (result.redLinesBreached.length > 0)
    return `${labels.breached}: ${result.redLinesBreached.join(', ')}`
  return result.redLines.every((r) => r.status === 'notEvaluated')
    ? labels.notEvaluated
    : labels.clear
}

/** How many findings the table lists; the JSON output has all of them. */
const TOP_FINDINGS = 10

/**
 * The score as a readable plain-text report: overall score and level with the gate explanation,
 * factor index, completion, per pillar and per section/process, factors, top findings and the
 * number of warnings and errors.
 */
export function renderScoreText(
  result: ScoringResult,
  bank: Bank,
  assessment: Assessment,
  locale: Locale
): string {
  const t = LABELS[locale]
  const levels = assessment.profile.levels
  const name = (text: { 'zh-CN': string; 'en-US': string }): string => text[locale]
  const out: string[] = []
  const m = assessment.metadata
  out.push(t.title, '')
  out.push(`${t.institution}: ${m.institution}`)
  out.push(`${t.period}: ${m.period.start}${t.periodJoin}${m.period.end}`)
  out.push(
    `${t.bank}: ${name(bank.title)} (${bank.id} ${bank.version}, ${assessment.bank.contentHash.slice(0, 12)}…)`
  )
  out.push(
    `${t.profile}: ${name(assessment.profile.name)} (${assessment.profile.id} ${assessment.profile.version})`
  )
  out.push(`${t.status}: ${t.statuses[assessment.status]}`, '')

  const overall = result.overall
  out.push(
    `${t.overall}: ${formatScore(overall.score)}    ${t.level}: ${levelText(levels, overall.level, locale, t.noLevel)}`
  )
  out.push(`  ${name(overall.text)}`)
  for (const gate of overall.gates) if (gate.binding) out.push(`  - ${name(gate.text)}`)
  out.push(`${t.factorIndex}: ${formatScore(result.factorIndex)}`)
  const c = result.completion
  const factors =
    c.factors.percent === null
      ? '—'
      : `${c.factors.done}/${c.factors.total} (${formatPercent(c.factors.percent)})`
  const complete = c.combined.percent >= 100 ? '' : t.draftMark
  out.push(
    `${t.completion}: ${t.completionText(completionText(c.questions), factors, formatPercent(c.combined.percent))}${complete}`,
    ''
  )

  const pillarTitles = new Map(bank.pillars.map((p) => [p.id, p.title]))
  const sectionTitles = new Map(
    bank.pillars.flatMap((p) => p.sections.map((s) => [s.id, s.title] as const))
  )
  const rows: string[][] = []
  for (const pillar of result.pillars) {
    const title = pillarTitles.get(pillar.id)
    const coverage = pillar.coverage === 'insufficient' ? ` (${t.insufficient})` : ''
    rows.push([
      pillar.id,
      `${title === undefined ? '' : name(title)}${coverage}`,
      '',
      '',
      formatScore(pillar.score),
      levelText(levels, pillar.level, locale, '—'),
      formatPercent(pillar.completion.percent)
    ])
    for (const section of result.sections.filter((s) => s.pillarId === pillar.id)) {
      const sectionTitle = sectionTitles.get(section.id)
      const mark = section.coverage === 'insufficient' ? ` (${t.insufficient})` : ''
      rows.push([
        `  ${section.id}`,
        `  ${sectionTitle === undefined ? '' : name(sectionTitle)}${mark}`,
        formatScore(section.questionnaireScore),
        formatScore(section.factorScore),
        formatScore(section.combinedScore),
        levelText(levels, section.level, locale, '—'),
        formatPercent(section.completion.percent)
      ])
    }
  }
  out.push(t.pillarsTitle)
  out.push(
    renderTable(t.pillarHeader, rows, {
      align: ['left', 'left', 'right', 'right', 'right', 'left', 'right'],
      maxWidth: [undefined, 30]
    })
  )

  const factorDefs = new Map(bank.factors.map((f) => [f.id, f]))
  if (result.factors.length > 0) {
    const factorRows = result.factors.map((f) => {
      const def = factorDefs.get(f.id)
      return [
        f.id,
        def === undefined ? '' : name(def.name),
        def === undefined ? String(f.value ?? '—') : formatFactorValue(def, f.value, locale),
        f.band ?? '—',
        formatScore(f.score),
        redLineText(f, t)
      ]
    })
    out.push(t.factorsTitle)
    out.push(
      renderTable(t.factorHeader, factorRows, {
        align: ['left', 'left', 'right', 'left', 'right', 'left'],
        maxWidth: [undefined, 24]
      })
    )
  }

  const questionTexts = new Map(
    bank.pillars.flatMap((p) =>
      p.sections.flatMap((s) => s.questions.map((q) => [q.id, q.text] as const))
    )
  )
  const findingRows = result.findings.slice(0, TOP_FINDINGS).map((f) => {
    const text =
      f.kind === 'question' ? questionTexts.get(f.targetId) : factorDefs.get(f.targetId)?.name
    const notes = [
      f.redLine ? t.redLine : '',
      f.critical ? t.critical : '',
      f.unanswered ? t.unanswered : ''
    ].filter(Boolean)
    return [
      f.targetId,
      text === undefined ? '' : name(text),
      formatScore(f.score),
      formatScore(f.gap),
      String(f.weight),
      formatScore(f.priority),
      notes.join(', ')
    ]
  })
  out.push(t.findingsTitle)
  if (findingRows.length === 0) out.push(`  ${t.none}`, '')
  else {
    out.push(
      renderTable(t.findingHeader, findingRows, {
        align: ['left', 'left', 'right', 'right', 'right', 'right', 'left'],
        maxWidth: [undefined, 36]
      })
    )
    if (result.findings.length > TOP_FINDINGS)
      out.push(`  ${t.moreFindings(result.findings.length - TOP_FINDINGS)}`, '')
  }
  out.push(t.issues(result.warnings.length, result.errors.length))
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`
}
