import type { ValidationIssue } from '../util/validation'
import type { BankInput } from './bank'
import { parseBank } from './parse'
import { minimalBankInput } from '../testing'

/**
 * Parses the minimal fixture bank after `mutate` broke something; returns the issues (none when it
 * parses): path and English message, the codes behind them are checked in
 * util/issue-codes.test.ts.
 */
export function issuesAfter(
  mutate: (bank: BankInput) => void
): Array<Pick<ValidationIssue, 'path' | 'message'>> {
  const bank = minimalBankInput()
  mutate(bank)
  const result = parseBank(bank)
  return result.ok ? [] : result.issues.map(({ path, message }) => ({ path, message }))
}
