import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { loadBank } from '../bank/identity'
import { parseJsonText } from '../util/json-text'
import { sha256Hex } from '../util/sha256'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { formatPath } from '../util/validation'
import { DEFAULT_PACKAGE_LIMITS, describeBytes, readPackage } from '../package'
import type { PackageLimits } from '../package'
import { unsafeNameProblem } from '../package/paths'
import { inPart } from '../package/read-parts'
import { decodeUtf8 } from '../package/text'
import { inflateEntry } from '../package/zip-inflate'
import type { ZipEntry } from '../package/zip-read'
import { displayName, readZipDirectory } from '../package/zip-read'
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
export const BACKUP_INTERNAL_ERROR = 'internal error while reading the backup'

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

type Failure = { ok: false; issues: ValidationIssue[] }
const refuse = (issues: ValidationIssue[]): Failure => ({ ok: false, issues })
const LAYOUT = /^(?:backup\.json|assessments\/\d{1,6}\.zip|banks\/\d{1,6}\.json)$/
const FOLDERS = new Set(['assessments/', 'banks/'])

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
  try {
    return readChecked(bytes, all)
  } catch (error) {
    return refuse([
      { path: BACKUP_PATH, message: `${BACKUP_INTERNAL_ERROR}: ${(error as Error).message}` }
    ])
  }
}

