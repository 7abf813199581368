import type { Table } from 'dexie'
import type { AuditEntry } from '@shared/assessment/assessment'
import type { StabilityDatabase } from '../database'
import type { AssessmentRow } from '../schema'
import { guardStorage, StorageError } from '../storage-error'
import { auditHeadAfter, chainLink } from '@shared/assessment/audit-chain'
import { chainAudit, newAuditId, readLatestAudit } from './audit'

/** Reads an assessment row or fails with a clear not-found error. */
export async function requireAssessment(db: StabilityDatabase, id: string): Promise<AssessmentRow> {
  const row = await db.assessments.get(id)
  if (!row) throw new StorageError('notFound', `assessment ${id} does not exist`)
  return row
}

/** Refuses changes to a finalized assessment: it is read-only until reopened with a reason. */
export async function requireEditable(db: StabilityDatabase, id: string): Promise<AssessmentRow> {
  const row = await requireAssessment(db, id)
  if (row.status === 'finalized') {
    throw new StorageError('readOnly', `assessment ${id} is finalized; reopen it to make changes`)
  }
  if (row.deletedAt) throw new StorageError('readOnly', `assessment ${id} is in the trash`)
  return row
}

/** What one change does, as its `change` callback describes it. */
export interface AuditedChange<R> {
  /** Fields of the assessment row to change; a field set to undefined is removed. */
  patch?: Partial<AssessmentRow>
  /** The change's audit entry; its time and author are the change's. */
  audit: Omit<AuditEntry, 'id' | 'at' | 'by'>
  /**
   * The change's own writes to its other tables, issued and not awaited: they go out together with
   * the assessment's and the audit entry's, in one round-trip.
   */
  writes?: readonly Promise<unknown>[]
  /** Further audit entries of the same change, chained after its own (never coalesced). */
  alsoAudit?: readonly Omit<AuditEntry, 'id' | 'at' | 'by'>[]
  result?: R
}

export interface ChangeOptions<L> {
  /** 'editable': refused when finalized or in the trash; 'exists': any stored assessment. */
  require: 'editable' | 'exists'
  by: string
  now?: Date
  /** The other tables the change reads or writes (assessments and auditLog are always in). */
  tables?: readonly Table[]
  /** The change's own reads, issued together with the assessment's: one round-trip for all. */
  read?: () => Promise<L>
  /**
   * Default true: a rapid series of edits to one target by one person stays one audit entry
   * (appendAudit). false: every change is its own entry (two files attached are two facts).
   */
  coalesce?: boolean
}

/**
 * The options of an edit (refused when finalized or in the trash) that reads its own rows from
 * `tables` together with the assessment's: what most changes pass to changeAssessment.
 */
export function editReading<L>(
  who: { by: string; now?: Date },
  tables: readonly Table[],
  read: () => Promise<L>,
  coalesce = true
): ChangeOptions<L> {
  return { require: 'editable', ...who, tables, read, coalesce }
}

/**
 * The one way an assessment changes after it is created: in ONE readwrite transaction, read the
 * row (refusing as `require` says), let `change` decide the patch and the audit entry, then write
 * the row (stamped updatedAt), the audit entry and the change's own writes together. Any refusal
 * thrown by `change` aborts the transaction before anything is written. Two round-trips in all, so
 * the answer-save hot path (PERF-UI-1) goes through it too.
 */
export function changeAssessment<R = void, L = undefined>(
  db: StabilityDatabase,
  id: string,
  options: ChangeOptions<L>,
  change: (row: AssessmentRow, at: string, read: L) => AuditedChange<R> | Promise<AuditedChange<R>>
): Promise<R> {
  const at = (options.now ?? new Date()).toISOString()
  const coalesce = options.coalesce ?? true
  const check = options.require === 'editable' ? requireEditable : requireAssessment
  const tables = [db.assessments, db.auditLog, ...(options.tables ?? [])]
  return guardStorage(() =>
    db.transaction('rw', tables, async () => {
      const [row, latest, read] = await Promise.all([
        check(db, id),
        readLatestAudit(db, id),
        options.read?.()
      ])
      const outcome = change(row, at, read as L)
      // A synchronous change adds no await: the transaction's writes follow its reads at once.
      const {
        patch = {},
        audit,
        alsoAudit = [],
        writes = [],
        result
      } = 'then' in outcome ? await outcome : outcome
      const entry = { ...audit, at, by: options.by }
      // The entry joins the tamper-evident chain; the row carries the new head (docs/review.md).
      const write = await chainAudit(db, id, entry, { latest, head: row.auditHead, coalesce })
      let head = write.head
      const more = alsoAudit.map((extra) => {
        const link = { ...extra, at, by: options.by, id: newAuditId(), ...chainLink(head) }
        head = auditHeadAfter(link)
        return { ...link, assessmentId: id }
      })
      await Promise.all([
        ...writes,
        db.assessments.put(patched(row, { ...patch, auditHead: head }, at)),
        write.replaces ? db.auditLog.put(write.row) : db.auditLog.add(write.row),
        ...(more.length > 0 ? [db.auditLog.bulkAdd(more)] : [])
      ])
      return result as R
    })
  )
}

/** The row with the patch applied and updatedAt stamped (a put of the row already read). */
function patched(row: AssessmentRow, patch: Partial<AssessmentRow>, at: string): AssessmentRow {
  const next: Record<string, unknown> = { ...row, ...patch, updatedAt: at }
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key]
  return next as AssessmentRow
}
