import type { Bank } from '@shared/bank/bank'
import { sortAuditRows } from '../repos/audit'
import type { AnswerRow, AssessmentRow, AuditRow, FactorRow, FindingRow } from '../schema'
import { useDatabaseQuery, type LiveResult } from './live-query'

export function useAssessmentRow(id: string): LiveResult<AssessmentRow | null> {
  return useDatabaseQuery(async (db) => (await db.assessments.get(id)) ?? null, [id])
}

export function useAnswers(assessmentId: string): LiveResult<AnswerRow[]> {
  return useDatabaseQuery(
    (db) => db.answers.where('assessmentId').equals(assessmentId).toArray(),
    [assessmentId]
  )
}

export function useFactorEntries(assessmentId: string): LiveResult<FactorRow[]> {
  return useDatabaseQuery(
    (db) => db.factorInputs.where('assessmentId').equals(assessmentId).toArray(),
    [assessmentId]
  )
}

export function useFindingRecords(assessmentId: string): LiveResult<FindingRow[]> {
  return useDatabaseQuery(
    (db) => db.findings.where('assessmentId').equals(assessmentId).toArray(),
    [assessmentId]
  )
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
