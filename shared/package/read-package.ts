import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { parseJsonText } from '../util/json-text'
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
import { issueText } from '../util/issue-codes'
import { sha256Hex } from '../util/sha256'
import { sha256Lookup } from '../util/sha256-native'
import {
  decodeUtf8,
  unzipChecked,
  unzipCheckedAsync,
  type UnzippedFile,
  type ZipSpec
} from '../zip'
import type { PackageLimits } from './limits'
import { DEFAULT_PACKAGE_LIMITS, packageZipLimits } from './limits'
import type { PackageManifest } from './manifest'
import { PACKAGE_KIND, packageManifestSchema } from './manifest'
import type { EntryKind } from './paths'
import { MANIFEST_PATH, packageLayout } from './paths'
import {
  checkAgainstBanks,
  checkEvidence,
  checkManifestParts,
  readAssessmentParts,
  readBankParts
} from './read-parts'
import { packageUpgradeChain } from './upgrade'
import { runUpgradeChain } from '../util/upgrade-chain'

/** A package that passed every check. */
export interface PackageContents {
  manifest: PackageManifest
  /** In manifest (path) order. */
  assessments: Assessment[]
  /** Evidence bytes by SHA-256 (lower-case hex); each one is referenced by an assessment. */
  evidence: Map<string, Uint8Array>
  /** Banks carried along, each used by at least one assessment and already checked against it. */
  banks: Bank[]
}

/** Marks a bug in this reader (an exception that escaped), so tests can tell it from a refusal. */
export const INTERNAL_ERROR_PREFIX = 'internal error while reading the package'

/** Issue path for problems of the package as a whole. */
export const PACKAGE_PATH = '(package)'

/**
 * Reads an assessment package (docs/package-format.md) and checks everything before returning
 * anything: the file size; the zip directory (entry count, declared sizes, ratios, unsafe or
 * unexpected names, duplicates) before a byte is inflated; the real inflated sizes and CRC-32s;
 * the manifest (JSON limits, schema, packageVersion with upgrades of older packages); every part
 * against the manifest (presence, size, SHA-256); every assessment with the domain core's reader;
 * included banks with the bank reader, and the assessments against them; every referenced evidence
 * file present with its size. Any problem → no value, only issues, each naming the part and the
 * field (`assessments/a1.json: assessment.answers[3].value`) and why. Never throws.
 */
export function readPackage(
  bytes: Uint8Array,
  limits: Partial<PackageLimits> = {}
): ParseResult<PackageContents> {
  const all: PackageLimits = { ...DEFAULT_PACKAGE_LIMITS, ...limits }
  return neverThrowing(() => readChecked(bytes, all), internalIssue)
}

/** What the zip reader needs to know about packages: layout, limits, words for "not a package". */
export function packageZipSpec(limits: PackageLimits): ZipSpec<EntryKind> {
  return {
    layout: packageLayout(limits),
    limits: packageZipLimits(limits),
    notZip: issueText('package.notZip'),
    wholePath: PACKAGE_PATH
  }
}

function readChecked(bytes: Uint8Array, limits: PackageLimits): ParseResult<PackageContents> {
  const unzipped = unzipChecked(bytes, packageZipSpec(limits))
  if (!unzipped.ok) return unzipped
  const opened = openParts(unzipped.value, limits)
  if (!opened.ok) return opened
  return readParts(opened.value.manifest, opened.value.files, limits, sha256Hex)
}

/**
 * readPackage with the platform's inflate (DecompressionStream) and SHA-256 (WebCrypto), for
 * callers that can wait (the restore of a backup, in the file-check worker): the same checks, the
 * same issues, the same contents. Never throws.
 */
export async function readPackageAsync(
  bytes: Uint8Array,
  limits: Partial<PackageLimits> = {}
): Promise<ParseResult<PackageContents>> {
  const all: PackageLimits = { ...DEFAULT_PACKAGE_LIMITS, ...limits }
  return neverThrowingAsync(async () => {
    const unzipped = await unzipCheckedAsync(bytes, packageZipSpec(all))
    if (!unzipped.ok) return unzipped
    const opened = openParts(unzipped.value, all)
    if (!opened.ok) return opened
    const digest = await sha256Lookup(opened.value.files.values())
    return readParts(opened.value.manifest, opened.value.files, all, digest)
  }, internalIssue)
}

