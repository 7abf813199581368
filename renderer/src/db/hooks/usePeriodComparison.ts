import type { Assessment } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import type { AssessmentRow } from '../schema'
import type { StabilityDatabase } from '../database'
import { useDatabaseQuery, type LiveResult } from './live-query'

/** Another period of the same institution that an assessment can be compared with. */
export interface PeriodCandidate {
  id: string
  period: { start: string; end: string }
  reportNumber?: string
  status: AssessmentRow['status']
  trashed: boolean
  /** Its bank version (another version of the same bank is compared through the upgrade mapping). */
  bankVersion: string
}

export interface PeriodCandidates {
  /** Same institution, same bank id (any version): comparable, latest period first. */
  comparable: PeriodCandidate[]
  /** Same institution on another bank (another bank id): not comparable. */
  otherBank: number
}

/** The other periods of `assessment`'s institution, live. */
export function usePeriodCandidates(
  assessment: Pick<AssessmentRow, 'id' | 'metadata' | 'bank'>
): LiveResult<PeriodCandidates> {
  const { id, bank } = assessment
  const institution = assessment.metadata.institution
  return useDatabaseQuery(
    async (db) => {
      const rows = await db.assessments
        .filter((row) => row.id !== id && row.metadata.institution === institution)
        .toArray()
      const comparable = rows
        .filter((row) => row.bank.id === bank.id)
        .map((row): PeriodCandidate => ({
          id: row.id,
          period: row.metadata.period,
          ...(row.metadata.reportNumber === undefined
            ? {}
            : { reportNumber: row.metadata.reportNumber }),
          status: row.status,
          trashed: row.deletedAt !== undefined,
          bankVersion: row.bank.version
        }))
        .sort((a, b) => (a.period.end < b.period.end ? 1 : a.period.end > b.period.end ? -1 : 0))
      return { comparable, otherBank: rows.length - comparable.length }
    },
    [id, institution, bank.id]
  )
}

/** A stored assessment with its exact bank, as scoring and comparing need it. */
export interface ScorableAssessment {
  assessment: Assessment
  bank: Bank
}

/**
 * One stored assessment with what scoring and comparing need (answers, factor inputs, findings;
 * not the audit log) and its exact bank; null when it or its bank is gone.
 */
async function readScorable(
  db: StabilityDatabase,
  row: AssessmentRow
): Promise<ScorableAssessment | null> {
  const id = row.id
  const [answers, factors, findings, bank] = await Promise.all([
    db.answers.where('assessmentId').equals(id).toArray(),
    db.factorInputs.where('assessmentId').equals(id).toArray(),
    db.findings.where('assessmentId').equals(id).toArray(),
    db.banks.get(row.bank.contentHash)
  ])
  if (!bank) return null
  const { deletedAt: _deletedAt, summary: _summary, ...header } = row
  const strip = <T extends { assessmentId: string }>({ assessmentId: _a, ...rest }: T) => rest
  return {
    assessment: {
      ...header,
      answers: answers.map(strip),
      factors: factors.map(strip),
      findings: findings.map(strip),
      auditLog: []
    },
    bank: bank.bank
  }
}

/** One stored assessment, scorable (see readScorable), live; null when it or its bank is gone. */
export function useComparedAssessment(
  id: string | undefined
): LiveResult<ScorableAssessment | null> {
  return useDatabaseQuery(
    async (db) => {
      if (id === undefined) return null
      const row = await db.assessments.get(id)
      return row ? readScorable(db, row) : null
    },
    [id]
  )
}

/**
 * Every period of an institution on this computer (not in the trash), on any bank version,
 * scorable, live: what the trend over periods is drawn from. An assessment whose bank is gone
 * is left out.
 */
export function useInstitutionPeriods(institution: string): LiveResult<ScorableAssessment[]> {
  return useDatabaseQuery(
    async (db) => {
      const rows = await db.assessments
        .filter((row) => row.deletedAt === undefined && row.metadata.institution === institution)
        .toArray()
      const read = await Promise.all(rows.map((row) => readScorable(db, row)))
      return read.filter((item): item is ScorableAssessment => item !== null)
    },
    [institution]
  )
}
