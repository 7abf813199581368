import type { AuditEntry, FindingRecord } from '../assessment/assessment'
import type { BankIndex } from '../bank/lookup'
import { buildRegister, type RegisterEntry, type RegisterInput } from '../remediation/register'
import { evidenceLists } from './build-details'
import { fill, type ReportLabels } from './labels'
import type { AuditRow, FindingRow } from './model'
import { dateCell, dateTimeCell } from './time'

/** Audit rows beyond this are left out (oldest first): a workbook is not an archive. */
export const MAX_AUDIT_ROWS = 100_000

function findingFlags(entry: RegisterEntry, labels: ReportLabels): string {
  const f = labels.findings.flags
  const flags: string[] = []
  const { finding } = entry
  if (finding === null) flags.push(f.noLongerGap)
  if (finding?.critical) flags.push(f.critical)
  if (finding?.redLine) flags.push(f.redLine)
  if (finding?.unanswered) flags.push(f.unanswered)
  if (entry.urgent) flags.push(f.urgent)
  if (entry.overdue) flags.push(f.overdue)
  if (entry.repeat) flags.push(f.repeat)
  if (entry.carried) flags.push(f.carried)
  return flags.join(labels.listSeparator)
}

function recheckText(record: FindingRecord, labels: ReportLabels): string {
  const recheck = record.recheck
  if (recheck === undefined) return ''
  const line = fill(labels.findings.recheck, {
    date: recheck.date,
    by: recheck.by,
    result: labels.findings.recheckResults[recheck.result]
  })
  return recheck.comment?.trim() ? `${line}\n${recheck.comment}` : line
}

function historyText(record: FindingRecord, labels: ReportLabels): string {
  return (record.history ?? [])
    .map((period) =>
      fill(labels.findings.historyItem, {
        start: period.period.start,
        end: period.period.end,
        report: period.reportNumber === undefined ? '' : ` ${period.reportNumber}`,
        status: labels.findings.statuses[period.status]
      })
    )
    .join('\n')
}

/** One register entry as a report row: every text in the report's language. */
function findingRow(entry: RegisterEntry, labels: ReportLabels): FindingRow {
  const { finding, record } = entry
  const feedback = record.feedback
  return {
    rank: entry.rank,
    id: entry.findingId,
    kind: entry.kind,
    targetId: entry.targetId,
    title: entry.title,
    pillarId: entry.pillarId,
    sectionId: entry.sectionId,
    score: finding?.score ?? null,
    gap: finding?.gap ?? null,
    weight: finding?.weight ?? null,
    priority: finding?.priority ?? null,
    riskLevel: entry.risk,
    riskReason: record.risk?.reason ?? '',
    urgent: entry.urgent,
    overdue: entry.overdue,
    repeat: entry.repeat,
    carried: entry.carried,
    flags: findingFlags(entry, labels),
    description: entry.description,
    basis: entry.basis.join('\n'),
    owner: record.owner ?? '',
    dueDate: dateCell(record.dueDate),
    action: entry.recommendation,
    status: labels.findings.statuses[record.status],
    note: record.note ?? '',
    noteEvidence: evidenceLists(record.noteEvidence, labels).names,
    recheck: recheckText(record, labels),
    feedbackResponse:
      feedback === undefined ? '' : labels.findings.feedbackResponses[feedback.response],
    feedbackExplanation: feedback?.explanation ?? '',
    feedbackPlan: feedback?.plan ?? '',
    feedbackDate: dateCell(feedback?.plannedDate),
    feedbackBy: feedback?.by ?? '',
    history: historyText(record, labels)
  }
}

/**
 * The remediation register as report rows (shared/remediation's buildRegister): the gaps ranked by
 * priority (the engine's order), each with its record, then the records whose gap has closed, so
 * a plan never silently loses an entry.
 */
export function buildFindingRows(
  input: Omit<RegisterInput, 'index'> & {
    index: BankIndex
    labels: ReportLabels
  }
): FindingRow[] {
  return buildRegister(input).map((entry) => findingRow(entry, input.labels))
}

/** Audit old/new values as text: strings as they are, anything else as compact JSON. */
function valueText(value: unknown): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return value
  return JSON.stringify(value) ?? ''
}

/** The audit log in recorded order; beyond {@link MAX_AUDIT_ROWS}, the latest entries. */
export function buildAuditRows(
  log: readonly AuditEntry[],
  labels: ReportLabels,
  max: number = MAX_AUDIT_ROWS
): AuditRow[] {
  const entries = log.length > max ? log.slice(log.length - max) : log
  return entries.map((entry) => ({
    at: dateTimeCell(entry.at),
    by: entry.by,
    action: labels.audit.actions[entry.action] ?? entry.action,
    target: entry.target ?? '',
    oldValue: valueText(entry.oldValue),
    newValue: valueText(entry.newValue),
    reason: entry.reason ?? ''
  }))
}
