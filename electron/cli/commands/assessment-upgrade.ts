import { version } from '../../../package.json'
import { serializeAssessmentFile, validateAssessmentAgainstBank } from '../../../shared/assessment'
import {
  applyBankUpgrade,
  planBankUpgrade,
  type BankUpgradePlan,
  type BankUpgradeRefusal
} from '../../../shared/assessment/bank-upgrade'
import type { Locale } from '../../../shared/bank/primitives'
import { reportLabels } from '../../../shared/report/labels'
import { CLI_TEXTS, say, type CliText } from '../language'
import { formatScore, scoreAssessment } from '../../../shared/scoring'
import { resolveBank } from '../banks'
import type { CliContext } from '../context'
import { CliError, EXIT_OK, invalidInput, writeOutput } from '../io'
import { readAssessmentFile } from '../assessment-file'
import { bankByName } from '../banks'

export interface AssessmentUpgradeOptions {
  bank: string
  out: string
  /** The assessment's current bank, when it is not installed. */
  from?: string
  by?: string
  lang?: Locale
}

const LABELS = {
  'zh-CN': {
    title: (a: string, b: string) => `升级题库：${a} → ${b}`,
    noop: '评估已使用该题库版本，无需升级；未写出文件。',
    items: '题目与要素变化',
    counts: (added: number, removed: number, moved: number, changed: number) =>
      `新增 ${added}，删除 ${removed}，移动 ${moved}，变更 ${changed}`,
    answers: '作答去向',
    carried: '原样沿用',
    confirm: '沿用，请确认',
    notCarried: '无法沿用（旧值保留在审计日志中）',
    reasons: {
      bankSaysConfirm: '题库要求确认',
      translated: '选项已转换',
      questionChanged: '题目已变更',
      merged: '多题合并',
      factorChanged: '要素已变更',
      inputsDropped: '部分输入无对应项',
      removed: '新版本已删除',
      invalidValue: '原作答不符合新题目',
      naNotAllowed: '新题目不允许“不适用”',
      mergedAway: '已由合并题的另一作答沿用',
      nowPerSystem: '新版本按系统填报，原汇总数据无法分配到系统',
      noLongerPerSystem: '新版本不再按系统填报',
      noInputs: '输入均无对应项'
    } as Record<string, string>,
    change: {
      added: '新增',
      removed: '删除',
      moved: '移动',
      changed: '变更',
      same: '不变'
    } as Record<string, string>,
    kind: { question: '题目', factor: '要素' } as Record<string, string>,
    score: (before: string, after: string) => `总分：升级前 ${before}，升级后 ${after}`
  },
  'en-US': {
    title: (a: string, b: string) => `Upgrade bank: ${a} → ${b}`,
    noop: 'The assessment already uses this bank version; nothing to upgrade, no file written.',
    items: 'Questions and factors',
    counts: (added: number, removed: number, moved: number, changed: number) =>
      `${added} added, ${removed} removed, ${moved} moved, ${changed} changed`,
    answers: 'Where the answers go',
    carried: 'Carried over as they are',
    confirm: 'Carried over, please confirm',
    notCarried: 'Cannot carry (old values kept in the audit log)',
    reasons: {
      bankSaysConfirm: 'the bank asks to confirm',
      translated: 'options translated',
      questionChanged: 'question changed',
      merged: 'questions merged',
      factorChanged: 'factor changed',
      inputsDropped: 'some inputs have no counterpart',
      removed: 'removed in the new version',
      invalidValue: 'the answer does not fit the new question',
      naNotAllowed: 'the new question does not allow N/A',
      mergedAway: 'another answer of the merged question carries',
      nowPerSystem: 'now entered per system; pooled figures cannot be shared out',
      noLongerPerSystem: 'no longer entered per system',
      noInputs: 'no input has a counterpart'
    } as Record<string, string>,
    change: {
      added: 'added',
      removed: 'removed',
      moved: 'moved',
      changed: 'changed',
      same: 'same'
    } as Record<string, string>,
    kind: { question: 'question', factor: 'factor' } as Record<string, string>,
    score: (before: string, after: string) => `Overall score: ${before} before, ${after} after`
  }
} as const

