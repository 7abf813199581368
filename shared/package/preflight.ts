import { issueText } from '../util/issue-codes'
import type { ValidationIssue } from '../util/validation'
import type { PackageLimits } from './limits'
import { describeBytes } from './limits'
import type { EntryKind } from './paths'
import { MANIFEST_PATH, classifyEntryName, unsafeNameIssue } from './paths'
import type { ZipEntry } from './zip-read'
import { PACKAGE_PATH, displayName } from './zip-read'

/** An entry that passed the preflight, with what it is in the layout. */
export interface PlannedEntry {
  entry: ZipEntry
  kind: EntryKind
}

function sizeLimit(kind: EntryKind, limits: PackageLimits): number {
  if (kind.kind === 'folder') return 0
  if (kind.kind === 'part' && kind.role === 'evidence') return limits.maxEntryBytes
  return Math.min(limits.maxJsonBytes, limits.maxEntryBytes)
}

/**
 * Everything that can be judged from the central directory alone, before anything is inflated:
 * unsafe names (traversal, absolute paths, backslashes, drive letters, NUL, control characters),
 * names outside the layout, duplicates, declared sizes over the per-part and total limits, and
 * compression ratios that only a zip bomb reaches.
 */
export function preflightEntries(
  entries: readonly ZipEntry[],
  limits: PackageLimits
): { planned: PlannedEntry[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = []
  const planned: PlannedEntry[] = []
  const seen = new Set<string>()
  let total = 0
  for (const entry of entries) {
    const path = displayName(entry.name)
    const problem = unsafeNameIssue(entry.name)
    if (problem !== null) {
      issues.push({ path, ...problem })
      continue
    }
    if (seen.has(entry.name)) {
      issues.push({ path, ...issueText('package.duplicate') })
      continue
    }
    seen.add(entry.name)
    const kind = classifyEntryName(entry.name)
    if (kind === null) {
      issues.push({ path, ...issueText('package.layout') })
      continue
    }
    const limit = sizeLimit(kind, limits)
    const declared = entry.uncompressedSize
    if (declared > limit) {
      issues.push({
        path,
        ...(kind.kind === 'folder'
          ? issueText('package.folderData')
          : issueText('package.entryTooLarge', {
              size: describeBytes(declared),
              limit: describeBytes(limit)
            }))
      })
      continue
    }
    if (
      declared >= limits.ratioFloorBytes &&
      declared / Math.max(1, entry.compressedSize) > limits.maxCompressionRatio
    ) {
      const ratio = Math.round(declared / Math.max(1, entry.compressedSize))
      issues.push({
        path,
        ...issueText('package.ratio', { ratio, limit: limits.maxCompressionRatio })
      })
      continue
    }
    total += declared
    planned.push({ entry, kind })
  }
  if (total > limits.maxTotalBytes)
    issues.push({
      path: PACKAGE_PATH,
      ...issueText('package.totalTooLarge', {
        size: describeBytes(total),
        limit: describeBytes(limits.maxTotalBytes)
      })
    })
  if (!planned.some((p) => p.kind.kind === 'manifest') && !seen.has(MANIFEST_PATH))
    issues.push({
      path: PACKAGE_PATH,
      ...issueText('package.noManifest')
    })
  return { planned, issues }
}
