import { loadBankFile } from '../banks'
import type { CliContext } from '../context'
import { CliError, EXIT_OK, extensionOf, writeOutput } from '../io'
import { bankToWorkbook } from '../../../shared/bank-xlsx'
import { CLI_TEXTS } from '../language'

/**
 * `bank convert <in> --out <out>`: JSON ↔ Excel (or a re-formatted copy). The input is fully
 * validated first, so a converted file is always a valid bank.
 */
export async function bankConvertCommand(
  input: string,
  options: { out: string },
  ctx: CliContext
): Promise<number> {
  const target = extensionOf(options.out)
  if (target !== 'json' && target !== 'xlsx')
    throw new CliError(CLI_TEXTS.convertTarget(options.out))
  const { bank, ref } = await loadBankFile(ctx.io, input)
  const data = target === 'json' ? `${JSON.stringify(bank, null, 2)}\n` : await bankToWorkbook(bank)
  await writeOutput(ctx.io, options.out, data)
  ctx.io.stdout(
    `wrote ${options.out} (bank ${ref.id} ${ref.version}, content ${ref.contentHash.slice(0, 12)}…)\n`
  )
  return EXIT_OK
}
