import type { Locale } from '../../../shared/bank/primitives'
import type { CliContext } from '../context'
import { CliError, EXIT_OK, extensionOf, writeOutput } from '../io'
import { CLI_TEXTS, say, type CliText } from '../language'

/**
 * The `template` commands: writes the workbook `build` makes to `--out` and says so; an `--out`
 * that is not an .xlsx file is refused with `notXlsx`, before anything is built.
 */
export async function writeTemplate(
  options: { out: string; lang: Locale },
  ctx: CliContext,
  notXlsx: (out: string) => CliText,
  build: () => Promise<Uint8Array>
): Promise<number> {
  if (extensionOf(options.out) !== 'xlsx') throw new CliError(notXlsx(options.out))
  await writeOutput(ctx.io, options.out, await build())
  ctx.io.stdout(`${say(CLI_TEXTS.wrote(options.out), options.lang)}\n`)
  return EXIT_OK
}
