import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { parseJsonText } from '../util/json-text'
import type { ParseResult, ValidationIssue } from '../util/validation'
import {
  formatPath,
  inPart,
  neverThrowing,
  partIssue,
  refused,
  wholeFileIssue,
  zodProblem
} from '../util/validation'
import { issueText } from '../util/issue-codes'
import { decodeUtf8, unzipChecked, type ZipSpec } from '../zip'
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
  return neverThrowing(
    () => readChecked(bytes, all),
    (detail) => wholeFileIssue(issueText('package.internal', { detail }), PACKAGE_PATH)
  )
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
  const issues: ValidationIssue[] = []
  const files = new Map<string, Uint8Array>()
  let manifestBytes: Uint8Array | undefined
  for (const [name, { kind, data }] of unzipped.value) {
    if (kind.kind === 'manifest') manifestBytes = data
    else files.set(name, data)
  }
  if (manifestBytes === undefined)
    return refused([wholeFileIssue(issueText('package.noManifest'), PACKAGE_PATH)])

  const manifest = readManifest(manifestBytes, files, limits)
  if (!manifest.ok) return manifest
  const partIssues = checkManifestParts(manifest.value, files)
  if (partIssues.length > 0) return refused(partIssues)

  const read = readAssessmentParts(files, limits)
  const banks = readBankParts(files, limits)
  issues.push(...read.issues, ...banks.issues)
  const evidence = new Map<string, Uint8Array>()
  for (const part of manifest.value.parts)
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
      manifest: manifest.value,
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
