import { join } from 'node:path'
import { serializeAssessmentFile } from '../../../shared/assessment'
import { generateSampleAssessment, sampleEvidenceFiles } from '../../../shared/sample'
import { version } from '../../../package.json'
import { DEFAULT_BANK_ID } from '../../../shared/bank/versions'
import { bankByName, loadBankFile } from '../banks'
import type { CliContext } from '../context'
import { CliError, EXIT_OK, writeOutput } from '../io'
import { CLI_TEXTS, say } from '../language'

export interface SampleOptions {
  out?: string
  seed?: number
  bank?: string
  profile?: string
  /** Folder to write the sample's attached files into (named as attached), for `package create`. */
  evidenceDir?: string
}

/**
 * `sample [--out file] [--seed N] [--bank file] [--profile id]`: a complete, realistic,
 * deterministic demo assessment. The same seed and bank always give the same bytes (the export
 * time is the assessment's own updatedAt, not the clock). Without --out it goes to stdout.
 * Without --bank it answers the newest installed version of the default bank, as the app does.
 */
export async function sampleCommand(options: SampleOptions, ctx: CliContext): Promise<number> {
  const { bank } =
    options.bank === undefined
      ? await bankByName(DEFAULT_BANK_ID, ctx)
      : await loadBankFile(ctx.io, options.bank)
  if (options.profile !== undefined && !bank.profiles.some((p) => p.id === options.profile))
    throw new CliError(
      CLI_TEXTS.noSuchProfile(
        options.profile,
        bank.id,
        bank.profiles.map((p) => p.id)
      )
    )
  const assessment = generateSampleAssessment(bank, {
    seed: options.seed ?? 1,
    profileId: options.profile
  })
  const text = serializeAssessmentFile(assessment, {
    generator: `stability-assessor ${version} (cli sample)`,
    exportedAt: assessment.updatedAt
  })
  if (options.evidenceDir !== undefined) {
    const files = sampleEvidenceFiles(assessment, options.seed ?? 1)
    for (const file of files)
      await writeOutput(ctx.io, join(options.evidenceDir, file.name), file.bytes)
    ctx.io.stderr(
      `${say(CLI_TEXTS.wroteEvidence(files.length, options.evidenceDir), ctx.language)}\n`
    )
  }
  if (options.out === undefined) ctx.io.stdout(text)
  else {
    await writeOutput(ctx.io, options.out, text)
    const holds = CLI_TEXTS.sampleHolds(
      assessment.answers.length,
      assessment.factors.length,
      options.seed ?? 1
    )
    ctx.io.stdout(`${say(CLI_TEXTS.wrote(options.out, holds), ctx.language)}\n`)
  }
  return EXIT_OK
}
