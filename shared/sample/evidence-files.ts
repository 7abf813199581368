import type { Assessment } from '../assessment/assessment'
import { sha256Hex } from '../util/sha256'
import { SAMPLE_EVIDENCE_MIME_TYPE, sampleEvidenceBytes } from './answers'

/** One stand-in evidence file of a sample assessment, with its bytes. */
export interface SampleEvidenceFile {
  sha256: string
  name: string
  mimeType: string
  bytes: Uint8Array
}

/**
 * The bytes of every file evidence of a sample generated with `seed`, one per SHA-256, for the
 * app to store beside the assessment. A file whose bytes do not reproduce its recorded digest
 * (the assessment was edited, or is not a sample of this seed) is left out rather than faked.
 */
export function sampleEvidenceFiles(assessment: Assessment, seed: number): SampleEvidenceFile[] {
  const files = new Map<string, SampleEvidenceFile>()
  const refs = [
    ...assessment.answers.flatMap((answer) => answer.evidence),
    ...assessment.factors.flatMap((entry) => entry.evidence)
  ]
  for (const ref of refs) {
    if (ref.kind !== 'file' || files.has(ref.sha256)) continue
    const bytes = sampleEvidenceBytes(ref.name, seed)
    if (sha256Hex(bytes) !== ref.sha256) continue
    files.set(ref.sha256, {
      sha256: ref.sha256,
      name: ref.name,
      mimeType: SAMPLE_EVIDENCE_MIME_TYPE,
      bytes
    })
  }
  return [...files.values()]
}
