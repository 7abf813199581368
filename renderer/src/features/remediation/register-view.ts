import type { FindingStatus } from '@shared/assessment/assessment'
import type { RegisterEntry } from '@shared/remediation'
import type { RiskLevel } from '@shared/scoring/risk-level'

export const REGISTER_SORTS = ['rank', 'risk', 'dueDate', 'status', 'owner'] as const
export type RegisterSort = (typeof REGISTER_SORTS)[number]

/** What the register screen shows: the filters an assessor set and the order chosen. */
export interface RegisterView {
  search: string
  status: FindingStatus | 'all'
  risk: RiskLevel | 'all'
  overdueOnly: boolean
  repeatOnly: boolean
  urgentOnly: boolean
  sort: RegisterSort
}

export const DEFAULT_REGISTER_VIEW: RegisterView = {
  search: '',
  status: 'all',
  risk: 'all',
  overdueOnly: false,
  repeatOnly: false,
  urgentOnly: false,
  sort: 'rank'
}

const RISK_ORDER: Record<RiskLevel, number> = { high: 0, medium: 1, low: 2 }
const STATUS_ORDER: Record<FindingStatus, number> = {
  open: 0,
  inProgress: 1,
  done: 2,
  accepted: 3,
  verified: 4
}

function matches(entry: RegisterEntry, view: RegisterView): boolean {
  if (view.status !== 'all' && entry.record.status !== view.status) return false
  if (view.risk !== 'all' && entry.risk !== view.risk) return false
  if (view.overdueOnly && !entry.overdue) return false
  if (view.repeatOnly && !entry.repeat) return false
  if (view.urgentOnly && !entry.urgent) return false
  const needle = view.search.trim().toLowerCase()
  if (needle === '') return true
  return [entry.targetId, entry.title, entry.description, entry.record.owner ?? ''].some((text) =>
    text.toLowerCase().includes(needle)
  )
}

/** Items without a value (no rank, no due date, no department) go last in every order. */
const last = Number.MAX_SAFE_INTEGER

function sortKey(entry: RegisterEntry, sort: RegisterSort): number | string {
  switch (sort) {
    case 'rank':
      return entry.rank ?? last
    case 'risk':
      return entry.risk === null ? last : RISK_ORDER[entry.risk]
    case 'dueDate':
      return entry.record.dueDate ?? '\uffff'
    case 'status':
      return STATUS_ORDER[entry.record.status]
    case 'owner':
      return entry.record.owner?.trim() || '\uffff'
  }
}

/**
 * The register lines the screen shows: those matching every filter, in the chosen order; ties
 * keep the register's own order (the engine's priority ranking, then findings no longer a gap).
 */
export function viewRegister(
  entries: readonly RegisterEntry[],
  view: RegisterView
): RegisterEntry[] {
  const position = new Map(entries.map((entry, k) => [entry.findingId, k]))
  return entries
    .filter((entry) => matches(entry, view))
    .sort((a, b) => {
      const ka = sortKey(a, view.sort)
      const kb = sortKey(b, view.sort)
      if (ka !== kb) return ka < kb ? -1 : 1
      return position.get(a.findingId)! - position.get(b.findingId)!
    })
}

/** The register's headline figures. */
export interface RegisterSummary {
  total: number
  high: number
  urgent: number
  overdue: number
  repeat: number
  carried: number
  /** 已整改待验证: fixed, waiting for the re-check. */
  awaiting: number
}

export function summarizeRegister(entries: readonly RegisterEntry[]): RegisterSummary {
  const count = (test: (entry: RegisterEntry) => boolean): number => entries.filter(test).length
  return {
    total: entries.length,
    high: count((entry) => entry.risk === 'high'),
    urgent: count((entry) => entry.urgent),
    overdue: count((entry) => entry.overdue),
    repeat: count((entry) => entry.repeat),
    carried: count((entry) => entry.carried),
    awaiting: count((entry) => entry.record.status === 'done')
  }
}
