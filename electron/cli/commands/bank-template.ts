import type { CliContext } from '../context'
import { CliError, EXIT_OK, extensionOf, writeOutput } from '../io'
import { writeBankTemplate } from '../../../shared/bank-xlsx'
import { CLI_TEXTS } from '../language'

/** `bank template --out <file.xlsx>`: an empty bank workbook with instructions, to fill in Excel. */
export async function bankTemplateCommand(
  options: { out: string },
  ctx: CliContext
): Promise<number> {
  if (extensionOf(options.out) !== 'xlsx')
    throw new CliError(CLI_TEXTS.templateNotXlsx(options.out))
  await writeOutput(ctx.io, options.out, await writeBankTemplate())
  ctx.io.stdout(`wrote ${options.out}\n`)
  return EXIT_OK
}
