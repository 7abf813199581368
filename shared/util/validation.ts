import type { z } from 'zod'

/** One problem in an input file: where (a JSON path such as `pillars[2].sections[0].questions[3].weight`) and why. */
export interface ValidationIssue {
  path: string
  message: string
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] }

/** Renders a property path the way a person reads it: `a.b[3].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

/** zod issues → our issues, one per leaf problem, with readable paths. */
export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }))
}

export function formatIssues(issues: ValidationIssue[], limit = 20): string {
  const shown = issues.slice(0, limit).map((i) => `  ${i.path}: ${i.message}`)
  if (issues.length > limit) shown.push(`  … and ${issues.length - limit} more`)
  return shown.join('\n')
}
