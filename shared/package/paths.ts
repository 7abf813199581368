/**
 * The package layout: which names may appear in the zip, and what each one is.
 *
 *   manifest.json                      what the package holds, with sizes and SHA-256s
 *   assessments/<assessment id>.json   one assessment file each (docs/assessment-format.md)
 *   evidence/<sha256>                  attached files, raw bytes, named by their SHA-256
 *   banks/<bank id>-<version>.json     optional: the banks the assessments were answered against
 */
import { issueText } from '../util/issue-codes'
import type { ZipLayout } from '../zip'
import type { PackageLimits } from './limits'

export const MANIFEST_PATH = 'manifest.json'

export type PartRole = 'assessment' | 'evidence' | 'bank'

/** What an entry name is in the layout. `folder` entries (`evidence/`) are tolerated and ignored. */
export type EntryKind =
  { kind: 'manifest' } | { kind: 'folder' } | { kind: 'part'; role: PartRole; key: string }

const ASSESSMENT_ID = '[A-Za-z0-9][A-Za-z0-9_-]{0,63}'
const BANK_ID = '[A-Za-z][A-Za-z0-9_.-]{0,63}'
const BANK_VERSION = '\\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?'
const LAYOUT: ReadonlyArray<[PartRole, RegExp]> = [
  ['assessment', new RegExp(`^assessments/(${ASSESSMENT_ID})\\.json$`)],
  ['evidence', /^evidence\/([0-9a-f]{64})$/],
  ['bank', new RegExp(`^banks/(${BANK_ID}-${BANK_VERSION})\\.json$`)]
]
const FOLDERS = new Set(['assessments/', 'evidence/', 'banks/'])

export const assessmentPartPath = (assessmentId: string): string =>
  `assessments/${assessmentId}.json`
export const evidencePartPath = (sha256: string): string => `evidence/${sha256}`
export const bankPartPath = (bankId: string, version: string): string =>
  `banks/${bankId}-${version}.json`

/** What a (safe) entry name is in the layout, or null when the layout has no such name. */
export function classifyEntryName(name: string): EntryKind | null {
  if (name === MANIFEST_PATH) return { kind: 'manifest' }
  if (FOLDERS.has(name)) return { kind: 'folder' }
  for (const [role, pattern] of LAYOUT) {
    const match = pattern.exec(name)
    if (match !== null) return { kind: 'part', role, key: match[1]! }
  }
  return null
}

/** The role a path must have in the manifest, judged by its folder. */
export function roleOfPath(path: string): PartRole | null {
  const kind = classifyEntryName(path)
  return kind?.kind === 'part' ? kind.role : null
}

/**
 * The layout as the zip reader checks it: evidence parts may be as large as an evidence file,
 * every JSON part (manifest, assessment, bank) only as large as the JSON reader's own cap.
 */
export function packageLayout(limits: PackageLimits): ZipLayout<EntryKind> {
  return {
    classify: classifyEntryName,
    unknown: () => issueText('package.layout'),
    maxEntryBytes: (kind) =>
      kind.kind === 'part' && kind.role === 'evidence'
        ? limits.maxEntryBytes
        : Math.min(limits.maxJsonBytes, limits.maxEntryBytes),
    required: [{ name: MANIFEST_PATH, missing: issueText('package.noManifest') }]
  }
}
