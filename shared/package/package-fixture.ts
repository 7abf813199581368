import type { Assessment } from '../assessment/assessment'
import { miniAssessment, miniBank } from '../testing'
import { bankContentHash } from '../bank/identity'
import { withRealEvidence } from './test-support'
import type { WritePackageInput } from './write-package'
import { writePackage } from './write-package'

/**
 * Test fixture: a small valid package — two mini-bank assessments (one with an attached file),
 * their evidence and the mini bank — that the refusal and fuzz tests break one way at a time.
 */
export function miniPackageInput(): WritePackageInput {
  const first = withRealEvidence(miniAssessment(bankContentHash(miniBank)), 1)
  const second: Assessment = { ...first.assessment, id: 'asm-2', status: 'inReview' }
  return {
    assessments: [first.assessment, second],
    evidence: first.evidence,
    banks: [miniBank],
    generator: 'stability-assessor test',
    exportedAt: '2025-07-20T09:00:00+08:00'
  }
}

export const miniPackage = (): Uint8Array => writePackage(miniPackageInput())
