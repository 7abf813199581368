import type { Assessment, AssessmentFile, EvidenceRef } from '../assessment/assessment'
import { parseAssessmentJson } from '../assessment/parse'
import { validateAssessmentAgainstBank } from '../assessment/validate'
import type { Bank, BankRef } from '../bank/bank'
import { loadBank } from '../bank/identity'
import { parseJsonText } from '../util/json-text'
import { sha256Hex } from '../util/sha256'
import { issueText, type IssueText } from '../util/issue-codes'
import type { ParseResult, ValidationIssue } from '../util/validation'
import { inPart, partIssue } from '../util/validation'
import type { PackageLimits } from './limits'
import type { PackageManifest } from './manifest'
import { MANIFEST_PATH, classifyEntryName, roleOfPath, type PartRole } from './paths'
import { decodeUtf8 } from '../zip'

/**
 * The manifest against the files: every listed part present with its size and SHA-256, in the
 * folder its role says, listed once; every file listed. `digest` gives a file's SHA-256 (hex):
 * sha256Hex, or hashes the platform computed beforehand (readPackageAsync).
 */
export function checkManifestParts(
  manifest: PackageManifest,
  files: ReadonlyMap<string, Uint8Array>,
  digest: (bytes: Uint8Array) => string = sha256Hex
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const listed = new Set<string>()
  const manifestIssue = (problem: IssueText, field: string): void => {
    issues.push(partIssue(MANIFEST_PATH, problem, field))
  }
  manifest.parts.forEach((part, index) => {
    const at = `parts[${index}]`
    if (listed.has(part.path)) {
      manifestIssue(issueText('package.listedTwice', { path: part.path }), `${at}.path`)
      return
    }
    listed.add(part.path)
    const role = roleOfPath(part.path)
    if (role === null) {
      manifestIssue(issueText('package.notPartPath', { path: part.path }), `${at}.path`)
      return
    }
    if (role !== part.role)
      manifestIssue(
        issueText('package.wrongRole', { path: part.path, role, listed: part.role }),
        `${at}.role`
      )
    if (role !== 'evidence' && (part.name !== undefined || part.mimeType !== undefined))
      manifestIssue(issueText('package.evidenceFieldsOnly'), at)
    const bytes = files.get(part.path)
    if (bytes === undefined) {
      issues.push(partIssue(part.path, issueText('package.partMissing')))
      return
    }
    if (bytes.length !== part.size) {
      issues.push(
        partIssue(
          part.path,
          issueText('package.partSize', { size: bytes.length, listed: part.size })
        )
      )
      return
    }
    const actual = digest(bytes)
    if (actual !== part.sha256)
      issues.push(
        partIssue(part.path, issueText('package.partHash', { actual, listed: part.sha256 }))
      )
    else if (role === 'evidence' && part.path !== `evidence/${actual}`)
      issues.push(partIssue(part.path, issueText('package.evidenceName')))
  })
  for (const path of files.keys())
    if (!listed.has(path)) issues.push(partIssue(path, issueText('package.notListed')))
  return issues
}

function partJson(
  path: string,
  bytes: Uint8Array,
  limits: PackageLimits
): string | ValidationIssue {
  const text = decodeUtf8(bytes)
  if (text === null) return partIssue(path, issueText('package.notUtf8'))
  if (text.length > limits.maxJsonBytes) return partIssue(path, issueText('package.partTooLarge'))
  return text
}

/**
 * Each part of `role` read as JSON text (UTF-8, within the size limit) and parsed; the parts that
 * parse go to `take` (with the key their name carries), the others leave their problems.
 */
function readJsonParts<T>(
  files: ReadonlyMap<string, Uint8Array>,
  role: PartRole,
  limits: PackageLimits,
  parse: (text: string) => ParseResult<T>,
  take: (part: { path: string; key: string }, value: T) => ValidationIssue | undefined
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  for (const [path, bytes] of files) {
    const kind = classifyEntryName(path)
    if (kind?.kind !== 'part' || kind.role !== role) continue
    const text = partJson(path, bytes, limits)
    if (typeof text !== 'string') {
      issues.push(text)
      continue
    }
    const parsed = parse(text)
    if (!parsed.ok) issues.push(...inPart(path, parsed.issues))
    else {
      const problem = take({ path, key: kind.key }, parsed.value)
      if (problem !== undefined) issues.push(problem)
    }
  }
  return issues
}

