import type { IssueCode, IssueParams } from './issue-codes'
import { issueText, issueTexts } from './issue-codes'
import type { IssuePlace, ParseResult, ValidationIssue } from './validation'
import { issueAt } from './validation'

/**
 * One step of a file format's upgrade chain: a document of version N in, the same content in
 * version N + 1 out (with its version field set to N + 1). Pure: the input is never modified.
 * Throws an UpgradeRefusal when the document cannot be upgraded (it says why, at its place); any
 * other exception is a bug in the upgrader.
 */
export type Upgrader<T> = (doc: Readonly<T>) => T

/** The reasons a document cannot be upgraded, as problems at their places. */
export class UpgradeRefusal extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '))
    this.name = 'UpgradeRefusal'
  }
}

/** A format's version field and its upgraders (assessment files, banks, packages). */
export interface UpgradeChain<T> {
  /** The version field as problems name it: `formatVersion`, `schemaVersion`, `packageVersion`. */
  versionField: string
  /** Where the version field is, for problems with the version itself. */
  place: IssuePlace
  /** The document's version (not yet checked). */
  versionOf: (doc: Readonly<T>) => unknown
  /** Keyed by the version each upgrades *from*; the chain must reach `current`. */
  upgraders: Readonly<Record<number, Upgrader<T>>>
  /** The version this app writes and reads natively. */
  current: number
}

/** The lowest version from which an unbroken chain of upgraders reaches the current one. */
export function oldestSupportedVersion<T>(chain: Pick<UpgradeChain<T>, 'upgraders' | 'current'>) {
  let version = chain.current
  while (version > 1 && Object.hasOwn(chain.upgraders, version - 1)) version--
  return version
}

/**
 * Checks a document's version and brings it to the current one step by step. A missing or
 * malformed version, a newer one (never guessed at) and a version with no unbroken chain are
 * refused with coded problems at the version field; a step that refuses says why, at the place it
 * found the problem.
 */
export function runUpgradeChain<T>(doc: Readonly<T>, chain: UpgradeChain<T>): ParseResult<T> {
  const field = chain.versionField
  const refuse = (
    code: IssueCode,
    params?: IssueParams
  ): { ok: false; issues: ValidationIssue[] } => ({
    ok: false,
    issues: [issueAt(chain.place, issueText(code, { field, ...params }))]
  })
  const version = chain.versionOf(doc)
  if (version === undefined) return refuse('upgrade.versionMissing')
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse('upgrade.versionInvalid', { found: JSON.stringify(version) ?? String(version) })
  if (version > chain.current)
    return refuse('upgrade.versionNewer', { version, supported: chain.current })
  let current = doc as T
  for (let from = version; from < chain.current; from++) {
    const to = from + 1
    const upgrader = Object.hasOwn(chain.upgraders, from) ? chain.upgraders[from] : undefined
    if (upgrader === undefined)
      return refuse('upgrade.noPath', { version, from, to, oldest: oldestSupportedVersion(chain) })
    try {
      current = upgrader(current)
    } catch (error) {
      if (!(error instanceof UpgradeRefusal))
        return refuse('upgrade.stepFailed', { from, to, detail: (error as Error).message })
      return {
        ok: false,
        issues: error.issues.map((issue) =>
          issueAt(
            issue.place,
            issueText('upgrade.stepRefused', { field, from, to, problem: issueTexts(issue) }),
            issue.path
          )
        )
      }
    }
    // A programming error in an upgrader; caught here so a broken chain never loops or skips.
    if (chain.versionOf(current) !== to) return refuse('upgrade.wrongVersion', { from, to })
  }
  return { ok: true, value: current }
}
