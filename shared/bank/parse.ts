import type { z } from 'zod'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { zodIssue } from '../util/validation'
import type { Bank } from './bank'
import { bankSchema } from './bank'
import { validateBankSemantics } from './semantics'
import { upgradeBank } from './upgrade'

export { validateBankSemantics } from './semantics'

type ZodIssue = z.core.$ZodIssue

/**
 * Does this issue say "you are in the wrong branch" (a missing key, an unexpected key, the wrong
 * kind of value at the top) rather than "right branch, wrong detail"?
 */
function isBranchMismatch(issue: ZodIssue): boolean {
  if (issue.code === 'unrecognized_keys') return issue.path.length === 0
  if (issue.code === 'invalid_type') return issue.path.length <= 1
  if (issue.code === 'invalid_value') return issue.path.length <= 1
  return false
}

/**
 * zod reports a failed union as one "Invalid input" issue holding every branch's issues.
 * When exactly one branch fits the shape of the input (no missing or unexpected keys), its own
 * issues say what is wrong much better, so they replace the union issue; otherwise the union's
 * message stays (for conditions it lists the allowed forms).
 */
function readableIssues(
  issues: readonly ZodIssue[],
  base: readonly PropertyKey[] = []
): ValidationIssue[] {
  const out: ValidationIssue[] = []
  for (const issue of issues) {
    const path = [...base, ...issue.path]
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const fitting = issue.errors.filter((branch) => !branch.some(isBranchMismatch))
      if (fitting.length === 1) {
        out.push(...readableIssues(fitting[0]!, path))
        continue
      }
    }
    out.push(zodIssue(issue, base))
  }
  return out
}

/**
 * Reads a bank file's JSON: upgrades an older schema version, validates the shape with zod, then
 * checks its meaning (validateBankSemantics). Never throws; every problem comes back as an issue
 * with a readable JSON path. The value has all schema defaults applied.
 */
export function parseBank(raw: unknown): ParseResult<Bank> {
  const upgraded = upgradeBank(raw)
  if (!upgraded.ok) return upgraded
  const parsed = bankSchema.safeParse(upgraded.value)
  if (!parsed.success) return { ok: false, issues: readableIssues(parsed.error.issues) }
  const issues = validateBankSemantics(parsed.data)
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, value: parsed.data }
}
