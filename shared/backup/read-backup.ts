import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { loadBank } from '../bank/identity'
import { parseJsonText } from '../util/json-text'
import { sha256Hex } from '../util/sha256'
import { sha256Lookup } from '../util/sha256-native'
import type { ParseResult, ValidationIssue } from '../util/validation'
import {
  formatPath,
  inPart,
  neverThrowing,
  neverThrowingAsync,
  partIssue,
  refused,
  wholeFileIssue,
  zodProblem
} from '../util/validation'
import type { IssueCode, IssueText } from '../util/issue-codes'
import { issueText } from '../util/issue-codes'
import { DEFAULT_PACKAGE_LIMITS, readPackage, readPackageAsync } from '../package'
import type { PackageContents, PackageLimits } from '../package'
import { packageZipLimits } from '../package/limits'
import {
  decodeUtf8,
  displayName,
  inflateEntry,
  openZip,
  unzipChecked,
  unzipCheckedAsync,
  type UnzippedFile,
  type ZipSpec
} from '../zip'
import type { BackupManifest } from './manifest'
import {
  BACKUP_KIND,
  BACKUP_MANIFEST_PATH,
  CURRENT_BACKUP_VERSION,
  backupManifestSchema
} from './manifest'

/** Issue path for problems of the backup file as a whole. */
export const BACKUP_PATH = '(backup)'
/** Marks a bug in this reader (an exception that escaped), so tests can tell it from a refusal. */
export const BACKUP_INTERNAL_ERROR: IssueCode = 'backup.internal'

/** A backup that passed every check, ready to replace the database. */
export interface BackupContents {
  manifest: BackupManifest
  /** In manifest order. */
  assessments: Array<{ assessment: Assessment; deletedAt?: string }>
  banks: Array<{
    bank: Bank
    contentHash: string
    origin: 'builtin' | 'imported'
    installedAt: string
  }>
  /** Every evidence file referenced by an assessment, with what the store knew about it. */
  evidence: Map<string, { bytes: Uint8Array; mimeType: string; storedAt: string }>
  settings: Array<{ key: string; value: unknown }>
}

/** What an entry of a backup is (docs/backup-format.md). */
type BackupEntryKind = 'manifest' | 'folder' | 'package' | 'bank'

const LAYOUT: ReadonlyArray<[BackupEntryKind, RegExp]> = [
  ['manifest', /^backup\.json$/],
  ['folder', /^(?:assessments|banks)\/$/],
  ['package', /^assessments\/\d{1,6}\.zip$/],
  ['bank', /^banks\/\d{1,6}\.json$/]
]

/** The backup's layout and limits, as the zip reader checks them before anything is inflated. */
function backupZipSpec(limits: PackageLimits): ZipSpec<BackupEntryKind> {
  return {
    layout: {
      classify: (name) => LAYOUT.find(([, pattern]) => pattern.test(name))?.[0] ?? null,
      unknown: () => issueText('backup.layout'),
      maxEntryBytes: (kind) => (kind === 'package' ? limits.maxEntryBytes : limits.maxJsonBytes),
      required: [{ name: BACKUP_MANIFEST_PATH, missing: issueText('backup.noManifest') }]
    },
    limits: packageZipLimits(limits),
    notZip: issueText('backup.notZip'),
    wholePath: BACKUP_PATH
  }
}

/**
 * Reads a whole-database backup (docs/backup-format.md) and checks everything before returning
 * anything: the zip directory (size, entry count, names, declared sizes, ratios) before inflating;
 * real sizes and CRC-32s; backup.json (JSON limits, kind, version, schema); every part against it
 * (presence, size, SHA-256); each assessment package with the package reader (every check of
 * docs/package-format.md) holding exactly the assessment the manifest names; each bank with the
 * bank reader and its content hash. Any problem → only issues, each naming the part and why.
 * Never throws.
 */
export function readBackup(
  bytes: Uint8Array,
  limits: Partial<PackageLimits> = {}
): ParseResult<BackupContents> {
  const all: PackageLimits = { ...DEFAULT_PACKAGE_LIMITS, ...limits }
  return neverThrowing(() => readChecked(bytes, all), internalError)
}

const internalError = (detail: string): ValidationIssue =>
  wholeFileIssue(issueText('backup.internal', { detail }), BACKUP_PATH)
const whole = (problem: IssueText): ValidationIssue => wholeFileIssue(problem, BACKUP_PATH)
const NONE = { 'zh-CN': '无', 'en-US': 'none' }

