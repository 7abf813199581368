import type { ValidationIssue } from '../util/validation'
import type { PackageLimits } from './limits'
import { describeBytes } from './limits'
import type { EntryKind } from './paths'
import { MANIFEST_PATH, classifyEntryName, unsafeNameProblem } from './paths'
import type { ZipEntry } from './zip-read'
import { PACKAGE_PATH, displayName } from './zip-read'

/** An entry that passed the preflight, with what it is in the layout. */
export interface PlannedEntry {
  entry: ZipEntry
  kind: EntryKind
}

const LAYOUT_HINT =
  'not part of the package layout (manifest.json, assessments/<id>.json, evidence/<sha256>, banks/<id>-<version>.json)'

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
    const problem = unsafeNameProblem(entry.name)
    if (problem !== null) {
      issues.push({ path, message: problem })
      continue
    }
    if (seen.has(entry.name)) {
      issues.push({ path, message: 'the package holds this name twice' })
      continue
    }
    seen.add(entry.name)
    const kind = classifyEntryName(entry.name)
    if (kind === null) {
      issues.push({ path, message: LAYOUT_HINT })
      continue
    }
    const limit = sizeLimit(kind, limits)
    const declared = entry.uncompressedSize
    if (declared > limit) {
      issues.push({
        path,
        message:
          kind.kind === 'folder'
            ? 'a folder entry that holds data'
            : `too large: ${describeBytes(declared)} uncompressed (the limit is ${describeBytes(limit)})`
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
        message: `compressed ${ratio}:1, more than the ${limits.maxCompressionRatio}:1 a real file reaches (a zip bomb)`
      })
      continue
    }
    total += declared
    planned.push({ entry, kind })
  }
  if (total > limits.maxTotalBytes)
    issues.push({
      path: PACKAGE_PATH,
      message: `too large: the parts add up to ${describeBytes(total)} uncompressed (the limit is ${describeBytes(limits.maxTotalBytes)})`
    })
  if (!planned.some((p) => p.kind.kind === 'manifest') && !seen.has(MANIFEST_PATH))
    issues.push({
      path: PACKAGE_PATH,
      message: 'manifest.json is missing: this is not a Stability Assessor package'
    })
  return { planned, issues }
}
