import type { z } from 'zod'
import { valueKind } from '../issues/catalogue/terms'
import type { IssueCode, IssueParams } from './issue-codes'

/**
 * A cell, row or header of a workbook sheet, or the whole sheet (only `sheet`). `column` is the
 * column's letter (absent when the column is missing from the sheet), `header` its header name.
 */
export interface CellPlace {
  sheet: string
  row?: number
  column?: string
  header?: string
}

/**
 * A part of a package or backup (`assessments/a1.json`; nested parts joined with ` › `) and a
 * field in it as a JSON path (`answers[3].value`); a field of a plain JSON file has no part.
 * Neither: the file as a whole.
 */
export interface FieldPlace {
  part?: string
  field?: string
}

/** A line and column of a text file (a JSON syntax error), in a part when the file is one. */
export interface TextPlace {
  part?: string
  line: number
  column: number
}

/** Where a problem is, for people: issues/describe.ts words it in the user's language. */
export type IssuePlace = CellPlace | FieldPlace | TextPlace

/**
 * One problem in an input file: where and why. `code` and `params` say why (the catalogue has the
 * words in every language, util/issue-codes.ts); `place` says where; `message` is the English
 * text and `path` the place flattened to one string (a JSON path such as
 * `pillars[2].sections[0].questions[3].weight`, `manifest.json: parts[1]`, `questions!C12
 * (answer)`), for logs and tests.
 */
export interface ValidationIssue {
  path: string
  place?: IssuePlace
  message: string
  code?: IssueCode
  params?: IssueParams
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

/** zod issues → our issues, one per leaf problem, with readable paths (zod's English message). */
export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
    ...zodIssueCode(issue)
  }))
}

/** What a value is, for "expected a number, received text". */
function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN'
  return typeof value
}

const list = (values: readonly unknown[]): string =>
  values.map((value) => (typeof value === 'string' ? `"${value}"` : String(value))).join(', ')

/**
 * zod's issue code → ours, with the parameters a message needs. Custom refinements carry their
 * own English text and get no code (the app then shows that text as it is).
 */
export function zodIssueCode(
  issue: z.core.$ZodIssue
): { code: IssueCode; params?: IssueParams } | Record<string, never> {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? { code: 'zod.required', params: { expected: valueKind(issue.expected) } }
        : {
            code: 'zod.invalidType',
            params: {
              expected: valueKind(issue.expected),
              received: valueKind(kindOf(issue.input))
            }
          }
    case 'invalid_value':
      return { code: 'zod.invalidValue', params: { values: list(issue.values) } }
    case 'too_big': {
      const maximum = Number(issue.maximum)
      if (issue.origin === 'string') return { code: 'zod.tooLong', params: { maximum } }
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'zod.tooMany', params: { maximum } }
      return {
        code: issue.inclusive === false ? 'zod.notBelow' : 'zod.tooBig',
        params: { maximum }
      }
    }
    case 'too_small': {
      const minimum = Number(issue.minimum)
      if (issue.origin === 'string')
        return minimum <= 1 ? { code: 'zod.empty' } : { code: 'zod.tooShort', params: { minimum } }
      if (issue.origin === 'array' || issue.origin === 'set')
        return { code: 'zod.tooFew', params: { minimum } }
      return {
        code: issue.inclusive === false ? 'zod.notAbove' : 'zod.tooSmall',
        params: { minimum }
      }
    }
    case 'invalid_format':
      if (issue.format === 'datetime') return { code: 'zod.invalidDateTime' }
      if (issue.format === 'regex') return { code: 'zod.invalidPattern' }
      return { code: 'zod.invalidFormat', params: { format: issue.format } }
    case 'not_multiple_of':
      return issue.divisor === 1 ? { code: 'zod.notInteger' } : { code: 'zod.invalid' }
    case 'unrecognized_keys':
      return { code: 'zod.unknownKeys', params: { keys: list(issue.keys) } }
    case 'invalid_union':
      return { code: 'zod.invalidUnion' }
    case 'invalid_key':
    case 'invalid_element':
      return { code: 'zod.invalid' }
    default:
      return {}
  }
}

export function formatIssues(issues: ValidationIssue[], limit = 20): string {
  const shown = issues.slice(0, limit).map((i) => `  ${i.path}: ${i.message}`)
  if (issues.length > limit) shown.push(`  … and ${issues.length - limit} more`)
  return shown.join('\n')
}
