/**
 * The package layout: which names may appear in the zip, and what each one is.
 *
 *   manifest.json                      what the package holds, with sizes and SHA-256s
 *   assessments/<assessment id>.json   one assessment file each (docs/assessment-format.md)
 *   evidence/<sha256>                  attached files, raw bytes, named by their SHA-256
 *   banks/<bank id>-<version>.json     optional: the banks the assessments were answered against
 */
import { issueText, type IssueText } from '../util/issue-codes'

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
const MAX_NAME_LENGTH = 255

export const assessmentPartPath = (assessmentId: string): string =>
  `assessments/${assessmentId}.json`
export const evidencePartPath = (sha256: string): string => `evidence/${sha256}`
export const bankPartPath = (bankId: string, version: string): string =>
  `banks/${bankId}-${version}.json`

/**
 * Why a zip entry name is unsafe, or null. Checked before the layout so that the message says
 * what is dangerous about a name (traversal, absolute path, …), not merely that it is unexpected.
 */
export function unsafeNameProblem(name: string): string | null {
  return unsafeNameIssue(name)?.message ?? null
}

/** {@link unsafeNameProblem} as a coded issue text (for messages in the user's language). */
export function unsafeNameIssue(name: string): IssueText | null {
  if (name === '') return issueText('package.nameEmpty')
  if (name.includes('\0')) return issueText('package.nameNul')
  if (name.includes('\\')) return issueText('package.nameBackslash')
  if (/^[A-Za-z]:/.test(name)) return issueText('package.nameDrive')
  if (name.startsWith('/')) return issueText('package.nameAbsolute')
  const segments = name.split('/')
  if (segments.some((segment) => segment === '..')) return issueText('package.nameTraversal')
  if (segments.slice(0, -1).some((segment) => segment === '' || segment === '.'))
    return issueText('package.nameSegment')
  if (/[^\x20-\x7e]/.test(name)) return issueText('package.nameChars')
  if (name.length > MAX_NAME_LENGTH)
    return issueText('package.nameLong', { maximum: MAX_NAME_LENGTH })
  return null
}

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
