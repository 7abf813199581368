import type { Bank, BankRef } from '@shared/bank/bank'
import type { ParseResult } from '@shared/util/validation'
import type { StabilityDatabase } from '../../db/database'
import { installBanks, installedBankHashes } from '../../db/repos/banks'

/**
 * The banks shipped in resources/banks, each checked when the app is built (loadBank's result:
 * renderer/builtin-banks-plugin.ts), so start-up carries neither zod nor the bank checks. Only
 * their references (content hashes) or problems come with start-up; each bank itself is its
 * own chunk, fetched (locally) only when it is not installed yet — on the first start.
 */
const bankRefs = import.meta.glob<ParseResult<{ ref: BankRef }>>(
  '../../../../resources/banks/*.json',
  { query: '?checked-bank-ref', import: 'default', eager: true }
)
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
  const checked: Array<{ path: string; ref: BankRef }> = []
  for (const [path, result] of Object.entries(bankRefs)) {
    if (result.ok) checked.push({ path, ref: result.value.ref })
    else {
      const first = result.issues[0]
      problems.push({ file: fileName(path), message: `${first?.path}: ${first?.message}` })
    }
  }
  if (problems.length > 0) console.error('Built-in banks failed their checks', problems)
  const installed = await installedBankHashes(
    db,
    checked.map(({ ref }) => ref.contentHash)
  )
  const missing = checked.filter(({ ref }) => !installed.has(ref.contentHash))
  if (missing.length === 0) return problems
  const banks = await Promise.all(
    missing.map(async ({ path }) => {
      const load = bankFiles[path]
      const result = load ? await load() : undefined
      if (!result?.ok) throw new Error(`The shipped bank ${fileName(path)} could not be loaded`)
      return result.value
    })
  )
  await installBanks(db, banks, 'builtin')
  return problems
}
