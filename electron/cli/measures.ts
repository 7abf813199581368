import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { measureSetSchema, type MeasureSet } from '../../shared/registers'
import type { CliContext } from './context'
import { CliError, readJson } from './io'
import { LEDGER_TEXTS } from './commands/ledger-texts'

/**
 * The register measures installed for a bank (resources/registers/<bank id>-measures.json), as the
 * app ships them: undefined when none are written for the bank's id and version. A file that is
 * there but does not read is an error.
 */
export async function installedMeasures(
  ctx: CliContext,
  bankId: string,
  bankVersion: string
): Promise<MeasureSet | undefined> {
  const path = join(ctx.packageRoot, 'resources/registers', `${bankId}-measures.json`)
  if (!existsSync(path)) return undefined
  const parsed = measureSetSchema.safeParse(
    await readJson({ ...ctx.io, cwd: ctx.packageRoot }, path)
  )
  if (!parsed.success) throw new CliError(LEDGER_TEXTS.noMeasures(path, bankId, bankVersion))
  return parsed.data.bankVersions.includes(bankVersion) ? parsed.data : undefined
}
