import type { z } from 'zod'
import { ISSUE_CATALOGUE } from '../issues/catalogue'
import { valueKind } from '../issues/catalogue/terms'
import type { IssueCode, IssueParams, IssueText } from './issue-codes'
import { issueText, problemOf } from './issue-codes'

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
  place: IssuePlace
  code: IssueCode
  params?: IssueParams
  message: string
}

/**
 * A place flattened to one line, the way logs, tests and the issue's `path` write it:
 * `questions!C12 (answer)`, `manifest.json: parts[1]`, `line 4, column 13`, `(file)`.
 */
export function placePath(place: IssuePlace): string {
  if ('sheet' in place) {
    const { sheet, row, column, header } = place
    if (row === undefined || row === 0) return sheet
    const at = column === undefined ? `${sheet} row ${row}` : `${sheet}!${column}${row}`
    return header === undefined ? at : `${at} (${header})`
  }
  const prefix = place.part === undefined ? '' : `${place.part}: `
  if ('line' in place) return `${prefix}line ${place.line}, column ${place.column}`
  if (place.field !== undefined) return `${prefix}${place.field}`
  return place.part ?? '(file)'
}

/** A problem at its place; `path` is the place flattened unless the reader words it its own way. */
export function issueAt(
  place: IssuePlace,
  problem: IssueText,
  path: string = placePath(place)
): ValidationIssue {
  return { path, place, ...problemOf(problem) }
}

/** A problem with a file as a whole; `path` as the reader has always written it. */
export function wholeFileIssue(problem: IssueText, path = '(file)'): ValidationIssue {
  return issueAt({}, problem, path)
}

/** A problem with a part of a package or backup, or with a field of that part. */
export function partIssue(part: string, problem: IssueText, field?: string): ValidationIssue {
  return issueAt(field === undefined ? { part } : { part, field }, problem)
}

/** A problem at a JSON path of a file (`(root)`: the file as a whole). */
export function fieldIssue(field: string, problem: IssueText): ValidationIssue {
  return issueAt(field === '(root)' ? {} : { field }, problem, field)
}

/**
 * The issues of a file read as a part of another (a package's part, a backup's package): paths
 * start with the part's name and places name the part, outermost first (`a.zip › b.json`).
 */
export function inPart(part: string, issues: readonly ValidationIssue[]): ValidationIssue[] {
  return issues.map((issue) => {
    const path =
      issue.path === '(root)' || issue.path === '(file)' ? part : `${part}: ${issue.path}`
    const { place } = issue
    if ('sheet' in place) return { ...issue, path }
    const inner = place.part === undefined ? part : `${part} › ${place.part}`
    return { ...issue, path, place: { ...place, part: inner } }
  })
}

export type ParseResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] }

/** A refusal: no value, only the issues. */
export const refused = (issues: ValidationIssue[]): { ok: false; issues: ValidationIssue[] } => ({
  ok: false,
  issues
})

/**
 * Runs a reader of outside bytes that must never throw: an unexpected error becomes its one
 * issue, worded by `internal` from the error's message.
 */
export function neverThrowing<T>(
  read: () => ParseResult<T>,
  internal: (detail: string) => ValidationIssue
): ParseResult<T> {
  try {
    return read()
  } catch (error) {
    return refused([internal((error as Error).message)])
  }
}

/** {@link neverThrowing} for readers that await (readPackageAsync, readBackupAsync). */
export async function neverThrowingAsync<T>(
  read: () => Promise<ParseResult<T>>,
  internal: (detail: string) => ValidationIssue
): Promise<ParseResult<T>> {
  try {
    return await read()
  } catch (error) {
    return refused([internal((error as Error).message)])
  }
}

/** Renders a property path the way a person reads it: `a.b[3].c`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? '(root)' : out
}

/** A zod issue as our issue: its JSON path (under `base`) and its coded problem. */
export function zodIssue(
  issue: z.core.$ZodIssue,
  base: readonly PropertyKey[] = []
): ValidationIssue {
  return fieldIssue(formatPath([...base, ...issue.path]), zodProblem(issue))
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

let schemaMessages: ReadonlyMap<string, IssueCode> | undefined

/**
 * A message our schemas give a check (`'a date as YYYY-MM-DD'`) is the English text of a `zod.*`
 * code without parameters; this finds the code again, so the check is said in every language.
 */
function schemaMessageCode(message: string): IssueCode | undefined {
  schemaMessages ??= new Map(
    Object.entries(ISSUE_CATALOGUE.zod)
      .filter(([, texts]) => !texts['en-US'].includes('{{'))
      .map(([name, texts]) => [texts['en-US'], `zod.${name}` as IssueCode])
  )
  return schemaMessages.get(message)
}

/** zod's issue as a coded problem: by our schema's own message, else by zod's issue code. */
export function zodProblem(issue: z.core.$ZodIssue): IssueText {
  const known = schemaMessageCode(issue.message)
  if (known !== undefined) return issueText(known)
  const { code, params } = zodIssueCode(issue)
  return issueText(code, params)
}

/** zod's issue code → ours, with the parameters its text needs. */
function zodIssueCode(issue: z.core.$ZodIssue): { code: IssueCode; params?: IssueParams } {
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
      return {
        code: issue.keys.length === 1 ? 'zod.unknownKey' : 'zod.unknownKeys',
        params: { keys: list(issue.keys) }
      }
    case 'invalid_union':
      // A discriminated union whose discriminator matches no branch: say which values it takes.
      return 'options' in issue && Array.isArray(issue.options)
        ? { code: 'zod.invalidValue', params: { values: list(issue.options) } }
        : { code: 'zod.invalidUnion' }
    default:
      return { code: 'zod.invalid' }
  }
}

export function formatIssues(issues: ValidationIssue[], limit = 20): string {
  const shown = issues.slice(0, limit).map((i) => `  ${i.path}: ${i.message}`)
  if (issues.length > limit) shown.push(`  … and ${issues.length - limit} more`)
  return shown.join('\n')
}
