import type { CliContext } from '../context'
import { CliError, EXIT_OK, extensionOf, writeOutput } from '../io'
import { writeBankTemplate } from '../../../shared/bank-xlsx'
import { CLI_TEXTS, say } from '../language'
import type { Locale } from '../../../shared/bank/primitives'

/** `bank template --out <file.xlsx>`: an empty bank workbook with instructions, to fill in Excel. */
export async function bankTemplateCommand(
  options: { out: string; lang: Locale },
  ctx: CliContext
): Promise<number> {
  if (extensionOf(options.out) !== 'xlsx')
    throw new CliError(CLI_TEXTS.templateNotXlsx(options.out))
  await writeOutput(ctx.io, options.out, await writeBankTemplate())
  ctx.io.stdout(`${say(CLI_TEXTS.wrote(options.out), options.lang)}\n`)
  return EXIT_OK
}