function preflight(
  entries: readonly ZipEntry[],
  limits: PackageLimits
): { planned: ZipEntry[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = []
  const planned: ZipEntry[] = []
  const seen = new Set<string>()
  let total = 0
  for (const entry of entries) {
    const path = displayName(entry.name)
    const problem = unsafeNameProblem(entry.name)
    if (problem !== null) issues.push({ path, message: problem })
    else if (seen.has(entry.name))
      issues.push({ path, message: 'the backup holds this name twice' })
    else if (FOLDERS.has(entry.name)) seen.add(entry.name)
    else if (!LAYOUT.test(entry.name))
      issues.push({
        path,
        message: 'not part of the backup layout (backup.json, assessments/<n>.zip, banks/<n>.json)'
      })
    else {
      seen.add(entry.name)
      const limit = entry.name.endsWith('.zip') ? limits.maxEntryBytes : limits.maxJsonBytes
      const declared = entry.uncompressedSize
      if (declared > limit)
        issues.push({
          path,
          message: `too large: ${describeBytes(declared)} uncompressed (the limit is ${describeBytes(limit)})`
        })
      else if (
        declared >= limits.ratioFloorBytes &&
        declared / Math.max(1, entry.compressedSize) > limits.maxCompressionRatio
      )
        issues.push({
          path,
          message: `compressed ${Math.round(declared / Math.max(1, entry.compressedSize))}:1, more than the ${limits.maxCompressionRatio}:1 a real file reaches (a zip bomb)`
        })
      else {
        total += declared
        planned.push(entry)
      }
    }
  }
  if (total > limits.maxTotalBytes)
    issues.push({
      path: BACKUP_PATH,
      message: `too large: the parts add up to ${describeBytes(total)} uncompressed (the limit is ${describeBytes(limits.maxTotalBytes)})`
    })
  if (!seen.has(BACKUP_MANIFEST_PATH))
    issues.push({
      path: BACKUP_PATH,
      message: 'backup.json is missing: this is not a Stability Assessor backup'
    })
  return { planned, issues }
}

function readChecked(bytes: Uint8Array, limits: PackageLimits): ParseResult<BackupContents> {
  const directory = readZipDirectory(bytes, limits)
  if (!directory.ok)
    return refuse(
      directory.issues.map((issue) => ({
        path: issue.path === '(package)' ? BACKUP_PATH : issue.path,
        message: issue.message.replace('Stability Assessor package', 'Stability Assessor backup')
      }))
    )
  const { planned, issues } = preflight(directory.value, limits)
  if (issues.length > 0) return refuse(issues)
  const files = new Map<string, Uint8Array>()
  for (const entry of planned) {
    const data = inflateEntry(bytes, entry)
    if (typeof data === 'string') issues.push({ path: displayName(entry.name), message: data })
    else files.set(entry.name, data)
  }
  if (issues.length > 0) return refuse(issues)
  const manifest = readManifest(files.get(BACKUP_MANIFEST_PATH)!, limits)
  if (!manifest.ok) return manifest
  files.delete(BACKUP_MANIFEST_PATH)
  const partIssues = checkParts(manifest.value, files)
  if (partIssues.length > 0) return refuse(partIssues)
  return readContents(manifest.value, files, limits)
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
  try {
    const directory = readZipDirectory(bytes, all)
    if (!directory.ok) return refuse([{ path: BACKUP_PATH, message: 'not a readable zip file' }])
    const { planned, issues } = preflight(directory.value, all)
    if (issues.length > 0) return refuse(issues)
    const entry = planned.find((item) => item.name === BACKUP_MANIFEST_PATH)
    if (entry === undefined)
      return refuse([{ path: BACKUP_PATH, message: 'backup.json is missing' }])
    const data = inflateEntry(bytes, entry)
    if (typeof data === 'string') return refuse([{ path: BACKUP_MANIFEST_PATH, message: data }])
    return readManifest(data, all)
  } catch (error) {
    return refuse([
      { path: BACKUP_PATH, message: `${BACKUP_INTERNAL_ERROR}: ${(error as Error).message}` }
    ])
  }
}

function readManifest(bytes: Uint8Array, limits: PackageLimits): ParseResult<BackupManifest> {
  const at = BACKUP_MANIFEST_PATH
  const text = decodeUtf8(bytes)
  if (text === null) return refuse([{ path: at, message: 'not valid UTF-8 text' }])
  const json = parseJsonText(text, { maxChars: limits.maxJsonBytes })
  if (!json.ok) return refuse(inPart(at, json.issues))
  const raw = json.value
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refuse([{ path: at, message: 'not a backup manifest (expected an object)' }])
  const doc = raw as Record<string, unknown>
  if (doc.kind !== BACKUP_KIND)
    return refuse([{ path: `${at}: kind`, message: 'not a Stability Assessor backup' }])
  if (typeof doc.backupVersion === 'number' && doc.backupVersion > CURRENT_BACKUP_VERSION)
    return refuse([
      {
        path: `${at}: backupVersion`,
        message: `made by a newer version of the app (backup format ${doc.backupVersion}; this app reads up to ${CURRENT_BACKUP_VERSION}): update the app first`
      }
    ])
  const parsed = backupManifestSchema.safeParse(doc)
  if (!parsed.success)
    return refuse(
      parsed.error.issues.map((issue) => ({
        path: `${at}: ${formatPath(issue.path)}`,
        message: issue.message
      }))
    )
  return { ok: true, value: parsed.data }
}

function checkParts(
  manifest: BackupManifest,
  files: ReadonlyMap<string, Uint8Array>
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const listed = new Set<string>()
  const kinds: Array<[string, ReadonlyArray<{ part: string; size: number; sha256: string }>]> = [
    ['assessments', manifest.assessments],
    ['banks', manifest.banks]
  ]
  for (const [field, parts] of kinds)
    parts.forEach((item, index) => {
      const at = `${BACKUP_MANIFEST_PATH}: ${field}[${index}]`
      if (listed.has(item.part)) {
        issues.push({ path: at, message: `${item.part} is listed twice` })
        return
      }
      listed.add(item.part)
      const data = files.get(item.part)
      if (data === undefined)
        issues.push({ path: at, message: `${item.part} is listed but not in the backup` })
      else if (data.length !== item.size)
        issues.push({
          path: item.part,
          message: `${data.length} bytes, but backup.json says ${item.size}: the file was changed or damaged`
        })
      else if (sha256Hex(data) !== item.sha256)
        issues.push({
          path: item.part,
          message: 'its SHA-256 does not match backup.json: the file was changed or damaged'
        })
    })
  for (const name of files.keys())
    if (!listed.has(name))
      issues.push({ path: name, message: 'in the backup but not listed in backup.json' })
  const ids = new Set<string>()
  manifest.assessments.forEach((item, index) => {
    if (ids.has(item.id))
      issues.push({
        path: `${BACKUP_MANIFEST_PATH}: assessments[${index}].id`,
        message: `assessment ${item.id} is listed twice`
      })
    ids.add(item.id)
  })
  return issues
}

function readContents(
  manifest: BackupManifest,
  files: ReadonlyMap<string, Uint8Array>,
  limits: PackageLimits
): ParseResult<BackupContents> {
  const issues: ValidationIssue[] = []
  const meta = new Map(manifest.evidence.map((item) => [item.sha256, item]))
  const evidence: BackupContents['evidence'] = new Map()
  const assessments: BackupContents['assessments'] = []
  for (const item of manifest.assessments) {
    const read = readPackage(files.get(item.part)!, limits)
    if (!read.ok) {
      issues.push(...inPart(item.part, read.issues))
      continue
    }
    const [assessment, ...more] = read.value.assessments
    if (assessment === undefined || more.length > 0 || assessment.id !== item.id) {
      issues.push({
        path: item.part,
        message: `expected exactly the assessment ${item.id}, found ${read.value.assessments.map((a) => a.id).join(', ') || 'none'}`
      })
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
      issues.push({ path: item.part, message: 'not valid UTF-8 text' })
      continue
    }
    const json = parseJsonText(text, { maxChars: limits.maxJsonBytes })
    const loaded = json.ok ? loadBank(json.value) : json
    if (!loaded.ok) {
      issues.push(...inPart(item.part, loaded.issues))
      continue
    }
    if (loaded.value.ref.contentHash !== item.contentHash)
      issues.push({
        path: item.part,
        message: 'the bank inside is not the one backup.json names (content hash differs)'
      })
    else
      banks.push({
        bank: loaded.value.bank,
        contentHash: item.contentHash,
        origin: item.origin,
        installedAt: item.installedAt
      })
  }
  if (issues.length > 0) return refuse(issues)
  return {
    ok: true,
    value: { manifest, assessments, banks, evidence, settings: manifest.settings }
  }
}