const internalIssue = (detail: string): ValidationIssue =>
  wholeFileIssue(issueText('package.internal', { detail }), PACKAGE_PATH)

/** The manifest (read, upgraded, checked) and the other files, from the unzipped entries. */
function openParts(
  unzipped: ReadonlyMap<string, UnzippedFile<EntryKind>>,
  limits: PackageLimits
): ParseResult<{ manifest: PackageManifest; files: Map<string, Uint8Array> }> {
  const files = new Map<string, Uint8Array>()
  let manifestBytes: Uint8Array | undefined
  for (const [name, { kind, data }] of unzipped) {
    if (kind.kind === 'manifest') manifestBytes = data
    else files.set(name, data)
  }
  if (manifestBytes === undefined)
    return refused([wholeFileIssue(issueText('package.noManifest'), PACKAGE_PATH)])
  const manifest = readManifest(manifestBytes, files, limits)
  return manifest.ok ? { ok: true, value: { manifest: manifest.value, files } } : manifest
}

/** Every part against the manifest (hashed with `digest`), then the assessments, banks, evidence. */
function readParts(
  manifest: PackageManifest,
  files: ReadonlyMap<string, Uint8Array>,
  limits: PackageLimits,
  digest: (bytes: Uint8Array) => string
): ParseResult<PackageContents> {
  const partIssues = checkManifestParts(manifest, files, digest)
  if (partIssues.length > 0) return refused(partIssues)
  const issues: ValidationIssue[] = []
  const read = readAssessmentParts(files, limits)
  const banks = readBankParts(files, limits)
  issues.push(...read.issues, ...banks.issues)
  const evidence = new Map<string, Uint8Array>()
  for (const part of manifest.parts)
    if (part.role === 'evidence') evidence.set(part.sha256, files.get(part.path)!)
  if (issues.length === 0)
    issues.push(
      ...checkEvidence(read.assessments, evidence),
      ...checkAgainstBanks(read.assessments, banks.banks)
    )
  if (issues.length > 0) return refused(issues)
  const byPath = (a: { path: string }, b: { path: string }): number =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  return {
    ok: true,
    value: {
      manifest,
      assessments: [...read.assessments].sort(byPath).map((entry) => entry.assessment),
      evidence,
      banks: [...banks.banks].sort(byPath).map((entry) => entry.bank)
    }
  }
}

function readManifest(
  bytes: Uint8Array,
  files: Map<string, Uint8Array>,
  limits: PackageLimits
): ParseResult<PackageManifest> {
  const text = decodeUtf8(bytes)
  if (text === null) return refused([partIssue(MANIFEST_PATH, issueText('package.notUtf8'))])
  const json = parseJsonText(text, { maxChars: limits.maxJsonBytes })
  if (!json.ok) return refused(inPart(MANIFEST_PATH, json.issues))
  const raw = json.value
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return refused([partIssue(MANIFEST_PATH, issueText('package.manifestNotObject'))])
  const doc = raw as Record<string, unknown>
  if (doc.kind !== PACKAGE_KIND) {
    return refused([
      partIssue(
        MANIFEST_PATH,
        typeof doc.kind === 'string'
          ? issueText('package.notPackage', { kind: doc.kind.slice(0, 80) })
          : issueText('package.notPackageNoKind'),
        'kind'
      )
    ])
  }
  const upgraded = runUpgradeChain({ manifest: doc, files }, packageUpgradeChain())
  if (!upgraded.ok) return upgraded
  // An upgrader may have moved or rewritten parts: continue with its files.
  if (upgraded.value.files !== files) {
    files.clear()
    for (const [path, data] of upgraded.value.files) files.set(path, data)
  }
  const parsed = packageManifestSchema.safeParse(upgraded.value.manifest)
  if (!parsed.success)
    return refused(
      parsed.error.issues.map((issue) =>
        partIssue(MANIFEST_PATH, zodProblem(issue), formatPath(issue.path))
      )
    )
  return { ok: true, value: parsed.data }
}
