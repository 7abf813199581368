import type { ValidationIssue } from '../../util/validation'
import type { Bank } from '../bank'
import { BankContext } from './context'
import { checkFactors } from './factors'
import { checkProfiles } from './profiles'
import { checkQuestions, checkSkipLogicCycles } from './questions'
import { checkReplaces } from './replaces'
import { checkRules } from './rules'
import { collectStructure } from './structure'

/**
 * Checks a bank that already matches the schema for everything the schema cannot see:
 * unique ids, references between parts, skip-logic cycles, values that no answer could ever
 * take, band ordering, profile completeness. Each issue names the JSON path and the reason.
 * An empty list means the bank is consistent.
 *
 * One file per part of the bank; each check reads the ids collected first (structure.ts) from
 * the shared context and adds its problems there. A new check goes into the file of the part it
 * checks and is called from here.
 */
export function validateBankSemantics(bank: Bank): ValidationIssue[] {
  const ctx = new BankContext(bank)
  collectStructure(ctx)
  checkQuestions(ctx)
  checkSkipLogicCycles(ctx)
  checkFactors(ctx)
  checkRules(ctx)
  checkProfiles(ctx)
  checkReplaces(ctx)
  return ctx.issues
}
