import type { Assessment } from '../assessment/assessment'
import { serializeAssessmentFile } from '../assessment/canonical'
import { validateAssessmentAgainstBank } from '../assessment/validate'
import type { Bank } from '../bank/bank'
import { bankContentHash } from '../bank/identity'
import { canonicalJson } from '../util/canonical-json'
import { sha256Hex } from '../util/sha256'
import { formatIssues, formatPath } from '../util/validation'
import { confidentialityStamp } from './confidentiality-stamp'
import type { PackageLimits } from './limits'
import { DEFAULT_PACKAGE_LIMITS, describeBytes } from './limits'
import type { PackageManifest, PackagePart } from './manifest'
import { CURRENT_PACKAGE_VERSION, PACKAGE_KIND, packageManifestSchema } from './manifest'
import { MANIFEST_PATH, assessmentPartPath, bankPartPath, evidencePartPath } from './paths'
import { fileReferences } from './read-parts'
import { sha256HexAsync } from '../util/sha256-native'
import { encodeUtf8, writeZip, writeZipAsync } from '../zip'
import type { ZipWriteEntry, ZipWriteOptions } from '../zip'

/** An attached file's bytes, as the evidence store keeps them. */
export interface PackageEvidence {
  sha256: string
  bytes: Uint8Array
  name?: string
  mimeType?: string
}

