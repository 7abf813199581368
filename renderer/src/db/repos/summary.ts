import type { Bank } from '@shared/bank/bank'
import type * as Scoring from '@shared/scoring'
import type { StabilityDatabase } from '../database'
import { unscoredListRow } from '../migrations/v2-assessment-list'
import {
  listStamp,
  type AnswerRow,
  type AssessmentListRow,
  type AssessmentRow,
  type FactorRow
} from '../schema'
import { guardStorage } from '../storage-error'

/** The scoring engine, once loaded (loadListScoring). */
let scoring: typeof Scoring | undefined

/**
 * Loads the scoring engine, once. The home screen starts without it (its lines are stored
 * scored; a start-up bundle without it is smaller) and needs it only to recompute a line.
 * Scoring runs inside the transaction that writes the line, and awaiting a module load inside a
 * transaction would end it: call this before starting one that recomputes lines.
 */
export async function loadListScoring(): Promise<void> {
  scoring ??= await import('@shared/scoring')
}

/**
 * The home-list line of an assessment, scored against its exact bank. Without the bank (not
 * installed) it keeps the unscored fields, so the list still shows the assessment.
 */
export function buildListRow(
  row: AssessmentRow,
  bank: Bank | undefined,
  answers: readonly AnswerRow[],
  factors: readonly FactorRow[]
): AssessmentListRow {
  const line = { ...unscoredListRow(row), basedOn: listStamp(row) }
  if (!bank) return { ...line, score: null, level: null, completion: 0 }
  if (!scoring) throw new Error('buildListRow needs the scoring engine: await loadListScoring()')
  const result = scoring.scoreAssessment(bank, {
    answers: [...answers],
    factors: [...factors],
    profile: row.profile,
    metadata: row.metadata
  })
  const level = result.overall.level
  const definition = level === null ? undefined : row.profile.levels.find((l) => l.level === level)
  return {
    ...line,
    score: result.overall.score,
    level,
    levelCode: definition?.code ?? null,
    levelLabel: definition?.label ?? null,
    completion: result.completion.combined.percent
  }
}

/**
 * Recomputes the home-list lines of these assessments in one transaction (a line whose assessment
 * no longer exists is removed). Scoring is pure and synchronous, so it runs inside the
 * transaction and each line matches exactly the data it was computed from. Inside a caller's
 * transaction, the caller loads scoring first (loadListScoring).
 */
export function refreshListRows(db: StabilityDatabase, ids: readonly string[]): Promise<void> {
  if (!scoring) return loadListScoring().then(() => refreshListRows(db, ids))
  return guardStorage(() =>
    db.transaction(
      'rw',
      [db.assessments, db.answers, db.factorInputs, db.banks, db.assessmentList],
      async () => {
        const banks = new Map<string, Bank | undefined>()
        for (const id of ids) {
          const row = await db.assessments.get(id)
          if (!row) {
            await db.assessmentList.delete(id)
            continue
          }
          const hash = row.bank.contentHash
          if (!banks.has(hash)) banks.set(hash, (await db.banks.get(hash))?.bank)
          const [answers, factors] = await Promise.all([
            db.answers.where('assessmentId').equals(id).toArray(),
            db.factorInputs.where('assessmentId').equals(id).toArray()
          ])
          await db.assessmentList.put(buildListRow(row, banks.get(hash), answers, factors))
        }
      }
    )
  )
}

/**
 * Brings one assessment's home-list line (score, level, completion) up to date. The home screen
 * also does this by itself for every line it finds stale, so calling it after a save is optional:
 * it only makes the figures ready before the user goes back to the list.
 */
export function refreshAssessmentSummary(
  db: StabilityDatabase,
  assessmentId: string
): Promise<void> {
  return refreshListRows(db, [assessmentId])
}

/** The home list as stored, with what needs recomputing. */
export interface AssessmentListing {
  /** One line per existing assessment; status, updatedAt and trash state are always current. */
  rows: AssessmentListRow[]
  /** Assessments whose line is missing or older than the assessment (figures may lag). */
  staleIds: string[]
  /** Lines of assessments that no longer exist. */
  orphanIds: string[]
}

/**
 * Reads the home list without loading full assessments: the lean lines plus three index-only
 * scans (updatedAt, status, deletedAt) that tell which lines are stale. Index keys are cheap to
 * read; the rows themselves, each carrying its scoring profile, are not.
 */
export function readAssessmentListing(db: StabilityDatabase): Promise<AssessmentListing> {
  return db.transaction('r', db.assessments, db.assessmentList, async () => {
    const updatedAt = new Map<string, string>()
    const status = new Map<string, AssessmentRow['status']>()
    const deletedAt = new Map<string, string>()
    await db.assessments
      .orderBy('updatedAt')
      .eachKey((key, cursor) => void updatedAt.set(String(cursor.primaryKey), String(key)))
    await db.assessments
      .orderBy('status')
      .eachKey(
        (key, cursor) => void status.set(String(cursor.primaryKey), key as AssessmentRow['status'])
      )
    await db.assessments
      .orderBy('deletedAt')
      .eachKey((key, cursor) => void deletedAt.set(String(cursor.primaryKey), String(key)))
    const lines = await db.assessmentList.toArray()
    const rows: AssessmentListRow[] = []
    const orphanIds: string[] = []
    const seen = new Set<string>()
    for (const line of lines) {
      const current = updatedAt.get(line.id)
      if (current === undefined) {
        orphanIds.push(line.id)
        continue
      }
      seen.add(line.id)
      const trashed = deletedAt.get(line.id)
      const { deletedAt: _old, ...rest } = line
      rows.push({
        ...rest,
        ...(trashed ? { deletedAt: trashed } : {}),
        updatedAt: current,
        status: status.get(line.id) ?? line.status
      })
    }
    // Missing lines first, newest first: that is what the user just created or imported. They
    // show unscored until recomputed; there are few, so reading their full rows is cheap.
    const missing = [...updatedAt.keys()].reverse().filter((id) => !seen.has(id))
    for (const row of await db.assessments.bulkGet(missing))
      if (row) rows.push(unscoredListRow(row))
    const staleIds = [...missing]
    for (const line of lines) {
      const current = updatedAt.get(line.id)
      if (current === undefined) continue
      const stamp = listStamp({ updatedAt: current, deletedAt: deletedAt.get(line.id) })
      if (line.basedOn !== stamp) staleIds.push(line.id)
    }
    return { rows, staleIds, orphanIds }
  })
}
