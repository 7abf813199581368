import { issueText, type IssueText } from '../util/issue-codes'
import type { ValidationIssue } from '../util/validation'
import { partIssue, wholeFileIssue } from '../util/validation'
import type { ZipLimits } from './limits'
import { describeBytes } from './limits'
import { unsafeNameIssue } from './names'
import type { ZipEntry } from './read'
import { displayName } from './read'

/**
 * What names a kind of zip-based file may hold, declared by its reader (package, backup,
 * workbook); the checks themselves are the same for every kind.
 */
export interface ZipLayout<Kind> {
  /** What a (safe) name is in this layout, or null when the layout has no place for it. */
  classify(name: string): Kind | null
  /** Why a name the layout has no place for is refused (e.g. "not part of the package"). */
  unknown(name: string): IssueText
  /** The largest uncompressed size an entry of this kind may declare. */
  maxEntryBytes(kind: Kind): number
  /** Names the file must hold, each with the problem when it is missing. */
  required: ReadonlyArray<{ name: string; missing: IssueText }>
}

/** An entry that passed the preflight, with what it is in the layout. */
export interface PlannedEntry<Kind> {
  entry: ZipEntry
  kind: Kind
  /** A folder entry (name ending in `/`, no data): nothing to read. */
  folder: boolean
}

/**
 * Everything that can be judged from the central directory alone, before anything is inflated:
 * unsafe names (traversal, absolute paths, backslashes, drive letters, NUL, control characters),
 * names outside the layout, duplicates, folders with data, declared sizes over the per-entry and
 * total limits, compression ratios that only a zip bomb reaches, and required names missing.
 */
export function preflightEntries<Kind>(
  entries: readonly ZipEntry[],
  spec: { layout: ZipLayout<Kind>; limits: ZipLimits; wholePath: string }
): { planned: Array<PlannedEntry<Kind>>; issues: ValidationIssue[] } {
  const { layout, limits } = spec
  const issues: ValidationIssue[] = []
  const planned: Array<PlannedEntry<Kind>> = []
  const seen = new Set<string>()
  let total = 0
  for (const entry of entries) {
    const path = displayName(entry.name)
    const refuse = (problem: IssueText): void => void issues.push(partIssue(path, problem))
    const unsafe = unsafeNameIssue(entry.name)
    if (unsafe !== null) {
      refuse(unsafe)
      continue
    }
    if (seen.has(entry.name)) {
      refuse(issueText('zip.duplicate'))
      continue
    }
    seen.add(entry.name)
    const kind = layout.classify(entry.name)
    if (kind === null) {
      refuse(layout.unknown(entry.name))
      continue
    }
    const declared = entry.uncompressedSize
    const folder = entry.name.endsWith('/')
    const limit = folder ? 0 : layout.maxEntryBytes(kind)
    if (declared > limit) {
      refuse(
        folder
          ? issueText('zip.folderData')
          : issueText('zip.entryTooLarge', {
              size: describeBytes(declared),
              limit: describeBytes(limit)
            })
      )
      continue
    }
    const ratio = declared / Math.max(1, entry.compressedSize)
    if (declared >= limits.ratioFloorBytes && ratio > limits.maxCompressionRatio) {
      refuse(
        issueText('zip.ratio', { ratio: Math.round(ratio), limit: limits.maxCompressionRatio })
      )
      continue
    }
    total += declared
    planned.push({ entry, kind, folder })
  }
  if (total > limits.maxTotalBytes)
    issues.push(
      wholeFileIssue(
        issueText('zip.totalTooLarge', {
          size: describeBytes(total),
          limit: describeBytes(limits.maxTotalBytes)
        }),
        spec.wholePath
      )
    )
  for (const { name, missing } of layout.required)
    if (!seen.has(name)) issues.push(wholeFileIssue(missing, spec.wholePath))
  return { planned, issues }
}