export interface WritePackageInput {
  assessments: readonly Assessment[]
  /** May hold more than the assessments use; only referenced files go in. */
  evidence: readonly PackageEvidence[]
  /** Banks to carry along; only those an assessment was answered against go in. */
  banks?: readonly Bank[]
  /** The program that wrote the package, e.g. `stability-assessor 0.1.0 (desktop)`. */
  generator: string
  /** ISO date-time with offset; passed in (never read from the clock) so output is reproducible. */
  exportedAt: string
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

interface Part {
  part: PackagePart
  data: Uint8Array
}

/** A JSON part; its SHA-256 is filled in once the plan is complete (hashParts). */
function jsonPart(path: string, role: PackagePart['role'], text: string): Part {
  const data = encodeUtf8(text)
  return { part: { path, role, size: data.length, sha256: '' }, data }
}

/** Evidence bytes given under a SHA-256, to be proven to be that file before they go in. */
interface Claim {
  sha: string
  size: number
  name: string
  where: string
  bytes: Uint8Array
}

function proveClaim(claim: Claim, actual: string): void {
  const { sha, size, name, where, bytes } = claim
  if (actual !== sha || bytes.length !== size)
    throw new Error(
      `writePackage: the bytes given for "${name}" (${sha}) are ${bytes.length} bytes with SHA-256 ${actual}; ${where} expects ${size} bytes`
    )
}

/** The bank as pretty JSON with sorted keys: the same bank always gives the same bytes. */
function bankText(bank: Bank): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(bank)), null, 2)}\n`
}

function evidenceParts(
  assessments: readonly Assessment[],
  evidence: readonly PackageEvidence[],
  claims: Claim[]
): Part[] {
  const available = new Map<string, PackageEvidence>()
  for (const item of evidence) if (!available.has(item.sha256)) available.set(item.sha256, item)
  const needed = new Map<string, { size: number; name: string; where: string }>()
  for (const assessment of assessments)
    for (const { at, ref } of fileReferences(assessment)) {
      const where = `${assessment.id}: ${at}`
      const earlier = needed.get(ref.sha256)
      if (earlier !== undefined && earlier.size !== ref.size)
        throw new Error(
          `writePackage: ${where} says the file ${ref.sha256} has ${ref.size} bytes, ${earlier.where} says ${earlier.size}`
        )
      if (earlier === undefined) needed.set(ref.sha256, { size: ref.size, name: ref.name, where })
    }
  const parts: Part[] = []
  for (const [sha, { size, name, where }] of needed) {
    const item = available.get(sha)
    if (item === undefined)
      throw new Error(`writePackage: the file "${name}" (${sha}) of ${where} was not provided`)
    claims.push({ sha, size, name, where, bytes: item.bytes })
    const part: PackagePart = { path: evidencePartPath(sha), role: 'evidence', size, sha256: sha }
    if (item.name !== undefined && item.name.trim() !== '')
      part.name = item.name.trim().slice(0, 500)
    if (item.mimeType !== undefined) part.mimeType = item.mimeType.slice(0, 200)
    parts.push({ part, data: item.bytes })
  }
  return parts
}

function bankParts(assessments: readonly Assessment[], banks: readonly Bank[]): Part[] {
  const used = new Set(assessments.map((a) => a.bank.contentHash))
  const byPath = new Map<string, { hash: string; part: Part }>()
  for (const bank of banks) {
    const hash = bankContentHash(bank)
    if (!used.has(hash)) continue
    const path = bankPartPath(bank.id, bank.version)
    const earlier = byPath.get(path)
    if (earlier !== undefined && earlier.hash !== hash)
      throw new Error(`writePackage: two different banks are both ${bank.id} ${bank.version}`)
    if (earlier !== undefined) continue
    for (const assessment of assessments.filter((a) => a.bank.contentHash === hash)) {
      const issues = validateAssessmentAgainstBank(assessment, bank)
      if (issues.length > 0)
        throw new Error(
          `writePackage: assessment ${assessment.id} does not fit its bank:\n${formatIssues(issues, 5)}`
        )
    }
    byPath.set(path, { hash, part: jsonPart(path, 'bank', bankText(bank)) })
  }
  return [...byPath.values()].map((entry) => entry.part)
}

function checkLimits(parts: readonly Part[], limits: PackageLimits): void {
  let total = 0
  for (const { part } of parts) {
    const limit = part.role === 'evidence' ? limits.maxEntryBytes : limits.maxJsonBytes
    if (part.size > limit)
      throw new Error(
        `writePackage: ${part.path} is ${describeBytes(part.size)}, over the ${describeBytes(limit)} a package part may have`
      )
    total += part.size
  }
  if (parts.length + 1 > limits.maxEntries)
    throw new Error(`writePackage: ${parts.length + 1} files, over the ${limits.maxEntries} limit`)
  if (total > limits.maxTotalBytes)
    throw new Error(
      `writePackage: the parts add up to ${describeBytes(total)}, over the ${describeBytes(limits.maxTotalBytes)} limit`
    )
}

interface Plan {
  parts: Part[]
  claims: Claim[]
}

/** Every part in path order, checked against the limits; JSON hashes and claims still open. */
function planPackage(input: WritePackageInput, limits: PackageLimits): Plan {
  if (input.assessments.length === 0) throw new Error('writePackage: no assessment to export')
  const ids = new Set<string>()
  for (const { id } of input.assessments) {
    if (ids.has(id)) throw new Error(`writePackage: assessment ${id} is given twice`)
    ids.add(id)
  }
  const options = { generator: input.generator, exportedAt: input.exportedAt }
  const claims: Claim[] = []
  const parts: Part[] = [
    ...input.assessments.map((assessment) =>
      jsonPart(
        assessmentPartPath(assessment.id),
        'assessment',
        serializeAssessmentFile(assessment, options)
      )
    ),
    ...evidenceParts(input.assessments, input.evidence, claims),
    ...bankParts(input.assessments, input.banks ?? [])
  ].sort((a, b) => byCodeUnits(a.part.path, b.part.path))
  checkLimits(parts, limits)
  return { parts, claims }
}

/** The zip entries of a planned package whose JSON parts are hashed and claims proven. */
function packageEntries(
  input: WritePackageInput,
  { parts }: Plan,
  limits: PackageLimits,
  deflate = true
): { entries: ZipWriteEntry[]; options: ZipWriteOptions } {
  const manifest: PackageManifest = {
    kind: PACKAGE_KIND,
    packageVersion: CURRENT_PACKAGE_VERSION,
    confidentiality: confidentialityStamp(
      input.assessments.map((assessment) => assessment.metadata.confidentiality)
    ),
    exportedAt: input.exportedAt,
    generator: input.generator,
    parts: parts.map((p) => p.part)
  }
  const checked = packageManifestSchema.safeParse(manifest)
  if (!checked.success) {
    const first = checked.error.issues[0]
    throw new Error(
      `writePackage: the manifest would not be valid: ${first === undefined ? '' : `${formatPath(first.path)}: ${first.message}`}`
    )
  }
  const manifestBytes = encodeUtf8(`${JSON.stringify(manifest, null, 2)}\n`)
  return {
    entries: [
      { name: MANIFEST_PATH, data: manifestBytes, deflate },
      ...parts.map(({ part, data }) => ({ name: part.path, data, deflate }))
    ],
    // Half the reader's bound: a part that compresses that well is stored rather than risk refusal.
    options: { maxRatio: limits.maxCompressionRatio / 2, ratioFloorBytes: limits.ratioFloorBytes }
  }
}

/**
 * Writes one or several assessments as a package (docs/package-format.md): a zip holding
 * `manifest.json`, each assessment in the assessment file format, each referenced evidence file
 * under its SHA-256, and the banks given that the assessments use. Deterministic: the same input
 * gives the same bytes (fixed time stamps, sorted parts), whatever the order of the input lists.
 * Throws (writing nothing) when the result would be refused by readPackage: duplicate assessment
 * ids, a referenced file missing or with other bytes, an assessment that does not fit an included
 * bank, or a package over the default limits.
 */
export function writePackage(
  input: WritePackageInput,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS
): Uint8Array {
  const plan = planPackage(input, limits)
  for (const claim of plan.claims) proveClaim(claim, sha256Hex(claim.bytes))
  for (const { part, data } of plan.parts)
    if (part.role !== 'evidence') part.sha256 = sha256Hex(data)
  const { entries, options } = packageEntries(input, plan, limits)
  return writeZip(entries, options)
}

/**
 * writePackage with the platform's SHA-256 (WebCrypto) and deflate (writeZipAsync): the same
 * checks, parts, manifest and hashes, deflated bodies by the platform's zlib. The backup packs
 * every assessment with it (docs/backup-format.md); exports keep writePackage's exact bytes.
 * `storeParts`: every part stored, none deflated, for a package that its container deflates as a
 * whole (a backup's package of small files: one deflate instead of one per file).
 */
export async function writePackageAsync(
  input: WritePackageInput,
  limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
  { storeParts = false }: { storeParts?: boolean } = {}
): Promise<Uint8Array> {
  const plan = planPackage(input, limits)
  // Every digest in flight at once (WebCrypto works off this thread), then checked in order.
  const [claimed, hashed] = await Promise.all([
    Promise.all(plan.claims.map((claim) => sha256HexAsync(claim.bytes))),
    Promise.all(
      plan.parts.map(({ part, data }) => (part.role === 'evidence' ? null : sha256HexAsync(data)))
    )
  ])
  plan.claims.forEach((claim, index) => proveClaim(claim, claimed[index]!))
  plan.parts.forEach(({ part }, index) => {
    const sha256 = hashed[index]
    if (sha256 !== null && sha256 !== undefined) part.sha256 = sha256
  })
  const { entries, options } = packageEntries(input, plan, limits, !storeParts)
  return writeZipAsync(entries, options)
}
