import type { FindingRecord } from '@shared/assessment/assessment'
import type { BankIndex } from '@shared/bank/lookup'
import type { Locale } from '@shared/bank/primitives'
import type { Finding } from '@shared/scoring'
import { factorHref, questionHref } from '../review/jump-links'

export interface FindingRow {
  finding: Finding
  rank: number
  title: string
  href: string
  /** The stored remediation record, or a fresh open one. */
  record: FindingRecord
}

/** The engine's ranked gaps joined with their remediation records and where each one lives. */
export function findingRows(input: {
  findings: readonly Finding[]
  records: ReadonlyMap<string, FindingRecord>
  index: BankIndex
  assessmentId: string
  locale: Locale
}): FindingRow[] {
  const { index, assessmentId, locale } = input
  return input.findings.map((finding, i) => {
    const record = input.records.get(finding.id) ?? { findingId: finding.id, status: 'open' }
    if (finding.kind === 'factor') {
      const factor = index.factors.get(finding.targetId)
      return {
        finding,
        rank: i + 1,
        title: factor?.name[locale] ?? finding.targetId,
        href: factorHref(assessmentId, finding.targetId),
        record
      }
    }
    const entry = index.questions.get(finding.targetId)
    return {
      finding,
      rank: i + 1,
      title: entry?.question.text[locale] ?? finding.targetId,
      href: questionHref(
        assessmentId,
        entry?.section.id ?? finding.sectionId ?? '',
        finding.targetId
      ),
      record
    }
  })
}
