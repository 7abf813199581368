import type { IssueText } from '../util/issue-codes'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { partIssue } from '../util/validation'
import { inflateEntry, inflateEntryAsync } from './inflate'
import type { ZipLimits } from './limits'
import type { PlannedEntry, ZipLayout } from './preflight'
import { preflightEntries } from './preflight'
import { displayName, readZipDirectory } from './read'

/** Everything a reader declares about its kind of zip-based file. */
export interface ZipSpec<Kind> {
  layout: ZipLayout<Kind>
  limits: ZipLimits
  /** The problem when the bytes are not a zip at all: it says what the file should have been. */
  notZip: IssueText
  /** Issue path for problems of the archive as a whole (`(package)`, `workbook`, …). */
  wholePath: string
}

/**
 * The first problem of a refused file. One reason is enough to refuse a file, and the rest of a
 * hostile one (a thousand overlapping entries, every name climbing out) is not worth listing:
 * the app and the command line say one clear sentence.
 */
const first = (issues: ValidationIssue[]): { ok: false; issues: ValidationIssue[] } => ({
  ok: false,
  issues: issues.slice(0, 1)
})

/**
 * The one way into a zip-based file: its directory read and every entry preflighted against the
 * layout and limits, before anything is inflated. Either the entries to read, or why not.
 */
export function openZip<Kind>(
  bytes: Uint8Array,
  spec: ZipSpec<Kind>
): ParseResult<Array<PlannedEntry<Kind>>> {
  const directory = readZipDirectory(bytes, {
    maxArchiveBytes: spec.limits.maxArchiveBytes,
    maxEntries: spec.limits.maxEntries,
    notZip: spec.notZip,
    wholePath: spec.wholePath
  })
  if (!directory.ok) return first(directory.issues)
  const { planned, issues } = preflightEntries(directory.value, spec)
  return issues.length > 0 ? first(issues) : { ok: true, value: planned }
}

/** One inflated entry and what it is in the layout. */
export interface UnzippedFile<Kind> {
  kind: Kind
  data: Uint8Array
}

/**
 * {@link openZip}, then every entry but folders inflated with its real size and CRC-32 enforced:
 * the files by name (in archive order), or why not.
 */
export function unzipChecked<Kind>(
  bytes: Uint8Array,
  spec: ZipSpec<Kind>
): ParseResult<Map<string, UnzippedFile<Kind>>> {
  const opened = openZip(bytes, spec)
  if (!opened.ok) return opened
  const files = new Map<string, UnzippedFile<Kind>>()
  for (const { entry, kind, folder } of opened.value) {
    if (folder) continue
    const data = inflateEntry(bytes, entry)
    if (!(data instanceof Uint8Array)) return first([partIssue(displayName(entry.name), data)])
    files.set(entry.name, { kind, data })
  }
  return { ok: true, value: files }
}

/** {@link unzipChecked} with the platform's inflate for large entries (inflateEntryAsync). */
export async function unzipCheckedAsync<Kind>(
  bytes: Uint8Array,
  spec: ZipSpec<Kind>
): Promise<ParseResult<Map<string, UnzippedFile<Kind>>>> {
  const opened = openZip(bytes, spec)
  if (!opened.ok) return opened
  const files = new Map<string, UnzippedFile<Kind>>()
  for (const { entry, kind, folder } of opened.value) {
    if (folder) continue
    const data = await inflateEntryAsync(bytes, entry)
    if (!(data instanceof Uint8Array)) return first([partIssue(displayName(entry.name), data)])
    files.set(entry.name, { kind, data })
  }
  return { ok: true, value: files }
}