function readChecked(bytes: Uint8Array, limits: PackageLimits): ParseResult<BackupContents> {
  const unzipped = unzipChecked(bytes, backupZipSpec(limits))
  if (!unzipped.ok) return unzipped
  const opened = openParts(unzipped.value, limits)
  if (!opened.ok) return opened
  const { manifest, files } = opened.value
  const partIssues = checkParts(manifest, files, sha256Hex)
  if (partIssues.length > 0) return refused(partIssues)
  const packages = manifest.assessments.map((item) => readPackage(files.get(item.part)!, limits))
  return readContents(manifest, files, packages, limits)
}

/**
 * readBackup with the platform's inflate (DecompressionStream) and SHA-256 (WebCrypto), for the
 * file-check worker: the same checks in the same order, the same issues, the same contents.
 * Never throws.
 */
export function readBackupAsync(
  bytes: Uint8Array,
  limits: Partial<PackageLimits> = {}
): Promise<ParseResult<BackupContents>> {
  const all: PackageLimits = { ...DEFAULT_PACKAGE_LIMITS, ...limits }
  return neverThrowingAsync(async () => {
    const unzipped = await unzipCheckedAsync(bytes, backupZipSpec(all))
    if (!unzipped.ok) return unzipped
    const opened = openParts(unzipped.value, all)
    if (!opened.ok) return opened
    const { manifest, files } = opened.value
    const partIssues = checkParts(manifest, files, await sha256Lookup(files.values()))
    if (partIssues.length > 0) return refused(partIssues)
    const packages: Array<ParseResult<PackageContents>> = []
    for (const item of manifest.assessments)
      packages.push(await readPackageAsync(files.get(item.part)!, all))
    return readContents(manifest, files, packages, all)
  }, internalError)
}

/** The manifest (read and checked) and the other files, from the unzipped entries. */
function openParts(
  unzipped: ReadonlyMap<string, UnzippedFile<BackupEntryKind>>,
  limits: PackageLimits
): ParseResult<{ manifest: BackupManifest; files: Map<string, Uint8Array> }> {
  const files = new Map([...unzipped].map(([name, { data }]) => [name, data]))
  const manifest = readManifest(files.get(BACKUP_MANIFEST_PATH)!, limits)
  if (!manifest.ok) return manifest
  files.delete(BACKUP_MANIFEST_PATH)
  return { ok: true, value: { manifest: manifest.value, files } }
}

/**
 * Reads only what a backup says it holds (backup.json), after the same directory checks as
 * readBackup, without inflating or checking its parts: for listing backups cheaply (the recovery
 * screen). Restoring still needs readBackup. Never throws.
 */
export function readBackupManifest(
  bytes: Uint8Array,
  limits: Partial<PackageLimits> = {}
): ParseResult<BackupManifest> {
  const all: PackageLimits = { ...DEFAULT_PACKAGE_LIMITS, ...limits }
  return neverThrowing(() => {
    const opened = openZip(bytes, backupZipSpec(all))
    if (!opened.ok) return opened
    const manifest = opened.value.find((item) => item.kind === 'manifest')
    if (manifest === undefined) return refused([whole(issueText('backup.noManifest'))])
    const data = inflateEntry(bytes, manifest.entry)
    if (!(data instanceof Uint8Array))
      return refused([partIssue(displayName(manifest.entry.name), data)])
    return readManifest(data, all)
  }, internalError)
}

function readManifest(bytes: Uint8Array, limits: PackageLimits): ParseResult<BackupManifest> {
  const at = BACKUP_MANIFEST_PATH
  const text = decodeUtf8(bytes)
  if (text === null) return refused([partIssue(at, issueText('backup.notUtf8'))])
  const json = parseJsonText(text, { maxChars: limits.maxJsonBytes })
  if (!json.ok) return refused(inPart(at, json.issues))
  const raw = json.value
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refused([partIssue(at, issueText('backup.manifestNotObject'))])
  const doc = raw as Record<string, unknown>
  if (doc.kind !== BACKUP_KIND)
    return refused([partIssue(at, issueText('backup.notBackup'), 'kind')])
  if (typeof doc.backupVersion === 'number' && doc.backupVersion > CURRENT_BACKUP_VERSION)
    return refused([
      partIssue(
        at,
        issueText('backup.newer', {
          version: doc.backupVersion,
          supported: CURRENT_BACKUP_VERSION
        }),
        'backupVersion'
      )
    ])
  const parsed = backupManifestSchema.safeParse(doc)
  if (!parsed.success)
    return refused(
      parsed.error.issues.map((issue) => partIssue(at, zodProblem(issue), formatPath(issue.path)))
    )
  return { ok: true, value: parsed.data }
}

