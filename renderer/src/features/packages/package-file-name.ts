import type { AssessmentMetadata } from '@shared/assessment/assessment'
import { assessmentFileNameAs } from '../assessment-file/assessment-file-name'

/**
 * The package's suggested file name: for one assessment its assessment-file name with
 * `.package.zip`; for several, their count and the date (`assessments-3-2026-03-01.package.zip`).
 */
export function packageFileName(metadata: readonly AssessmentMetadata[], now: Date): string {
  if (metadata.length === 1) return assessmentFileNameAs(metadata[0]!, '.package.zip')
  return `assessments-${metadata.length}-${now.toISOString().slice(0, 10)}.package.zip`
}
