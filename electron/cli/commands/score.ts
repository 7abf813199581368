import type { Locale } from '../../../shared/bank/primitives'
import { validateAssessmentAgainstBank } from '../../../shared/assessment'
import { scoreAssessment } from '../../../shared/scoring'
import { resolveBank } from '../banks'
import type { CliContext } from '../context'
import { EXIT_OK, invalidInput } from '../io'
import { readAssessmentFile } from '../assessment-file'
import { CLI_TEXTS } from '../language'
import { renderScoreText } from '../score-text'

export interface ScoreOptions {
  json?: boolean
  bank?: string
  lang?: Locale
}

/**
 * `score <assessment.json>`: reads and checks the assessment, finds the exact bank it was made
 * for, scores it and prints a readable report (or the full ScoringResult as JSON with --json).
 */
export async function scoreCommand(
  file: string,
  options: ScoreOptions,
  ctx: CliContext
): Promise<number> {
  const assessment = await readAssessmentFile(ctx.io, file)
  const { bank } = await resolveBank(ctx, assessment.bank, options.bank)
  const issues = validateAssessmentAgainstBank(assessment, bank)
  if (issues.length > 0) throw invalidInput(CLI_TEXTS.againstBank(file, bank), issues)
  const result = scoreAssessment(bank, assessment)
  if (options.json === true) ctx.io.stdout(`${JSON.stringify(result, null, 2)}\n`)
  else ctx.io.stdout(renderScoreText(result, bank, assessment, options.lang ?? 'zh-CN'))
  return EXIT_OK
}