/** The plan as text: item changes, then every answer, entry and finding by what happens to it. */
export function renderUpgradePlan(plan: BankUpgradePlan, lang: Locale): string {
  const l = LABELS[lang]
  const colon = reportLabels(lang).colon
  const lines = [l.title(`${plan.from.id} ${plan.from.version}`, plan.to.version), '']
  const count = (change: string) => plan.changes.filter((c) => c.change === change).length
  const counts = l.counts(count('added'), count('removed'), count('moved'), count('changed'))
  lines.push(`${l.items}${colon}${counts}`)
  for (const c of plan.changes.filter((change) => change.change !== 'same')) {
    const from = (c.from ?? []).join(' + ')
    const id =
      c.change === 'removed' ? from : c.id === from || from === '' ? c.id : `${from} → ${c.id}`
    const section = c.section === undefined ? '' : ` [${c.section.from} → ${c.section.to}]`
    lines.push(
      `  ${l.change[c.change]} ${l.kind[c.kind]} ${id}${section}${c.aspects.length ? ` (${c.aspects.join(', ')})` : ''}`
    )
  }
  const rows = [
    ...plan.answers.map((f) => ({
      ...f,
      id: f.questionId,
      to: f.outcome === 'notCarried' ? '' : f.to
    })),
    ...plan.factors.map((f) => ({
      ...f,
      id: f.factorId,
      to: f.outcome === 'notCarried' ? '' : f.to
    })),
    ...plan.findings.map((f) => ({
      ...f,
      id: f.findingId,
      to: f.outcome === 'notCarried' ? '' : f.to
    }))
  ]
  lines.push('', l.answers)
  for (const outcome of ['carried', 'confirm', 'notCarried'] as const) {
    const these = rows.filter((row) => row.outcome === outcome)
    lines.push(`  ${l[outcome]}${colon}${these.length}`)
    if (outcome === 'carried') continue
    for (const row of these) {
      const reason = 'reason' in row ? (l.reasons[row.reason] ?? row.reason) : ''
      const target = row.to !== '' && row.to !== row.id ? ` → ${row.to}` : ''
      lines.push(`    ${row.id}${target}${colon}${reason}`)
    }
  }
  return `${lines.join('\n')}\n`
}

/** Why the upgrade is refused, in both languages (like the other CLI messages). */
function refusalText(file: string, refusal: BankUpgradeRefusal): CliText {
  switch (refusal.problem) {
    case 'finalized':
      return {
        'zh-CN': `${file}：评估已定稿，永不改动；请先在工具中复制为新的草稿再升级`,
        'en-US': `${file}: the assessment is finalized and is never changed; duplicate it as a new draft in the app first`
      }
    case 'otherBank':
      return {
        'zh-CN': `${file}：评估使用的题库是“${refusal.assessmentBank}”，“${refusal.bank}”是另一个题库`,
        'en-US': `${file}: the assessment uses bank "${refusal.assessmentBank}"; "${refusal.bank}" is another bank`
      }
    case 'wrongSource':
      return {
        'zh-CN': `${file}：评估基于 ${refusal.assessmentBank.id} ${refusal.assessmentBank.version}，不是 --from 给出的题库`,
        'en-US': `${file}: the assessment was made with ${refusal.assessmentBank.id} ${refusal.assessmentBank.version}, not the bank given with --from`
      }
  }
}

/**
 * `assessment upgrade <a.json> --bank <new> --out <b.json>`: moves an assessment to another version
 * of its bank, printing what moves and what needs re-answering; the input file is never changed.
 */
export async function assessmentUpgradeCommand(
  file: string,
  options: AssessmentUpgradeOptions,
  ctx: CliContext
): Promise<number> {
  const lang = options.lang ?? 'zh-CN'
  const assessment = await readAssessmentFile(ctx.io, file)
  const { bank: from } = await resolveBank(ctx, assessment.bank, options.from)
  const { bank: to } = await bankByName(options.bank, ctx)
  const planned = planBankUpgrade(assessment, from, to)
  if (!planned.ok) throw new CliError(say(refusalText(file, planned.refusal), lang))
  const { plan } = planned
  ctx.io.stdout(renderUpgradePlan(plan, lang))
  if (plan.noop) {
    ctx.io.stdout(`${LABELS[lang].noop}\n`)
    return EXIT_OK
  }
  const at = new Date().toISOString()
  const upgraded = applyBankUpgrade(assessment, plan, to, {
    by: options.by ?? 'stability-assessor (cli)',
    at,
    auditId: `bank-upgrade-${at.replace(/[^0-9]/g, '')}`
  })
  const issues = validateAssessmentAgainstBank(upgraded, to)
  if (issues.length > 0) throw invalidInput(`${file} upgraded to ${to.version}`, issues)
  const before = formatScore(scoreAssessment(from, assessment).overall.score)
  const after = formatScore(scoreAssessment(to, upgraded).overall.score)
  ctx.io.stdout(`\n${LABELS[lang].score(before, after)}\n`)
  await writeOutput(
    ctx.io,
    options.out,
    serializeAssessmentFile(upgraded, {
      generator: `stability-assessor ${version} (cli assessment upgrade)`,
      exportedAt: at
    })
  )
  ctx.io.stdout(`${say(CLI_TEXTS.wrote(options.out), lang)}\n`)
  return EXIT_OK
}
