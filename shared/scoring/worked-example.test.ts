import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Question } from '../bank/question'
import { formatPercent, formatScore } from './format'
import { levelCode } from './levels'
import { scoreAssessment } from './score'
import type { ScoringResult } from './types'
import { WORKED_EXAMPLE_ASSESSMENT, WORKED_EXAMPLE_BANK } from './worked-example'

/**
 * The worked example of docs/scoring.md. Two checks:
 * 1. the headline numbers, written out by hand below (the same ones the document's prose uses);
 * 2. every table of the document's worked example, between `<!-- worked-example:NAME -->` markers,
 *    equals the table rendered from the engine's result, so the document cannot drift.
 * After a deliberate change to the method, regenerate the tables with
 *   UPDATE_WORKED_EXAMPLE=1 npx vitest run shared/scoring/worked-example.test.ts
 * and review the diff of docs/scoring.md.
 */

const DOC = resolve(import.meta.dirname, '../../docs/scoring.md')
const result = scoreAssessment(WORKED_EXAMPLE_BANK, WORKED_EXAMPLE_ASSESSMENT)
const levels = WORKED_EXAMPLE_ASSESSMENT.profile.levels
const code = (level: number | null): string => (level === null ? '—' : levelCode(levels, level))

/** A plain number without trailing zeros (weights, shares, raw inputs). */
const num = (value: number): string => String(Number(value.toFixed(4)))
/** An intermediate figure in a working: three decimals, so re-doing the sum by hand agrees. */
const p3 = (value: number | null): string =>
  value === null ? '—' : String(Number(value.toFixed(3)))

const questionsById = new Map<string, Question>(
  WORKED_EXAMPLE_BANK.pillars.flatMap((p) =>
    p.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const))
  )
)

const TYPE_LABEL: Record<string, string> = {
  maturity: '成熟度 M',
  yesPartialNo: '是/部分/否 Y',
  evidence: '证据 E'
}
const YPN_LABEL: Record<string, string> = { yes: '是 yes', partial: '部分 partial', no: '否 no' }

function answerText(q: ScoringResult['questions'][number]): string {
  if (q.na) return '不适用 N/A'
  if (q.type === 'evidence') return q.evidenceCount > 0 ? `${q.evidenceCount} 份证据 evidence` : '—'
  if (!q.answered) return '未作答 unanswered'
  const evidence = q.evidenceCount > 0 ? '，有证据 evidenced' : '，无证据 no evidence'
  if (q.type === 'maturity') return `L${String(q.value)}${evidence}`
  return YPN_LABEL[String(q.value)] ?? String(q.value)
}

