// The rules of the Electronegativity gate (SEC-12), kept apart from the runner so they are tested
// (tests/unit/electronegativity-justify.test.ts).
//
// A finding of severity MEDIUM or above fails the gate unless the code carries
//   // eng-disable CHECK_ID — a written reason
// Electronegativity itself honours `eng-disable CHECK_ID` on the flagged line (or on line 1 for a
// whole file) but accepts it without any reason; the gate additionally requires the reason after a
// dash (—, –, - or --), names it in the report, and rejects comments that name unknown checks.

/** Minimum length of a written reason, so "ok" or "fp" do not count. */
export const MIN_REASON_LENGTH = 20

/** Severity names as Electronegativity reports them, lowest first. */
export const SEVERITIES = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH']

const MARKER = /(?:\/\/|\/\*|<!--)[ \t]*eng-disable\b(.*)$/
const CHECK_LIST = /^[ \t]+([A-Za-z0-9_]+(?:[ \t]*,?[ \t]*[A-Za-z0-9_]+)*)/
const REASON = /^[ \t]*(?:—|–|--|-)[ \t]*(.*?)[ \t]*(?:\*\/|-->)?[ \t]*$/

/**
 * Parses an `eng-disable` comment on one line of source.
 * @param {string} line
 * @returns {null | { checks: string[], reason: string | null }} null when the line has no
 *   eng-disable comment; `reason` is null when none (or a too-short one) follows the check names
 */
export function parseEngDisable(line) {
  const marker = MARKER.exec(line)
  if (marker === null) return null
  const rest = marker[1] ?? ''
  const list = CHECK_LIST.exec(rest)
  if (list === null) return { checks: [], reason: null }
  const checks = (list[1] ?? '').split(/[\s,]+/).filter(Boolean)
  const reasonMatch = REASON.exec(rest.slice(list[0].length))
  const reason = reasonMatch?.[1] ?? ''
  return { checks, reason: reason.length >= MIN_REASON_LENGTH ? reason : null }
}

/** True when `name` (an eng-disable entry) denotes the finding's check. */
const names = (name, finding) =>
  name.toUpperCase() === String(finding.id).toUpperCase() ||
  name.toLowerCase() === String(finding.constructorName ?? '').toLowerCase()

/**
 * @typedef {{ file: string, line: number, checks: string[], reason: string | null }} Justification
 * @typedef {{ id: string, constructorName?: string, severity: string, file: string, line: number,
 *   origin: 'source' | 'build' }} Finding
 */

/**
 * The justification covering a finding, or null.
 * - a finding in source: an eng-disable naming its check on the flagged line or on line 1 of the
 *   same file (Electronegativity's own placement rules);
 * - a global finding (no file) or a finding in the minified build (comments are stripped there):
 *   an eng-disable naming its check anywhere in the scanned sources.
 * @param {Finding} finding
 * @param {Justification[]} justifications only well-formed ones (with a reason)
 * @returns {Justification | null}
 */
export function justificationFor(finding, justifications) {
  const candidates = justifications.filter(
    (j) => j.reason !== null && j.checks.some((name) => names(name, finding))
  )
  if (finding.origin === 'build' || finding.file === 'N/A') return candidates[0] ?? null
  return (
    candidates.find((j) => j.file === finding.file && (j.line === finding.line || j.line === 1)) ??
    null
  )
}

/** True when a finding is severe enough to gate on. */
export const isGated = (severity) => SEVERITIES.indexOf(severity) >= SEVERITIES.indexOf('MEDIUM')
