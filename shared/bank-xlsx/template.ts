/** The empty-ish authoring template an audit team starts a bank from. */
import { parseBank } from '../bank/index'
import { bankToWorkbook } from './bank-to-workbook'
import { exampleBankInput } from './example-bank'

/**
 * Writes the authoring template: every sheet with its headers, notes, dropdowns and the
 * instructions, holding a tiny valid example bank (ids starting with EX, texts with 示例/Example)
 * that shows the syntax of each sheet. Importing the template unchanged gives that example bank;
 * authors overwrite or delete the example rows.
 */
export async function writeBankTemplate(): Promise<Uint8Array> {
  const parsed = parseBank(exampleBankInput())
  if (!parsed.ok) {
    // The example is fixed data checked by the tests; failing here means the bank schema moved.
    throw new Error(
      `bank-xlsx: the template's example bank is invalid: ${parsed.issues[0]?.path} ${parsed.issues[0]?.message}`
    )
  }
  return bankToWorkbook(parsed.value)
}