function notes(q: ScoringResult['questions'][number]): string {
  const out: string[] = []
  if (questionsById.get(q.id)?.critical === true) out.push('关键项 critical')
  if (q.unevidenced !== null)
    out.push(
      `未提供证据，按 ${code(q.unevidenced.scoredAsLevel)} 计 unevidenced → ${code(q.unevidenced.scoredAsLevel)}`
    )
  if (q.flags.includes('unanswered')) out.push('未作答按 0 计 unanswered = 0')
  if (q.na) out.push('不计入分子分母 excluded')
  if (!q.scored) out.push('不计分 not scored')
  return out.join('；')
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`)
  ].join('\n')
}

function factorValue(f: ScoringResult['factors'][number]): string {
  if (f.value === null) return '—'
  const factor = WORKED_EXAMPLE_BANK.factors.find((x) => x.id === f.id)
  return factor?.display === 'percent' ? formatPercent(f.value * 100) : `${f.value.toFixed(2)}×`
}

function sectionWorkings(sectionId: string): string {
  const items = result.questions.filter(
    (q) => q.sectionId === sectionId && q.applicable && q.scored
  )
  const total = items.reduce((sum, q) => sum + q.weight, 0)
  return `(${items.map((q) => `${num(q.weight)}×${num(q.effectiveScore ?? 0)}`).join(' + ')}) ÷ ${num(total)}`
}

/** Every table of the worked example, by marker name. */
function renderTables(): Record<string, string> {
  const items = table(
    [
      '题号 ID',
      '类型 Type',
      '权重 W',
      '答案 Answer',
      '项得分 Item',
      '计入 Counted',
      '等级 Level',
      '说明 Notes'
    ],
    result.questions.map((q) => [
      q.id,
      TYPE_LABEL[q.type] ?? q.type,
      q.scored ? num(q.weight) : '–',
      answerText(q),
      formatScore(q.itemScore),
      formatScore(q.effectiveScore),
      code(q.level),
      notes(q)
    ])
  )

  const factors = table(
    [
      '要素 Factor',
      '输入 Inputs',
      '计算 Workings',
      '值 Value',
      '档 Band',
      '得分 Score',
      '目标 Target',
      '达标 Pass',
      '红线 Red line'
    ],
    result.factors.map((f) => {
      const inputs = Object.entries(f.inputs)
        .map(([id, v]) => `${id} = ${v === null ? '—' : num(v)}`)
        .join('<br>')
      const workings =
        f.terms !== null
          ? `min(${f.terms.map((v) => (v === null ? '—' : num(v))).join(', ')})`
          : `${num(f.inputs['tested'] ?? 0)} ÷ ${num(f.inputs['systems'] ?? 0)}`
      const red = f.redLines.map(
        (r) =>
          `${r.id}: ${r.status === 'breached' ? '触发 breached' : r.status === 'clear' ? '未触发 clear' : '未评估 not evaluated'}`
      )
      return [
        f.id,
        inputs,
        workings,
        factorValue(f),
        f.band ?? '—',
        formatScore(f.score),
        f.direction === 'higher' ? `≥ ${num(f.target)}` : `≤ ${num(f.target)}`,
        f.pass === null ? '—' : f.pass ? '是 yes' : '否 no',
        red.join('<br>')
      ]
    })
  )

  const sections = table(
    [
      '章节 Section',
      '问卷分 Q',
      '要素分 F',
      '综合分 Combined',
      'N/A 占比 share',
      '原始等级 Raw',
      '等级 Level',
      '关键项闸门 Critical-item gate'
    ],
    result.sections.map((s) => [
      s.id,
      `${sectionWorkings(s.id)} = ${formatScore(s.questionnaireScore)}`,
      s.factorScore === null
        ? '—'
        : `(${s.availableFactorIds.map((id) => formatScore(result.factors.find((f) => f.id === id)?.score)).join(' + ')}) ÷ ${s.availableFactorIds.length} = ${formatScore(s.factorScore)}`,
      s.factorScore === null
        ? formatScore(s.combinedScore)
        : `${num(s.weightsUsed.questionnaireShare ?? 0)}×${p3(s.questionnaireScore)} + ${num(1 - (s.weightsUsed.questionnaireShare ?? 0))}×${p3(s.factorScore)} = ${formatScore(s.combinedScore)}`,
      s.naWeightShare === null ? '—' : formatPercent(s.naWeightShare * 100),
      code(s.rawLevel),
      code(s.level),
      s.cap === null ? '—' : `${s.cap.text['zh-CN']}<br>${s.cap.text['en-US']}`
    ])
  )

  const pillars = table(
    ['支柱 Pillar', '计算 Workings', '得分 Score', '等级 Level', '覆盖 Coverage'],
    result.pillars.map((p) => {
      const parts = result.sections.filter((s) => s.pillarId === p.id && s.includedInPillar)
      const total = parts.reduce((sum, s) => sum + s.weightsUsed.sectionWeight, 0)
      return [
        p.id,
        `(${parts.map((s) => `${num(s.weightsUsed.sectionWeight)}×${p3(s.combinedScore)}`).join(' + ')}) ÷ ${num(total)}`,
        formatScore(p.score),
        code(p.level),
        p.coverage === 'sufficient' ? '充分 sufficient' : '不足 insufficient'
      ]
    })
  )

  const overallParts = result.pillars.filter((p) => p.score !== null)
  const overall = table(
    ['项目 Item', '值 Value'],
    [
      [
        '总分 Overall score',
        `(${overallParts.map((p) => `${num(p.pillarWeight)}×${p3(p.score)}`).join(' + ')}) ÷ ${num(overallParts.reduce((sum, p) => sum + p.pillarWeight, 0))} = ${formatScore(result.overall.score)}`
      ],
      ['原始等级 Raw level', code(result.overall.rawLevel)],
      ['评定等级 Level', code(result.overall.level)],
      ['说明 Explanation', `${result.overall.text['zh-CN']}<br>${result.overall.text['en-US']}`],
      [
        '稳定性评价要素指数 Factor index',
        `(${result.factors
          .filter((f) => f.score !== null)
          .map((f) => formatScore(f.score))
          .join(
            ' + '
          )}) ÷ ${result.factors.filter((f) => f.score !== null).length} = ${formatScore(result.factorIndex)}`
      ],
      [
        '完成度 Completion',
        `题目 questions ${result.completion.questions.done}/${result.completion.questions.total} = ${formatPercent(result.completion.questions.percent)}；` +
          `要素 factors ${result.completion.factors.done}/${result.completion.factors.total} = ${formatPercent(result.completion.factors.percent)}；` +
          `合计 combined ${result.completion.combined.done}/${result.completion.combined.total} = ${formatPercent(result.completion.combined.percent)}`
      ]
    ]
  )

  const findings = table(
    [
      '排名 Rank',
      '编号 ID',
      '得分 Score',
      '差距 Gap',
      '权重 Weight',
      '优先级 Priority',
      '标记 Flags'
    ],
    result.findings.map((f, k) => [
      String(k + 1),
      f.id,
      formatScore(f.score),
      formatScore(f.gap),
      num(f.weight),
      formatScore(f.priority),
      [
        f.critical ? '关键项 critical' : '',
        f.redLine ? '红线 red line' : '',
        f.unanswered ? '未作答 unanswered' : ''
      ]
        .filter((x) => x !== '')
        .join('；')
    ])
  )

  return { items, factors, sections, pillars, overall, findings }
}

function blockPattern(name: string): RegExp {
  return new RegExp(
    `(<!-- worked-example:${name} -->\\n)([\\s\\S]*?)\\n?(<!-- /worked-example:${name} -->)`
  )
}

describe('worked example (docs/scoring.md)', () => {
  it('item scores', () => {
    const by = Object.fromEntries(
      result.questions.map((q) => [q.id, [q.itemScore, q.effectiveScore, q.level]])
    )
    expect(by).toEqual({
      'A1.01': [75, 75, 3],
      'A1.02': [100, 100, 4],
      'A1.05': [50, 50, 2],
      'A1.07': [null, null, null],
      'A2.01': [100, 50, 2], // L4 claimed without evidence → scored as L2
      'A2.02': [null, 0, 0], // unanswered
      'A2.04': [100, 100, 4],
      'A2.06': [null, null, null], // N/A
      'C8.01': [25, 25, 1],
      'C8.04': [100, 100, 4],
      'C8.05': [75, 75, 3]
    })
  })

  it('factors', () => {
    const [f10, f14] = result.factors
    expect(f10).toMatchObject({
      value: 0.9,
      terms: [0.9, 1.25],
      band: 'D',
      score: 40,
      pass: false,
      redLinesBreached: ['RL-F10']
    })
    expect(f14).toMatchObject({ value: 1, band: 'A', score: 100, pass: true, redLinesBreached: [] })
    expect(result.factorIndex).toBe(70)
  })

  it('sections, pillars and overall', () => {
    const [a1, a2, c8] = result.sections
    expect(a1).toMatchObject({
      questionnaireScore: 75,
      combinedScore: 75,
      rawLevel: 3,
      level: 3,
      naWeightShare: 0
    })
    expect(a2?.questionnaireScore).toBeCloseTo(250 / 6, 12) // 41.7
    expect(a2).toMatchObject({ rawLevel: 2, level: 2, naWeightShare: 0.25, coverage: 'sufficient' })
    expect(c8?.questionnaireScore).toBeCloseTo(350 / 6, 12) // 58.3
    expect(c8).toMatchObject({ factorScore: 70, rawLevel: 3, level: 2 })
    expect(c8?.combinedScore).toBeCloseTo(63, 12)
    expect(c8?.cap?.text).toEqual({
      'zh-CN': '63.0 → L3，因关键项 C8.01（L1）封顶为 L2',
      'en-US': '63.0 → L3, capped to L2 by critical item C8.01 (L1)'
    })
    expect(result.pillars[0]?.score).toBeCloseTo((75 + 250 / 6) / 2, 12) // 58.3
    expect(result.pillars[1]?.score).toBeCloseTo(63, 12)
    expect(result.overall.score).toBeCloseTo(0.35 * ((75 + 250 / 6) / 2) + 0.65 * 63, 12) // 61.4
    expect(result.overall).toMatchObject({ rawLevel: 3, level: 2 })
    expect(result.overall.text).toEqual({
      'zh-CN': '61.4 → L3，因红线 F10 封顶为 L2',
      'en-US': '61.4 → L3, capped to L2 by red line F10'
    })
  })

  it('completion and findings', () => {
    expect(result.completion.questions).toMatchObject({ done: 10, total: 11 })
    expect(result.completion.factors).toMatchObject({ done: 2, total: 2 })
    expect(result.completion.combined).toMatchObject({ done: 12, total: 13 })
    expect(result.findings.map((f) => [f.id, f.priority])).toEqual([
      ['q:C8.01', 225],
      ['q:A2.02', 200],
      ['f:F10', 180],
      ['q:A2.01', 150],
      ['q:A1.05', 100],
      ['q:A1.01', 75],
      ['q:C8.05', 25]
    ])
    expect(result.errors).toEqual([])
    expect(result.warnings).toEqual([])
  })

  it('every table in docs/scoring.md matches the engine', () => {
    let doc = readFileSync(DOC, 'utf8')
    const tables = renderTables()
    if (process.env['UPDATE_WORKED_EXAMPLE'] === '1') {
      for (const [name, rendered] of Object.entries(tables)) {
        doc = doc.replace(
          blockPattern(name),
          (_, open: string, _old: string, close: string) => `${open}${rendered}\n${close}`
        )
      }
      writeFileSync(DOC, doc)
    }
    for (const [name, rendered] of Object.entries(tables)) {
      const match = blockPattern(name).exec(doc)
      expect(match, `docs/scoring.md has no <!-- worked-example:${name} --> block`).not.toBeNull()
      expect(match?.[2], `worked-example:${name}`).toBe(rendered)
    }
  })
})
