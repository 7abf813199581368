import type { Bank } from '../../../shared/bank'
import { findProfile, indexBank } from '../../../shared/bank'
import type { Locale } from '../../../shared/bank/primitives'
import { effectiveWeights, formatPercent, formatShare } from '../../../shared/scoring'
import { bankByName } from '../banks'
import type { CliContext } from '../context'
import { CliError, EXIT_OK } from '../io'
import { renderTable } from '../table'

export interface BankWeightsOptions {
  profile?: string
  lang?: Locale
  json?: boolean
}

const LABELS = {
  'zh-CN': {
    title: '有效权重：各题目与评价要素占总分的比例（全部可见、适用且有得分时）',
    bank: '题库',
    profile: '计分方案',
    header: ['名次', '类别', '编号', '所属', '占总分', '累计', '内容'],
    question: '题目',
    factor: '要素',
    total: (n: number) => `共 ${n} 项，合计 100%`
  },
  'en-US': {
    title:
      'Effective weights: each question’s and factor’s share of the overall score (all visible, applicable and scored)',
    bank: 'Bank',
    profile: 'Profile',
    header: ['Rank', 'Kind', 'Id', 'In', 'Share', 'Cumulative', 'Text'],
    question: 'question',
    factor: 'factor',
    total: (n: number) => `${n} items, 100% in all`
  }
} as const

/** What one weighted item is, in the chosen language. */
function describe(bank: Bank, id: string, kind: 'question' | 'factor', locale: Locale): string {
  const index = indexBank(bank)
  if (kind === 'factor') return index.factors.get(id)?.name[locale] ?? ''
  return index.questions.get(id)?.question.text[locale] ?? ''
}

/**
 * `bank weights <bank> [--profile id]`: every scored question's and factor's share of the overall
 * score under the profile, largest first — what the bank really rewards.
 */
export async function bankWeightsCommand(
  name: string,
  options: BankWeightsOptions,
  ctx: CliContext
): Promise<number> {
  const { bank } = await bankByName(name, ctx)
  const profile = findProfile(bank, options.profile)
  if (profile === undefined)
    throw new CliError(
      `bank ${bank.id} ${bank.version} has no profile "${options.profile}" (profiles: ${bank.profiles.map((p) => p.id).join(', ')})`
    )
  const weights = effectiveWeights(bank, profile)
  if (options.json === true) {
    const out = {
      bank: { id: bank.id, version: bank.version },
      profile: { id: profile.id, version: profile.version },
      weights
    }
    ctx.io.stdout(`${JSON.stringify(out, null, 2)}\n`)
    return EXIT_OK
  }
  const locale = options.lang ?? 'zh-CN'
  const L = LABELS[locale]
  let cumulative = 0
  const rows = weights.map((w, k) => {
    cumulative += w.share
    return [
      String(k + 1),
      w.kind === 'factor' ? L.factor : L.question,
      w.id,
      w.sectionId,
      formatShare(w.share),
      formatPercent(cumulative * 100),
      describe(bank, w.id, w.kind, locale)
    ]
  })
  ctx.io.stdout(
    [
      L.title,
      `${L.bank}: ${bank.id} ${bank.version} — ${bank.title[locale]}`,
      `${L.profile}: ${profile.id} ${profile.version} — ${profile.name[locale]}`,
      '',
      renderTable(L.header, rows, {
        align: ['right', 'left', 'left', 'left', 'right', 'right', 'left'],
        maxWidth: [undefined, undefined, undefined, undefined, undefined, undefined, 60]
      }).trimEnd(),
      L.total(weights.length),
      ''
    ].join('\n')
  )
  return EXIT_OK
}
