import { Dexie } from 'dexie'
import type { AuditEntry } from '@shared/assessment/assessment'
import type { StabilityDatabase } from '../database'
import type { AuditRow } from '../schema'

/** Edits of the same field by the same person within this window become one audit entry. */
export const AUDIT_COALESCE_MS = 60_000

export const newAuditId = (): string => `au-${crypto.randomUUID()}`

/**
 * Appends an audit entry, or — for a rapid series of edits to the same target by the same person —
 * updates the latest one (keeping its original old value), so typing a comment does not leave one
 * entry per keystroke. Must run inside a transaction that includes `auditLog`.
 */
export async function appendAudit(
  db: StabilityDatabase,
  assessmentId: string,
  entry: Omit<AuditEntry, 'id'>
): Promise<void> {
  const latest = await db.auditLog
    .where('[assessmentId+at]')
    .between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey])
    .last()
  if (
    latest &&
    latest.action === entry.action &&
    latest.target === entry.target &&
    latest.by === entry.by &&
    entry.reason === undefined &&
    latest.reason === undefined &&
    Date.parse(entry.at) - Date.parse(latest.at) <= AUDIT_COALESCE_MS
  ) {
    await db.auditLog.update([assessmentId, latest.id], { at: entry.at, newValue: entry.newValue })
    return
  }
  const row: AuditRow = { ...entry, id: newAuditId(), assessmentId }
  await db.auditLog.add(row)
}

/** The assessment's audit trail, oldest first. */
export function listAudit(db: StabilityDatabase, assessmentId: string): Promise<AuditRow[]> {
  return db.auditLog
    .where('[assessmentId+at]')
    .between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey])
    .toArray()
}
