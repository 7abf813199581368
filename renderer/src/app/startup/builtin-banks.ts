import type { Bank, BankRef } from '@shared/bank/bank'
import type { ParseResult } from '@shared/util/validation'
import type { StabilityDatabase } from '../../db/database'
import { installBanks } from '../../db/repos/banks'

/**
 * The banks shipped in resources/banks, each checked when the app is built (loadBank's result:
 * renderer/builtin-banks-plugin.ts), so start-up carries neither zod nor the bank checks. Each
 * file is its own lazily loaded chunk, so the bank data stays out of the start-up JavaScript and
 * is fetched (locally) only by this step.
 */
const bankFiles = import.meta.glob<ParseResult<{ bank: Bank; ref: BankRef }>>(
  '../../../../resources/banks/*.json',
  { query: '?checked-bank', import: 'default' }
)

const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

/** A shipped bank that failed its checks: a packaging defect, reported instead of hidden. */
export interface BuiltinBankProblem {
  file: string
  message: string
}

/**
 * Installs every shipped bank not installed yet (by content hash; existing rows are never
 * replaced). A broken file is reported and skipped, so the app still opens the user's data.
 */
export async function installBuiltinBanks(db: StabilityDatabase): Promise<BuiltinBankProblem[]> {
  const problems: BuiltinBankProblem[] = []
  const banks: Array<{ bank: Bank; ref: BankRef }> = []
  const loaded = await Promise.all(
    Object.entries(bankFiles).map(async ([path, load]) => ({ path, result: await load() }))
  )
  for (const { path, result } of loaded) {
    if (result.ok) banks.push(result.value)
    else {
      const first = result.issues[0]
      problems.push({ file: fileName(path), message: `${first?.path}: ${first?.message}` })
    }
  }
  if (problems.length > 0) console.error('Built-in banks failed their checks', problems)
  await installBanks(db, banks, 'builtin')
  return problems
}
