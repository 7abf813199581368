import type { AuditEntry, FindingRecord } from '../assessment/assessment'
import type { BankIndex } from '../bank/lookup'
import type { Locale } from '../bank/primitives'
import { defaultRiskLevel } from '../scoring/risk-level'
import type { Finding } from '../scoring/types'
import type { ReportLabels } from './labels'
import type { AuditRow, FindingRow } from './model'
import { dateCell, dateTimeCell } from './time'

/** Audit rows beyond this are left out (oldest first): a workbook is not an archive. */
export const MAX_AUDIT_ROWS = 100_000

function titleOf(
  index: BankIndex,
  kind: 'question' | 'factor',
  id: string,
  locale: Locale
): string {
  if (kind === 'question') return index.questions.get(id)?.question.text[locale] ?? id
  return index.factors.get(id)?.name[locale] ?? id
}

function findingFlags(finding: Finding, labels: ReportLabels): string {
  const flags: string[] = []
  if (finding.critical) flags.push(labels.findings.flags.critical)
  if (finding.redLine) flags.push(labels.findings.flags.redLine)
  if (finding.unanswered) flags.push(labels.findings.flags.unanswered)
  return flags.join(labels.listSeparator)
}

function recordColumns(
  record: FindingRecord | undefined,
  labels: ReportLabels
): Pick<FindingRow, 'owner' | 'dueDate' | 'action' | 'status'> {
  return {
    owner: record?.owner ?? '',
    dueDate: dateCell(record?.dueDate),
    action: record?.action ?? '',
    status: labels.findings.statuses[record?.status ?? 'open']
  }
}

/**
 * The gaps ranked by priority (the engine's order), each with its remediation record (owner,
 * due date, action, status); then remediation records whose gap has closed, so a plan never
 * silently loses an entry.
 */
export function buildFindingRows(input: {
  findings: readonly Finding[]
  records: readonly FindingRecord[]
  index: BankIndex
  labels: ReportLabels
  locale: Locale
}): FindingRow[] {
  const { index, labels, locale } = input
  const recordOf = new Map<string, FindingRecord>()
  for (const record of input.records)
    if (!recordOf.has(record.findingId)) recordOf.set(record.findingId, record)
  const rows: FindingRow[] = input.findings.map((finding, k) => ({
    rank: k + 1,
    id: finding.id,
    kind: finding.kind,
    targetId: finding.targetId,
    title: titleOf(index, finding.kind, finding.targetId, locale),
    pillarId: finding.pillarId ?? '',
    sectionId: finding.sectionId ?? '',
    score: finding.score,
    gap: finding.gap,
    weight: finding.weight,
    priority: finding.priority,
    riskLevel: defaultRiskLevel(finding),
    flags: findingFlags(finding, labels),
    ...recordColumns(recordOf.get(finding.id), labels)
  }))
  const current = new Set(input.findings.map((f) => f.id))
  for (const record of input.records) {
    if (current.has(record.findingId) || recordOf.get(record.findingId) !== record) continue
    const kind = record.findingId.startsWith('q:') ? 'question' : 'factor'
    const targetId = record.findingId.slice(2)
    const question = kind === 'question' ? index.questions.get(targetId) : undefined
    const factorSection = kind === 'factor' ? index.factors.get(targetId)?.feeds : undefined
    const sectionId = question?.section.id ?? factorSection ?? ''
    rows.push({
      rank: null,
      id: record.findingId,
      kind,
      targetId,
      title: titleOf(index, kind, targetId, locale),
      pillarId: question?.pillar.id ?? index.sections.get(sectionId)?.pillar.id ?? '',
      sectionId,
      score: null,
      gap: null,
      weight: null,
      priority: null,
      riskLevel: null,
      flags: labels.findings.flags.noLongerGap,
      ...recordColumns(record, labels)
    })
  }
  return rows
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
