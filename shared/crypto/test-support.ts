import { assembleBackup, backupAssessmentPart } from '../backup'
import { miniPackageInput } from '../package/package-fixture'
import { writePackage } from '../package'
import { sha256Hex, utf8Bytes } from '../util/sha256'

/**
 * Test fixture: the mini package and a backup of the same assessments, with the secrets an
 * encrypted file must not show — the institution's name, an answer's comment, the attached file's
 * bytes and its SHA-256 (as hex text and as raw bytes).
 */
export function secretFixture(): {
  packageBytes: Uint8Array
  backupBytes: Uint8Array
  secrets: Array<{ what: string; bytes: Uint8Array }>
} {
  const input = miniPackageInput()
  const comment = '交易系统无异地灾备，供应商无退出方案'
  const assessments = input.assessments.map((assessment) => ({
    ...assessment,
    answers: assessment.answers.map((answer, i) => (i === 0 ? { ...answer, comment } : answer))
  }))
  const packageBytes = writePackage({ ...input, assessments })
  const createdAt = '2025-07-20T09:00:00+08:00'
  const backupBytes = assembleBackup({
    createdAt,
    generator: 'stability-assessor test',
    databaseVersion: 1,
    assessments: assessments.map((assessment) =>
      backupAssessmentPart(
        { assessment, evidence: input.evidence },
        { generator: 'stability-assessor test', createdAt }
      )
    ),
    banks: [],
    evidence: [],
    settings: []
  }).bytes
  const [evidence] = input.evidence
  const hex = sha256Hex(evidence!.bytes)
  const raw = Uint8Array.from(hex.match(/../g)!.map((pair) => parseInt(pair, 16)))
  return {
    packageBytes,
    backupBytes,
    secrets: [
      { what: 'institution', bytes: utf8Bytes(assessments[0]!.metadata.institution) },
      { what: 'comment', bytes: utf8Bytes(comment) },
      { what: 'evidence bytes (first 32)', bytes: evidence!.bytes.subarray(0, 32) },
      { what: 'evidence SHA-256 (hex)', bytes: utf8Bytes(hex) },
      { what: 'evidence SHA-256 (raw)', bytes: raw },
      { what: 'entry name', bytes: utf8Bytes('manifest.json') }
    ]
  }
}

/** Index of `needle` in `haystack`, or -1. */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer
    return i
  }
  return -1
}
