import type { CliContext } from '../context'
import { writeBankTemplate } from '../../../shared/bank-xlsx'
import { CLI_TEXTS } from '../language'
import type { Locale } from '../../../shared/bank/primitives'
import { writeTemplate } from './template'

/** `bank template --out <file.xlsx>`: an empty bank workbook with instructions, to fill in Excel. */
export async function bankTemplateCommand(
  options: { out: string; lang: Locale },
  ctx: CliContext
): Promise<number> {
  return writeTemplate(options, ctx, CLI_TEXTS.templateNotXlsx, writeBankTemplate)
}