/** Each assessment part parsed (and upgraded) with the domain core's reader; its id must match its name. */
export function readAssessmentParts(
  files: ReadonlyMap<string, Uint8Array>,
  limits: PackageLimits
): { assessments: Array<{ path: string; assessment: Assessment }>; issues: ValidationIssue[] } {
  const assessments: Array<{ path: string; assessment: Assessment }> = []
  const parse = (text: string): ParseResult<AssessmentFile> =>
    parseAssessmentJson(text, { maxChars: limits.maxJsonBytes })
  const issues = readJsonParts(
    files,
    'assessment',
    limits,
    parse,
    ({ path, key }, { assessment }) => {
      if (assessment.id !== key)
        return partIssue(
          path,
          issueText('package.assessmentId', { inside: assessment.id, named: key }),
          'assessment.id'
        )
      assessments.push({ path, assessment })
      return undefined
    }
  )
  return { assessments, issues }
}

/** Each bank part loaded with the bank reader (upgrade, schema, semantics); its name must match. */
export function readBankParts(
  files: ReadonlyMap<string, Uint8Array>,
  limits: PackageLimits
): { banks: Array<{ path: string; bank: Bank; contentHash: string }>; issues: ValidationIssue[] } {
  const banks: Array<{ path: string; bank: Bank; contentHash: string }> = []
  const parse = (text: string): ParseResult<{ bank: Bank; ref: BankRef }> => {
    const json = parseJsonText(text, { maxChars: limits.maxJsonBytes })
    return json.ok ? loadBank(json.value) : json
  }
  const issues = readJsonParts(files, 'bank', limits, parse, ({ path, key }, { bank, ref }) => {
    if (`${bank.id}-${bank.version}` !== key)
      return partIssue(
        path,
        issueText('package.bankName', { id: bank.id, version: bank.version }),
        'id'
      )
    banks.push({ path, bank, contentHash: ref.contentHash })
    return undefined
  })
  return { banks, issues }
}

/** Every `file` evidence reference of an assessment, with its JSON path. */
export function fileReferences(
  assessment: Assessment
): Array<{ at: string; ref: Extract<EvidenceRef, { kind: 'file' }> }> {
  const out: Array<{ at: string; ref: Extract<EvidenceRef, { kind: 'file' }> }> = []
  const collect = (list: readonly EvidenceRef[] | undefined, at: string): void =>
    (list ?? []).forEach((ref, index) => {
      if (ref.kind === 'file') out.push({ at: `${at}.evidence[${index}]`, ref })
    })
  assessment.answers.forEach((answer, i) => collect(answer.evidence, `assessment.answers[${i}]`))
  assessment.factors.forEach((entry, i) => collect(entry.evidence, `assessment.factors[${i}]`))
  return out
}

/** Every referenced file present with the referenced size; every evidence file referenced. */
export function checkEvidence(
  assessments: ReadonlyArray<{ path: string; assessment: Assessment }>,
  evidence: ReadonlyMap<string, Uint8Array>
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const used = new Set<string>()
  for (const { path, assessment } of assessments)
    for (const { at, ref } of fileReferences(assessment)) {
      used.add(ref.sha256)
      const bytes = evidence.get(ref.sha256)
      if (bytes === undefined)
        issues.push(
          partIssue(
            path,
            issueText('package.fileMissing', { name: ref.name, sha256: ref.sha256 }),
            `${at}.sha256`
          )
        )
      else if (bytes.length !== ref.size)
        issues.push(
          partIssue(
            path,
            issueText('package.fileSize', { name: ref.name, size: bytes.length, listed: ref.size }),
            `${at}.size`
          )
        )
    }
  for (const sha of evidence.keys())
    if (!used.has(sha)) issues.push(partIssue(`evidence/${sha}`, issueText('package.fileUnused')))
  return issues
}

/**
 * Each assessment against an included bank it names (the full bank checks); a bank with the
 * assessment's id and version but other content, and banks no assessment uses, are refused.
 * Assessments whose bank is not included are checked by the importer against the installed bank.
 */
export function checkAgainstBanks(
  assessments: ReadonlyArray<{ path: string; assessment: Assessment }>,
  banks: ReadonlyArray<{ path: string; bank: Bank; contentHash: string }>
): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const used = new Set<string>()
  for (const { path, assessment } of assessments) {
    const ref = assessment.bank
    const exact = banks.find((b) => b.contentHash === ref.contentHash)
    if (exact !== undefined) {
      used.add(exact.path)
      issues.push(...inPart(path, validateAssessmentAgainstBank(assessment, exact.bank)))
      continue
    }
    const sameName = banks.find((b) => b.bank.id === ref.id && b.bank.version === ref.version)
    if (sameName !== undefined) {
      used.add(sameName.path)
      issues.push(
        partIssue(
          path,
          issueText('package.bankHash', {
            id: ref.id,
            version: ref.version,
            hash: ref.contentHash,
            other: sameName.path,
            otherHash: sameName.contentHash
          }),
          'assessment.bank.contentHash'
        )
      )
    }
  }
  for (const { path } of banks)
    if (!used.has(path)) issues.push(partIssue(path, issueText('package.bankUnused')))
  return issues
}
