import type { TFunction } from 'i18next'
import type { ValidationIssue } from '@shared/util/validation'

/**
 * The one place that turns a reader's problem (shared's ValidationIssue) into words for the
 * assessor: bank import, package import, backup restore, assessment-file and questionnaire-form
 * import all show problems through these two functions.
 *
 * In Chinese, a coded problem is said from its code and parameters
 * (locales/features/reader-issues.ts); in English the reader's own English is shown, which is
 * also what the command line prints. A problem without a code keeps the reader's English.
 */
const isEnglish = (language: string): boolean => language.toLowerCase().startsWith('en')

const KIND_PARAMS = new Set(['expected', 'received'])

/** Keys built from codes are checked by reader-issues.test.ts, not by the typed `t`. */
type LooseT = (key: string, options?: Record<string, unknown>) => string

export function describeIssue(issue: ValidationIssue, t: TFunction, language: string): string {
  if (issue.code === undefined || isEnglish(language)) return issue.message
  const say = t as unknown as LooseT
  const key = `readerIssues.${issue.code}`
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(issue.params ?? {})) {
    const kind = `readerIssues.kinds.${String(value)}`
    params[name] =
      KIND_PARAMS.has(name) && typeof value === 'string' && say(kind) !== kind ? say(kind) : value
  }
  const text = say(key, params)
  return text === key ? issue.message : text
}

const CELL = /^(.+?)!([A-Z]{1,3})(\d+) \((.*)\)$/
const ROW = /^(.+?) row (\d+) \((.*)\)$/
const HEADER = /^(.+?) \(header\)$/
const LINE = /^line (\d+), column (\d+)$/
const WHOLE: Record<string, string> = {
  workbook: 'readerIssues.place.workbook',
  '(package)': 'readerIssues.place.package',
  '(file)': 'readerIssues.place.file',
  '(root)': 'readerIssues.place.root'
}

/**
 * Where a problem is, as a person reads it: `questions!C12 (answer)` →
 * 工作表「questions」第 12 行 C 列（answer）; `line 4, column 13` → 第 4 行第 13 列. JSON paths and
 * package part names stay as they are (they name the file and field exactly); English keeps the
 * reader's own wording.
 */
export function describeIssuePlace(path: string, t: TFunction, language: string): string {
  if (isEnglish(language)) return path
  const say = t as unknown as LooseT
  const whole = WHOLE[path]
  if (whole !== undefined) return say(whole)
  const cell = CELL.exec(path)
  if (cell) {
    const [, sheet, column, row, header] = cell
    return say('readerIssues.place.cell', { sheet, column, row, header })
  }
  const row = ROW.exec(path)
  if (row) {
    const [, sheet, number, header] = row
    return say('readerIssues.place.row', { sheet, row: number, header })
  }
  const header = HEADER.exec(path)
  if (header) return say('readerIssues.place.header', { sheet: header[1] })
  const line = LINE.exec(path)
  if (line) return say('readerIssues.place.line', { line: line[1], column: line[2] })
  return path
}
