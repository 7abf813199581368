import { Dexie } from 'dexie'
import type { Assessment, AuditEntry } from '@shared/assessment/assessment'
import {
  appendToAuditChain,
  auditHeadAfter,
  chainLink,
  currentAuditHead,
  type AuditChainHead
} from '@shared/assessment/audit-chain'
import type { StabilityDatabase } from '../database'
import type { AuditRow } from '../schema'

/** Edits of the same field by the same person within this window become one audit entry. */
export const AUDIT_COALESCE_MS = 60_000

export const newAuditId = (): string => `au-${crypto.randomUUID()}`

/**
 * Appends an audit entry (chained, see chainAudit), or — for a rapid series of edits to the same
 * target by the same person — updates the latest one (keeping its original old value), so typing
 * a comment does not leave one entry per keystroke; the assessment's chain head follows. Must run
 * inside a transaction that includes `assessments` and `auditLog`.
 */
export async function appendAudit(
  db: StabilityDatabase,
  assessmentId: string,
  entry: Omit<AuditEntry, 'id'>
): Promise<void> {
  const [row, latest] = await Promise.all([
    db.assessments.get(assessmentId),
    readLatestAudit(db, assessmentId)
  ])
  const write = await chainAudit(db, assessmentId, entry, { latest, head: row?.auditHead })
  await Promise.all([
    write.replaces ? db.auditLog.put(write.row) : db.auditLog.add(write.row),
    db.assessments.update(assessmentId, { auditHead: write.head })
  ])
}

/**
 * The assessment's newest audit entry by time: what `chainAudit` starts from, so a caller can
 * read it together with its other reads (one round-trip instead of two on every answer change).
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

/** What to write for one audit entry: the row, whether it replaces the newest, the new head. */
export interface AuditWrite {
  row: AuditRow
  replaces: boolean
  head: AuditChainHead
}

/**
 * The row for `entry` chained onto the log (docs/review.md): its `seq` and the hash of the newest
 * entry (`prev`), and the head after it. `latest` is the newest entry by time as read in the same
 * transaction; the recorded `head` says which entry is really the newest when two share a time
 * (then that one is read by id). A coalesced edit rewrites the newest entry in place: it keeps
 * its link, and only the head changes.
 */
export async function chainAudit(
  db: StabilityDatabase,
  assessmentId: string,
  entry: Omit<AuditEntry, 'id'>,
  options: { latest: AuditRow | undefined; head: AuditChainHead | undefined; coalesce?: boolean }
): Promise<AuditWrite> {
  let { latest } = options
  const recorded = options.head
  if (recorded?.entryId !== undefined && latest?.id !== recorded.entryId)
    latest = await db.auditLog.get([assessmentId, recorded.entryId])
  if (
    (options.coalesce ?? true) &&
    latest !== undefined &&
    latest.seq !== undefined &&
    latest.action === entry.action &&
    latest.target === entry.target &&
    latest.by === entry.by &&
    entry.reason === undefined &&
    latest.reason === undefined &&
    Date.parse(entry.at) - Date.parse(latest.at) <= AUDIT_COALESCE_MS
  ) {
    const row = { ...latest, at: entry.at, newValue: entry.newValue, seq: latest.seq }
    return { row, replaces: true, head: auditHeadAfter(row) }
  }
  // A log from before the chain (no head, an unchained newest entry): count it to place the entry.
  const head =
    recorded ??
    (latest === undefined
      ? currentAuditHead([], undefined)
      : latest.seq !== undefined
        ? auditHeadAfter({ ...latest, seq: latest.seq })
        : {
            ...currentAuditHead([latest], undefined),
            length: await db.auditLog.where('assessmentId').equals(assessmentId).count()
          })
  const row: AuditRow = { ...entry, id: newAuditId(), assessmentId, ...chainLink(head) }
  return { row, replaces: false, head: auditHeadAfter({ ...row, seq: row.seq! }) }
}

/** The assessment's audit trail in chain order (entries from before the chain first, by time). */
export async function listAudit(db: StabilityDatabase, assessmentId: string): Promise<AuditRow[]> {
  const rows = await db.auditLog
    .where('[assessmentId+at]')
    .between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey])
    .toArray()
  return sortAuditRows(rows)
}

/**
 * Chain order: by `seq`; entries without one (from before the chain) lead, by time. Stable, so
 * entries at the same time keep their stored order.
 */
export function sortAuditRows<R extends { seq?: number }>(rows: R[]): R[] {
  return rows.sort((a, b) => (a.seq ?? -1) - (b.seq ?? -1))
}

/**
 * The assessment with one more audit entry chained onto its log (an import records itself so):
 * the links it brought are kept as they are, so a break in them stays visible to verify.
 */
export function withAuditEntry(assessment: Assessment, entry: Omit<AuditEntry, 'id'>): Assessment {
  const { entries, head } = appendToAuditChain(assessment.auditLog, assessment.auditHead, [
    { ...entry, id: newAuditId() }
  ])
  return { ...assessment, auditLog: entries, auditHead: head }
}
