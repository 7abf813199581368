import type { z } from 'zod'
import type { JsonTextOptions } from '../util/json-text'
import { findForbiddenKeys, parseJsonText } from '../util/json-text'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { issueText, type IssueText } from '../util/issue-codes'
import { formatPath, zodIssueCode } from '../util/validation'
import type { AssessmentFile } from './assessment'
import {
  ASSESSMENT_FILE_KIND,
  CURRENT_ASSESSMENT_FORMAT_VERSION,
  assessmentFileSchema
} from './assessment'
import type { AssessmentUpgrader } from './upgrade'
import { ASSESSMENT_UPGRADERS, upgradeAssessmentFile } from './upgrade'

export interface ParseAssessmentOptions {
  /** Only for tests of the upgrade chain; the app always uses ASSESSMENT_UPGRADERS. */
  upgraders?: Readonly<Record<number, AssessmentUpgrader>>
  /** Only for tests of the upgrade chain; defaults to CURRENT_ASSESSMENT_FORMAT_VERSION. */
  currentVersion?: number
}

function fail(path: string, problem: IssueText): { ok: false; issues: ValidationIssue[] } {
  return { ok: false, issues: [{ path, ...problem }] }
}

/**
 * zod's messages, reworded where its default says more about zod than about the file, with the
 * code that lets the app say the same in the user's language.
 */
function readableIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = formatPath(issue.path)
  if (issue.code === 'invalid_union' && path.endsWith('.value'))
    return { path, ...issueText('assessment.valueType') }
  if (issue.code === 'too_small' && path.endsWith('na.justification'))
    return { path, ...issueText('assessment.naJustification') }
  return { ...rewordedIssue(issue, path), ...zodIssueCode(issue) }
}

function rewordedIssue(issue: z.core.$ZodIssue, path: string): ValidationIssue {
  // A message written in our schema (e.g. "the institution is required") is kept as it is.
  if (!/^(Invalid|Too (small|big)|Unrecognized)/.test(issue.message))
    return { path, message: issue.message }
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined$/.test(issue.message))
        return { path, message: `required (expected ${issue.expected})` }
      return { path, message: issue.message.replace(/^Invalid input: /, '') }
    case 'unrecognized_keys':
      return {
        path,
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`
      }
    case 'invalid_union':
      if (path.endsWith('.value'))
        return { path, message: 'expected a number, a text, a list of ids or null' }
      return { path, message: issue.message }
    case 'too_small':
      if (path.endsWith('na.justification'))
        return { path, message: 'an N/A answer needs a justification' }
      if (issue.origin === 'string' && Number(issue.minimum) === 1)
        return { path, message: 'must not be empty' }
      return { path, message: issue.message }
    case 'too_big':
      if (issue.origin === 'string')
        return { path, message: `too long (at most ${issue.maximum} characters)` }
      if (issue.origin === 'array')
        return { path, message: `too many entries (at most ${issue.maximum})` }
      return { path, message: issue.message }
    case 'invalid_format':
      if (issue.format === 'datetime')
        return { path, message: 'not a date and time such as 2025-07-01T09:00:00+08:00' }
      return { path, message: issue.message }
    default:
      return { path, message: issue.message }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/**
 * Reads an assessment file (already JSON-parsed) into a checked AssessmentFile.
 * Refuses, with the JSON path of the bad field and why: anything that is not our file kind,
 * a missing or newer formatVersion, prototype-polluting keys, and every schema violation.
 * Files of older format versions are upgraded step by step first (see upgrade.ts).
 * The bank-dependent checks are separate: validateAssessmentAgainstBank.
 */
export function parseAssessmentFile(
  raw: unknown,
  options: ParseAssessmentOptions = {}
): ParseResult<AssessmentFile> {
  const current = options.currentVersion ?? CURRENT_ASSESSMENT_FORMAT_VERSION
  if (!isPlainObject(raw)) return fail('(root)', issueText('assessment.notObject'))
  const forbidden = findForbiddenKeys(raw)
  if (forbidden.length > 0) return { ok: false, issues: forbidden }
  if (raw.kind !== ASSESSMENT_FILE_KIND) {
    return fail(
      'kind',
      typeof raw.kind === 'string'
        ? issueText('assessment.notAssessment', { kind: raw.kind.slice(0, 80) })
        : issueText('assessment.noKind')
    )
  }
  const version = raw.formatVersion
  if (version === undefined) return fail('formatVersion', issueText('assessment.versionMissing'))
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail(
      'formatVersion',
      issueText('assessment.versionInvalid', { found: JSON.stringify(version) })
    )
  if (version > current)
    return fail(
      'formatVersion',
      issueText('assessment.versionNewer', { version, supported: current })
    )

  let doc: Record<string, unknown> = raw
  if (version < current) {
    const upgraded = upgradeAssessmentFile(
      raw,
      version,
      options.upgraders ?? ASSESSMENT_UPGRADERS,
      current
    )
    if (!upgraded.ok) return upgraded
    doc = upgraded.value
  }
  const result = assessmentFileSchema.safeParse(doc)
  if (!result.success) return { ok: false, issues: result.error.issues.map(readableIssue) }
  return { ok: true, value: result.data }
}

/**
 * Reads an assessment file from its JSON text: size and nesting caps, syntax errors with
 * line and column, then parseAssessmentFile.
 */
export function parseAssessmentJson(
  text: string,
  options: ParseAssessmentOptions & JsonTextOptions = {}
): ParseResult<AssessmentFile> {
  const json = parseJsonText(text, options)
  if (!json.ok) return json
  return parseAssessmentFile(json.value, options)
}
