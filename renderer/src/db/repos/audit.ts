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
  await writeAudit(db, assessmentId, entry, await readLatestAudit(db, assessmentId))
}

/**
 * The assessment's newest audit entry: what `writeAudit` needs, so a caller can read it together
 * with its other reads (one round-trip instead of two on every answer change).
 */
export function readLatestAudit(
  db: StabilityDatabase,
  assessmentId: string
): Promise<AuditRow | undefined> {
  return db.auditLog
    .where('[assessmentId+at]')
    .between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey])
    .last()
}

/**
 * appendAudit's write, given the newest entry as read in the same transaction (readLatestAudit).
 */
export async function writeAudit(
  db: StabilityDatabase,
  assessmentId: string,
  entry: Omit<AuditEntry, 'id'>,
  latest: AuditRow | undefined
): Promise<void> {
  if (
    latest &&
    latest.action === entry.action &&
    latest.target === entry.target &&
    latest.by === entry.by &&
    entry.reason === undefined &&
    latest.reason === undefined &&
    Date.parse(entry.at) - Date.parse(latest.at) <= AUDIT_COALESCE_MS
  ) {
    // A put of the row already read: `update` would read it again first.
    await db.auditLog.put({ ...latest, at: entry.at, newValue: entry.newValue })
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
