import type { Bank } from '../../../shared/bank'
import { QUESTION_TYPES } from '../../../shared/bank'
import { loadBankFile } from '../banks'
import type { CliContext } from '../context'
import { EXIT_OK } from '../io'
import { renderTable } from '../table'

/** Counts that tell at a glance whether a bank is the one expected. */
export function bankSummary(bank: Bank, contentHash: string): string {
  const sections = bank.pillars.flatMap((p) => p.sections)
  const questions = sections.flatMap((s) => s.questions)
  const byType = QUESTION_TYPES.map(
    (type) => [type, questions.filter((q) => q.type === type).length] as const
  ).filter(([, n]) => n > 0)
  const lines = [
    `id: ${bank.id}`,
    `version: ${bank.version}`,
    `title: ${bank.title['zh-CN']} / ${bank.title['en-US']}`,
    `content hash: ${contentHash}`,
    `pillars: ${bank.pillars.length}`,
    `sections: ${sections.filter((s) => s.kind === 'section').length}, processes: ${sections.filter((s) => s.kind === 'process').length}`,
    `questions: ${questions.length}`,
    renderTable(
      ['type', 'count'],
      byType.map(([type, n]) => [type, String(n)]),
      { align: ['left', 'right'], indent: 2 }
    ).trimEnd(),
    `factors: ${bank.factors.length}`,
    `consistency rules: ${bank.consistencyRules.length}`,
    `profiles: ${bank.profiles.length} (default: ${bank.defaultProfileId})`
  ]
  return `${lines.join('\n')}\n`
}

/** `bank validate <bank.json|bank.xlsx>`: a summary of a valid bank, or its problems (exit 1). */
export async function bankValidateCommand(file: string, ctx: CliContext): Promise<number> {
  const { bank, ref } = await loadBankFile(ctx.io, file)
  ctx.io.stdout(`${file}: valid\n${bankSummary(bank, ref.contentHash)}`)
  return EXIT_OK
}
