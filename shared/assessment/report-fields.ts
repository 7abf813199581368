/**
 * The report of record's fields on an assessment, as constants the app's screens can use without
 * loading the file schema (zod): the confidentiality levels, the narrative parts, the report
 * number's default pattern.
 */

/**
 * The confidentiality label printed on the report (封面 and every page header), chosen per
 * assessment; the words are the report's (shared/report-doc), never free text.
 */
export const CONFIDENTIALITY_LEVELS = ['public', 'internal', 'restricted', 'secret'] as const
export type ConfidentialityLevel = (typeof CONFIDENTIALITY_LEVELS)[number]
/** The label when an assessment names none (files written before format 2), and Settings' default. */
export const DEFAULT_CONFIDENTIALITY: ConfidentialityLevel = 'internal'

/** The report's narrative parts an assessor may write: 概述, 结论, the 建议 introduction. */
export const NARRATIVE_PARTS = ['overview', 'conclusion', 'recommendations'] as const
export type NarrativePart = (typeof NARRATIVE_PARTS)[number]
/** Longest narrative part. */
export const MAX_NARRATIVE_LENGTH = 50_000

/**
 * The report number's default pattern (Settings can change it): `{year}` the period's end year,
 * `{seq}` the assessment's number among this machine's assessments of that year (001, 002, …),
 * `{id}` the first 8 characters of the assessment id.
 */
export const DEFAULT_REPORT_NUMBER_PATTERN = 'SA-{year}-{seq}'

/**
 * A report number from a pattern. Without a sequence number (the command line, an assessment
 * made before report numbers existed) `{seq}` falls back to `{id}`, so the number stays unique.
 */
export function formatReportNumber(
  pattern: string,
  input: { periodEnd: string; id: string; seq?: number }
): string {
  const id = input.id
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 8)
    .toUpperCase()
  const values: Record<string, string> = {
    year: input.periodEnd.slice(0, 4),
    seq: input.seq === undefined ? id : String(input.seq).padStart(3, '0'),
    id
  }
  const text = pattern.replace(/\{(year|seq|id)\}/g, (_, name: string) => values[name] ?? '')
  // One line of at most 64 characters, as the field requires.
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim()]
    .slice(0, 64)
    .join('')
}

/** The number a report prints: the assessment's own, else the default pattern's. */
export function reportNumberOf(assessment: {
  id: string
  metadata: { reportNumber?: string; period: { end: string } }
}): string {
  return (
    assessment.metadata.reportNumber ??
    formatReportNumber(DEFAULT_REPORT_NUMBER_PATTERN, {
      periodEnd: assessment.metadata.period.end,
      id: assessment.id
    })
  )
}
