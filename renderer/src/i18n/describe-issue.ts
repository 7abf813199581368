import type { ValidationIssue } from '@shared/util/validation'
import { describeIssue as sayIssue } from '@shared/issues/describe'
import { PLACE_TEXTS } from '@shared/issues/catalogue/places'
import { issueLanguage } from '@shared/issues/catalogue/texts'
import { fillTemplate } from '@shared/util/issue-codes'

/**
 * The renderer's door to the shared problem words (shared/issues): bank import, package import,
 * backup restore, assessment-file and questionnaire-form import show problems through these.
 */
export function describeIssue(issue: ValidationIssue, language: string): string {
  return sayIssue(issue, issueLanguage(language))
}

const CELL = /^(.+?)!([A-Z]{1,3})(\d+) \((.*)\)$/
const ROW = /^(.+?) row (\d+) \((.*)\)$/
const HEADER = /^(.+?) \(header\)$/
const LINE = /^line (\d+), column (\d+)$/
const WHOLE: Record<string, keyof typeof PLACE_TEXTS> = {
  workbook: 'workbook',
  '(package)': 'file',
  '(backup)': 'file',
  '(file)': 'file',
  '(root)': 'file'
}

/**
 * Where a problem is, as a person reads it: `questions!C12 (answer)` →
 * 工作表「questions」第 12 行 C 列（answer）; `line 4, column 13` → 第 4 行第 13 列. JSON paths and
 * package part names stay as they are (they name the file and field exactly); English keeps the
 * reader's own wording.
 */
export function describeIssuePlace(path: string, language: string): string {
  const lang = issueLanguage(language)
  if (lang === 'en-US') return path
  const say = (key: keyof typeof PLACE_TEXTS, params: Record<string, string> = {}): string =>
    fillTemplate(PLACE_TEXTS[key][lang], params, lang)
  const whole = WHOLE[path]
  if (whole !== undefined) return say(whole)
  const cell = CELL.exec(path)
  if (cell) {
    const [, sheet, column, row, header] = cell
    return say('cell', { sheet: sheet!, column: column!, row: row!, header: header! })
  }
  const row = ROW.exec(path)
  if (row) {
    const [, sheet, number, header] = row
    return say('row', { sheet: sheet!, row: number!, header: header! })
  }
  const header = HEADER.exec(path)
  if (header) return say('header', { sheet: header[1]! })
  const line = LINE.exec(path)
  if (line) return say('line', { line: line[1]!, column: line[2]! })
  return path
}
