import type { AuditLine } from './audit-entries'

export interface AuditFilter {
  /** `question:A1.01`-style target, as stored. */
  target?: string
  person?: string
  action?: string
}

export function filterAudit(lines: readonly AuditLine[], filter: AuditFilter): AuditLine[] {
  return lines.filter(
    ({ entry }) =>
      (!filter.target || entry.target === filter.target) &&
      (!filter.person || entry.by === filter.person) &&
      (!filter.action || entry.action === filter.action)
  )
}

/** The distinct values each filter can take, in a stable order. */
export function filterOptions(lines: readonly AuditLine[]) {
  const targets = new Map<string, AuditLine>()
  const people = new Set<string>()
  const actions = new Set<string>()
  for (const line of lines) {
    if (line.entry.target && !targets.has(line.entry.target)) targets.set(line.entry.target, line)
    people.add(line.entry.by)
    actions.add(line.entry.action)
  }
  return {
    targets: [...targets.entries()].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
    people: [...people].sort((a, b) => a.localeCompare(b)),
    actions: [...actions].sort()
  }
}
