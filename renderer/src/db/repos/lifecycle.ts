import { SEAL_COVERS } from '@shared/assessment/seal-covers'
import type { StabilityDatabase } from '../database'
import { guardStorage, StorageError } from '../storage-error'
import { appendAudit } from './audit'
import { changeAssessment, requireAssessment } from './audited-change'
import { deleteRegisters } from './register-store'
import { assessmentTables, loadExistingAssessment } from './assessments'
import { loadListScoring, refreshListRows } from './summary'

/**
 * Finalizes: the assessment becomes read-only, sealed with who, when and the SHA-256 of its
 * canonical content (computed by the caller from shared/assessment, over exactly what is stored).
 */
export function finalizeAssessment(
  db: StabilityDatabase,
  id: string,
  seal: { by: string; contentHash: string },
  now: Date = new Date()
): Promise<void> {
  return changeAssessment(db, id, { require: 'editable', by: seal.by, now }, (row, at) => {
    // The seal covers the audit chain as it stands (docs/review.md).
    const finalization = {
      by: seal.by,
      at,
      contentHash: seal.contentHash,
      covers: [...SEAL_COVERS],
      ...(row.auditHead ? { auditHead: row.auditHead } : {})
    }
    return {
      patch: { status: 'finalized', finalization },
      audit: { action: 'assessment.finalize', oldValue: row.status, newValue: finalization }
    }
  })
}

/** Reopens a finalized assessment for changes; the reason is required and logged with the old seal. */
export function reopenAssessment(
  db: StabilityDatabase,
  id: string,
  by: string,
  reason: string,
  now: Date = new Date()
): Promise<void> {
  return changeAssessment(db, id, { require: 'exists', by, now }, (row) => {
    if (reason.trim() === '') throw new StorageError('invalid', 'reopening needs a reason')
    if (row.status !== 'finalized')
      throw new StorageError('invalid', `assessment ${id} is not finalized`)
    // With graded review the last level's signature was the finalization: it is withdrawn too.
    const review = row.review && {
      ...row.review,
      signatures: row.review.signatures.filter((s) => s.level < row.review!.levels.length)
    }
    return {
      patch: { status: 'inReview', finalization: undefined, ...(review ? { review } : {}) },
      audit: {
        action: 'assessment.reopen',
        oldValue: row.finalization,
        newValue: 'inReview',
        reason: reason.trim()
      }
    }
  })
}

/**
 * Moves an assessment to the trash (restorable), or back out of it: a change like any other, logged
 * as `inTrash` false → true (or back). Every move is its own entry: a trash and a restore are two facts.
 */
function setInTrash(
  db: StabilityDatabase,
  id: string,
  inTrash: boolean,
  by: string,
  now: Date
): Promise<void> {
  return changeAssessment(db, id, { require: 'exists', by, now, coalesce: false }, (row, at) => ({
    patch: { deletedAt: inTrash ? at : undefined },
    audit: {
      action: 'assessment.update',
      oldValue: { inTrash: row.deletedAt !== undefined },
      newValue: { inTrash }
    }
  }))
}

/** One direction of setInTrash, as the repository's usual (db, id, by, now) function. */
const trashMove =
  (inTrash: boolean) =>
  (db: StabilityDatabase, id: string, by: string, now: Date = new Date()): Promise<void> =>
    setInTrash(db, id, inTrash, by, now)

export const moveToTrash = trashMove(true)

export const restoreFromTrash = trashMove(false)

/** Deletes an assessment in the trash for good, with everything that belongs to it. */
export function purgeFromTrash(db: StabilityDatabase, id: string): Promise<void> {
  return guardStorage(() =>
    db.transaction('rw', assessmentTables(db), async () => {
      const row = await requireAssessment(db, id)
      if (!row.deletedAt)
        throw new StorageError('invalid', 'only an assessment in the trash can be deleted for good')
      await Promise.all([
        db.answers.where('assessmentId').equals(id).delete(),
        db.factorInputs.where('assessmentId').equals(id).delete(),
        db.findings.where('assessmentId').equals(id).delete(),
        db.auditLog.where('assessmentId').equals(id).delete(),
        deleteRegisters(db, id)
      ])
      await db.assessments.delete(id)
    })
  )
}

