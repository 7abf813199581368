import type { IssueParams } from '../util/issue-codes'
import { fillTemplate, issueTemplate } from '../util/issue-codes'
import type { IssuePlace, ValidationIssue } from '../util/validation'
import { PLACE_TEXTS } from './catalogue/places'
import type { IssueLanguage } from './catalogue/texts'

/**
 * The one place that turns a reader's problem into words for a person: the app's problem table
 * (renderer/src/components/IssueTable.tsx) and the command line both say problems through these.
 */
export function describeIssue(
  issue: Pick<ValidationIssue, 'code' | 'params' | 'message'>,
  language: IssueLanguage
): string {
  if (issue.code === undefined) return issue.message
  return fillTemplate(issueTemplate(issue.code, language), issue.params, language)
}

const say = (key: keyof typeof PLACE_TEXTS, language: IssueLanguage, params: IssueParams = {}) =>
  fillTemplate(PLACE_TEXTS[key][language], params, language)

/**
 * Where a problem is, as a person reads it: 工作表「questions」第 12 行 C 列（answer）,
 * 文件 manifest.json 的字段 parts[1], 第 4 行第 13 列; the file as a whole when it has no place.
 */
export function describePlace(place: IssuePlace | undefined, language: IssueLanguage): string {
  if (place === undefined) return say('file', language)
  if ('sheet' in place) {
    const { sheet, row, column, header } = place
    if (sheet === '') return say('workbook', language)
    if (row === undefined || row === 0) return say('sheet', language, { sheet })
    const named = header !== undefined && header !== ''
    if (column !== undefined && column !== '')
      return named
        ? say('cell', language, { sheet, row, column, header })
        : say('cellOnly', language, { sheet, row, column })
    return named
      ? say('row', language, { sheet, row, header })
      : say('rowOnly', language, { sheet, row })
  }
  if ('line' in place) {
    const { part, line, column } = place
    return part === undefined
      ? say('line', language, { line, column })
      : say('partLine', language, { part, line, column })
  }
  const { part, field } = place
  if (part !== undefined && field !== undefined) return say('partField', language, { part, field })
  if (part !== undefined) return say('part', language, { part })
  if (field !== undefined) return say('field', language, { field })
  return say('file', language)
}
