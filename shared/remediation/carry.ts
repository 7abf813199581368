import type {
  Assessment,
  FindingPeriodRecord,
  FindingRecord,
  PreviousPeriod
} from '../assessment/assessment'
import { assessmentContentHash } from '../assessment/canonical'
import { defaultRiskLevel } from '../scoring/risk-level'
import type { Finding } from '../scoring/types'

/** What the next period starts with, from the period before it. */
export interface CarriedFindings {
  /** One record per finding not closed (every status but `verified`), each with its history. */
  findings: FindingRecord[]
  /** The previous period, its content hash and its gaps (for repeat findings). */
  previousPeriod: PreviousPeriod
}

/** The record as it stood in its period, for the history that travels with the finding. */
function periodRecord(
  source: Pick<Assessment, 'id' | 'metadata'>,
  record: FindingRecord,
  gap: Finding | undefined
): FindingPeriodRecord {
  const risk = record.risk?.level ?? (gap === undefined ? undefined : defaultRiskLevel(gap))
  const text = (value: string | undefined): string | undefined =>
    value === undefined || value.trim() === '' ? undefined : value
  return {
    assessmentId: source.id,
    period: { ...source.metadata.period },
    ...(source.metadata.reportNumber === undefined
      ? {}
      : { reportNumber: source.metadata.reportNumber }),
    status: record.status,
    ...(risk === undefined ? {} : { riskLevel: risk }),
    ...(text(record.owner) === undefined ? {} : { owner: record.owner }),
    ...(record.dueDate === undefined ? {} : { dueDate: record.dueDate }),
    ...(text(record.action) === undefined ? {} : { action: record.action }),
    ...(text(record.note) === undefined ? {} : { note: record.note }),
    ...(record.recheck === undefined ? {} : { recheck: record.recheck })
  }
}

/**
 * Carries a period's open remediation work into the next one (docs/remediation.md). Every finding
 * not yet verified and closed follows — a stored record (whatever its status but `verified`) and a
 * current gap nobody recorded yet alike — once, keyed by its finding id, with the period it comes
 * from appended to its history. The working fields come along (description, risk override,
 * department, due date, action, urgency, status, note and its evidence); the re-check and the
 * auditee's feedback belong to their period and stay in the history or the old file. Verified
 * findings stay in the old period's record. Nothing of `source` is changed.
 */
export function carryFindings(source: Assessment, gaps: readonly Finding[]): CarriedFindings {
  const gapOf = new Map(gaps.map((gap) => [gap.id, gap]))
  const seen = new Set<string>()
  const findings: FindingRecord[] = []
  const carry = (record: FindingRecord): void => {
    if (seen.has(record.findingId)) return
    seen.add(record.findingId)
    // Verified and closed: it stays in the old period's record (a gap on the item now is new).
    if (record.status === 'verified') return
    const { recheck: _recheck, feedback: _feedback, history, ...working } = record
    findings.push({
      ...working,
      history: [...(history ?? []), periodRecord(source, record, gapOf.get(record.findingId))]
    })
  }
  for (const record of source.findings) carry(record)
  for (const gap of gaps) carry({ findingId: gap.id, status: 'open' })
  return {
    findings,
    previousPeriod: {
      assessmentId: source.id,
      period: { ...source.metadata.period },
      ...(source.metadata.reportNumber === undefined
        ? {}
        : { reportNumber: source.metadata.reportNumber }),
      contentHash: assessmentContentHash(source),
      gaps: gaps.map((gap) => gap.id)
    }
  }
}
