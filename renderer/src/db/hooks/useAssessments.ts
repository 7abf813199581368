import type { Table } from 'dexie'
import type { Bank } from '@shared/bank/bank'
import type { StabilityDatabase } from '../database'
import { sortAuditRows } from '../repos/audit'
import type { AnswerRow, AssessmentRow, AuditRow, FactorRow, FindingRow } from '../schema'
import { useDatabaseQuery, type LiveResult } from './live-query'

export function useAssessmentRow(id: string): LiveResult<AssessmentRow | null> {
  return useDatabaseQuery(async (db) => (await db.assessments.get(id)) ?? null, [id])
}

/** The rows of one of the assessment's own tables (keyed by assessment and item), live. */
function useOwnRows<R>(
  table: (db: StabilityDatabase) => Table<R, [string, string]>,
  assessmentId: string
): LiveResult<R[]> {
  return useDatabaseQuery(
    (db) => table(db).where('assessmentId').equals(assessmentId).toArray(),
    [assessmentId]
  )
}

export function useAnswers(assessmentId: string): LiveResult<AnswerRow[]> {
  return useOwnRows((db) => db.answers, assessmentId)
}

export function useFactorEntries(assessmentId: string): LiveResult<FactorRow[]> {
  return useOwnRows((db) => db.factorInputs, assessmentId)
}

export function useFindingRecords(assessmentId: string): LiveResult<FindingRow[]> {
  return useOwnRows((db) => db.findings, assessmentId)
}

/** The audit trail, newest first. */
export function useAuditLog(assessmentId: string): LiveResult<AuditRow[]> {
  return useDatabaseQuery(
    async (db) =>
      sortAuditRows(
        await db.auditLog.where('assessmentId').equals(assessmentId).sortBy('at')
      ).reverse(),
    [assessmentId]
  )
}

/** The exact bank an assessment was created with (null when it is not installed). */
export function useBankByHash(contentHash: string | undefined): LiveResult<Bank | null> {
  return useDatabaseQuery(
    async (db) => (contentHash ? ((await db.banks.get(contentHash))?.bank ?? null) : null),
    [contentHash]
  )
}