/** Every part against the manifest (present, size, SHA-256 by `digest`), listed once; ids once. */
function checkParts(
  manifest: BackupManifest,
  files: ReadonlyMap<string, Uint8Array>,
  digest: (bytes: Uint8Array) => string
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const listed = new Set<string>()
  const kinds: Array<[string, ReadonlyArray<{ part: string; size: number; sha256: string }>]> = [
    ['assessments', manifest.assessments],
    ['banks', manifest.banks]
  ]
  for (const [field, parts] of kinds)
    parts.forEach((item, index) => {
      const at = `${field}[${index}]`
      const listing = (code: IssueCode): ValidationIssue =>
        partIssue(BACKUP_MANIFEST_PATH, issueText(code, { part: item.part }), at)
      if (listed.has(item.part)) {
        issues.push(listing('backup.listedTwice'))
        return
      }
      listed.add(item.part)
      const data = files.get(item.part)
      if (data === undefined) issues.push(listing('backup.partMissing'))
      else if (data.length !== item.size)
        issues.push(
          partIssue(
            item.part,
            issueText('backup.partSize', { size: data.length, listed: item.size })
          )
        )
      else if (digest(data) !== item.sha256)
        issues.push(partIssue(item.part, issueText('backup.partHash')))
    })
  for (const name of files.keys())
    if (!listed.has(name)) issues.push(partIssue(name, issueText('backup.notListed')))
  const ids = new Set<string>()
  manifest.assessments.forEach((item, index) => {
    if (ids.has(item.id))
      issues.push(
        partIssue(
          BACKUP_MANIFEST_PATH,
          issueText('backup.assessmentTwice', { id: item.id }),
          `assessments[${index}].id`
        )
      )
    ids.add(item.id)
  })
  return issues
}

/** The backup's contents from its assessment packages as read (`packages`, in manifest order). */
function readContents(
  manifest: BackupManifest,
  files: ReadonlyMap<string, Uint8Array>,
  packages: ReadonlyArray<ParseResult<PackageContents>>,
  limits: PackageLimits
): ParseResult<BackupContents> {
  const issues: ValidationIssue[] = []
  const meta = new Map(manifest.evidence.map((item) => [item.sha256, item]))
  const evidence: BackupContents['evidence'] = new Map()
  const assessments: BackupContents['assessments'] = []
  for (const [index, item] of manifest.assessments.entries()) {
    const read = packages[index]!
    if (!read.ok) {
      issues.push(...inPart(item.part, read.issues))
      continue
    }
    const [assessment, ...more] = read.value.assessments
    if (assessment === undefined || more.length > 0 || assessment.id !== item.id) {
      const found = read.value.assessments.map((a) => a.id)
      issues.push(
        partIssue(
          item.part,
          issueText('backup.wrongAssessment', {
            id: item.id,
            found: found.length > 0 ? found.join(', ') : NONE
          })
        )
      )
      continue
    }
    assessments.push(
      item.deletedAt === undefined ? { assessment } : { assessment, deletedAt: item.deletedAt }
    )
    for (const [sha256, data] of read.value.evidence) {
      const known = meta.get(sha256)
      evidence.set(sha256, {
        bytes: data,
        mimeType: known?.mimeType ?? '',
        storedAt: known?.storedAt ?? manifest.createdAt
      })
    }
  }
  const banks: BackupContents['banks'] = []
  for (const item of manifest.banks) {
    const text = decodeUtf8(files.get(item.part)!)
    if (text === null) {
      issues.push(partIssue(item.part, issueText('backup.notUtf8')))
      continue
    }
    const json = parseJsonText(text, { maxChars: limits.maxJsonBytes })
    const loaded = json.ok ? loadBank(json.value) : json
    if (!loaded.ok) {
      issues.push(...inPart(item.part, loaded.issues))
      continue
    }
    if (loaded.value.ref.contentHash !== item.contentHash)
      issues.push(partIssue(item.part, issueText('backup.bankHash')))
    else
      banks.push({
        bank: loaded.value.bank,
        contentHash: item.contentHash,
        origin: item.origin,
        installedAt: item.installedAt
      })
  }
  if (issues.length > 0) return refused(issues)
  return {
    ok: true,
    value: { manifest, assessments, banks, evidence, settings: manifest.settings }
  }
}
