import type { z } from 'zod'
import type { JsonTextOptions } from '../util/json-text'
import { findForbiddenKeys, parseJsonText } from '../util/json-text'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { issueText, type IssueText } from '../util/issue-codes'
import { fieldIssue, formatPath, wholeFileIssue, zodIssue } from '../util/validation'
import type { AssessmentFile } from './assessment'
import { ASSESSMENT_FILE_KIND, CURRENT_ASSESSMENT_FORMAT_VERSION } from './assessment'
import { safeParseAssessmentFile } from './assessment-check'
import type { AssessmentUpgrader } from './upgrade'
import { assessmentUpgradeChain } from './upgrade'
import { runUpgradeChain } from '../util/upgrade-chain'

export interface ParseAssessmentOptions {
  /** Only for tests of the upgrade chain; the app always uses ASSESSMENT_UPGRADERS. */
  upgraders?: Readonly<Record<number, AssessmentUpgrader>>
  /** Only for tests of the upgrade chain; defaults to CURRENT_ASSESSMENT_FORMAT_VERSION. */
  currentVersion?: number
}

function fail(path: string, problem: IssueText): { ok: false; issues: ValidationIssue[] } {
  return { ok: false, issues: [fieldIssue(path, problem)] }
}

/**
 * A schema problem, with our own words where zod's would say more about zod than about the file
 * (an answer value of the wrong shape, an N/A answer without its justification).
 */
function readableIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const path = formatPath(issue.path)
  if (issue.code === 'invalid_union' && path.endsWith('.value'))
    return fieldIssue(path, issueText('assessment.valueType'))
  if (issue.code === 'too_small' && path.endsWith('na.justification'))
    return fieldIssue(path, issueText('assessment.naJustification'))
  return zodIssue(issue)
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
  if (!isPlainObject(raw)) return fail('(root)', issueText('assessment.notObject'))
  const forbidden = findForbiddenKeys(raw)
  if (forbidden.length > 0) return { ok: false, issues: forbidden }
  return readAssessmentFile(raw, options)
}

/** parseAssessmentFile after its key check (parseJsonText made the same on the way in). */
function readAssessmentFile(
  raw: Record<string, unknown>,
  options: ParseAssessmentOptions
): ParseResult<AssessmentFile> {
  const current = options.currentVersion ?? CURRENT_ASSESSMENT_FORMAT_VERSION
  if (raw.kind !== ASSESSMENT_FILE_KIND) {
    return fail(
      'kind',
      typeof raw.kind === 'string'
        ? issueText('assessment.notAssessment', { kind: raw.kind.slice(0, 80) })
        : issueText('assessment.noKind')
    )
  }
  const upgraded = runUpgradeChain(raw, assessmentUpgradeChain(options.upgraders, current))
  if (!upgraded.ok) return upgraded
  const result = safeParseAssessmentFile(upgraded.value)
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
  if (!isPlainObject(json.value)) return fail('(root)', issueText('assessment.notObject'))
  return readAssessmentFile(json.value, options)
}

/**
 * Reads an assessment file from its bytes as they were picked or received: UTF-8 text (anything
 * else is refused with a coded problem, like every other refusal), then parseAssessmentJson.
 */
export function parseAssessmentBytes(
  bytes: Uint8Array,
  options: ParseAssessmentOptions & JsonTextOptions = {}
): ParseResult<AssessmentFile> {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, issues: [wholeFileIssue(issueText('json.notUtf8'))] }
  }
  return parseAssessmentJson(text, options)
}