const DAY_MS = 86_400_000
const toDate = (iso: string): number => Date.parse(`${iso}T00:00:00Z`)
const fromDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10)
const lastDayOfMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month + 1, 0)).getUTCDate()

/**
 * The period that follows `period` and lasts as long: whole calendar months stay whole months
 * (a quarter is followed by the next quarter), anything else keeps its length in days.
 */
export function nextPeriod(period: { start: string; end: string }): { start: string; end: string } {
  const start = new Date(toDate(period.start))
  const end = new Date(toDate(period.end))
  const wholeMonths =
    start.getUTCDate() === 1 &&
    end.getUTCDate() === lastDayOfMonth(end.getUTCFullYear(), end.getUTCMonth())
  if (wholeMonths) {
    const months =
      (end.getUTCFullYear() - start.getUTCFullYear()) * 12 +
      end.getUTCMonth() -
      start.getUTCMonth() +
      1
    const nextStart = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 1)
    const nextEnd = Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1 + months, 0)
    return { start: fromDate(nextStart), end: fromDate(nextEnd) }
  }
  const length = end.getTime() - start.getTime()
  const nextStart = end.getTime() + DAY_MS
  return { start: fromDate(nextStart), end: fromDate(nextStart + length) }
}

/**
 * Starts the next period from an existing assessment (docs/remediation.md): answers are carried
 * over and marked "carried over — confirm"; every finding not verified and closed follows with its
 * history (shared/remediation carryFindings), and the new period records the old one's content
 * hash and gaps (`previousPeriod`, for repeat findings); factor inputs (period data) do not follow;
 * review state resets. The old period is only read: a sealed one stays exactly as it was.
 */
export async function duplicateAsNextPeriod(
  db: StabilityDatabase,
  sourceId: string,
  by: string,
  now: Date = new Date()
): Promise<string> {
  // Scoring runs inside the transaction below (the old period's gaps, the copy's list line):
  // the modules load before it starts, since awaiting an import inside it would end it.
  const [{ carryFindings }, { scoreAssessment }] = await Promise.all([
    import('@shared/remediation'),
    import('@shared/scoring'),
    loadListScoring()
  ])
  return guardStorage(() =>
    db.transaction('rw', [...assessmentTables(db), db.banks, db.assessmentList], async () => {
      await requireAssessment(db, sourceId)
      const source = await loadExistingAssessment(db, sourceId)
      const bank = (await db.banks.get(source.bank.contentHash))?.bank
      const gaps = bank ? scoreAssessment(bank, source).findings : []
      const carried = carryFindings(source, gaps)
      const at = now.toISOString()
      const id = crypto.randomUUID()
      const { reportNumber: _number, ...metadata } = source.metadata
      await db.assessments.add({
        id,
        createdAt: at,
        updatedAt: at,
        metadata: { ...metadata, period: nextPeriod(source.metadata.period) },
        bank: source.bank,
        profile: source.profile,
        status: 'draft',
        previousPeriod: carried.previousPeriod
      })
      await db.answers.bulkAdd(
        source.answers.map((answer) => ({
          ...answer,
          assessmentId: id,
          carriedOver: true,
          flagged: false
        }))
      )
      await db.findings.bulkAdd(carried.findings.map((f) => ({ ...f, assessmentId: id })))
      await appendAudit(db, id, {
        at,
        by,
        action: 'assessment.create',
        newValue: {
          institution: source.metadata.institution,
          carriedOverFrom: sourceId,
          findingsCarried: carried.findings.length
        }
      })
      // The copy's home-list line, scored with the carried-over answers, lands with the copy:
      // the list never shows it at 0 % while a background refresh catches up.
      await refreshListRows(db, [id])
      return id
    })
  )
}
