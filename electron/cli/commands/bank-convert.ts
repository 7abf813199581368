import { loadBankFile } from '../banks'
import type { CliContext } from '../context'
import { CliError, EXIT_OK, extensionOf, writeOutput } from '../io'
import { bankToWorkbook } from '../../../shared/bank-xlsx'
import { CLI_TEXTS, say } from '../language'
import type { Locale } from '../../../shared/bank/primitives'

/**
 * `bank convert <in> --out <out>`: JSON ↔ Excel (or a re-formatted copy). The input is fully
 * validated first, so a converted file is always a valid bank.
 */
export async function bankConvertCommand(
  input: string,
  options: { out: string; lang: Locale },
  ctx: CliContext
): Promise<number> {
  const target = extensionOf(options.out)
  if (target !== 'json' && target !== 'xlsx')
    throw new CliError(CLI_TEXTS.convertTarget(options.out))
  const { bank, ref } = await loadBankFile(ctx.io, input)
  const data = target === 'json' ? `${JSON.stringify(bank, null, 2)}\n` : await bankToWorkbook(bank)
  await writeOutput(ctx.io, options.out, data)
  ctx.io.stdout(`${say(CLI_TEXTS.wrote(options.out, CLI_TEXTS.bankHolds(ref)), options.lang)}\n`)
  return EXIT_OK
}
