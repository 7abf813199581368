import type { Locale } from '../../../shared/bank/primitives'
import { validateAssessmentAgainstBank } from '../../../shared/assessment'
import {
  compareAssessments,
  comparisonRefusal,
  type ComparedPeriod
} from '../../../shared/comparison'
import { scoreAssessment } from '../../../shared/scoring'
import { resolveBank } from '../banks'
import { renderComparisonText } from '../compare-text'
import type { CliContext } from '../context'
import { EXIT_OK, invalidInput } from '../io'
import { readAssessmentFile } from '../assessment-file'
import { CLI_TEXTS } from '../language'

export interface CompareOptions {
  json?: boolean
  lang?: Locale
}

async function scored(file: string, ctx: CliContext): Promise<ComparedPeriod> {
  const assessment = await readAssessmentFile(ctx.io, file)
  const { bank } = await resolveBank(ctx, assessment.bank, undefined)
  const issues = validateAssessmentAgainstBank(assessment, bank)
  if (issues.length > 0) throw invalidInput(CLI_TEXTS.againstBank(file, bank), issues)
  return { assessment, bank, result: scoreAssessment(bank, assessment) }
}

/**
 * `compare <prev.json> <curr.json>`: scores both periods against their banks and prints what
 * changed (shared/comparison) — the same numbers the app's comparison shows — or, with --json,
 * the whole comparison. Two versions of one bank: the previous period mapped onto the current
 * version (moved, removed and added questions listed).
 */
export async function compareCommand(
  previousFile: string,
  currentFile: string,
  options: CompareOptions,
  ctx: CliContext
): Promise<number> {
  const previous = await scored(previousFile, ctx)
  const current = await scored(currentFile, ctx)
  // Versions of one bank are compared through the bank-upgrade mapping; another bank is refused.
  const refusal = comparisonRefusal(previous.assessment, current.assessment)
  if (refusal !== null) throw invalidInput(previousFile, [refusal])
  const comparison = compareAssessments(previous, current)
  if (options.json === true) ctx.io.stdout(`${JSON.stringify(comparison, null, 2)}\n`)
  else ctx.io.stdout(renderComparisonText(comparison, options.lang ?? 'zh-CN'))
  return EXIT_OK
}
