import type { AssessmentMetadata } from '@shared/assessment/assessment'

/** Characters no file system accepts in a name. */
const UNSAFE = /[\\/:*?"<>|]/g

/** Control characters (below U+0020) become underscores too. */
const withoutControls = (text: string): string =>
  [...text].map((ch) => (ch.charCodeAt(0) < 0x20 ? '_' : ch)).join('')

/**
 * `<institution>-<period>.assessment.json`, e.g.
 * `示例证券股份有限公司-2025-01-01_2025-12-31.assessment.json`; safe on every OS and ≤ 200 chars.
 */
export function assessmentFileName(metadata: AssessmentMetadata): string {
  const institution =
    withoutControls(metadata.institution).replace(UNSAFE, '_').replace(/\s+/g, ' ').trim() ||
    'assessment'
  const period = `${metadata.period.start}_${metadata.period.end}`
  const suffix = `-${period}.assessment.json`
  return `${institution.slice(0, 200 - suffix.length)}${suffix}`
}

/** The assessment file's name with another ending (`.questionnaire.xlsx`, `.package.zip`, …). */
export function assessmentFileNameAs(metadata: AssessmentMetadata, ending: string): string {
  return assessmentFileName(metadata).replace(/\.assessment\.json$/, ending)
}
