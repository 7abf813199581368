import type { Assessment } from '@shared/assessment/assessment'
import { validateAssessmentAgainstBank } from '@shared/assessment/validate'
import type { ValidationIssue } from '@shared/util/validation'
import type { StabilityDatabase } from '../database'
import { guardStorage } from '../storage-error'
import { withAuditEntry } from './audit'
import { assessmentTables, putWholeAssessment } from './assessments'
import { storeReferencedEvidence, type CarriedEvidence } from './evidence'

export type ImportOutcome =
  /** Written; `copiedFrom` is set when the file's id was taken and the copy got a new one. */
  | { ok: true; id: string; copiedFrom?: string }
  /** The exact bank the assessment was made with is not installed: nothing written. */
  | { ok: false; reason: 'bankMissing'; bank: Assessment['bank'] }
  /** The assessment does not fit its bank: nothing written. */
  | { ok: false; reason: 'invalid'; issues: ValidationIssue[] }

/**
 * Imports an already parsed assessment file: checks it against the exact installed bank, gives it
 * a new id if its own is taken (a full merge comes later), logs the import in its audit trail and
 * writes everything in one transaction. (The home list scores new assessments by itself.) On any problem nothing is written.
 */
export function importAssessment(
  db: StabilityDatabase,
  assessment: Assessment,
  context: { by: string; fileName: string },
  now: Date = new Date(),
  /** Files a package carried for it and not yet stored here (importPackage's `carried`). */
  carried?: CarriedEvidence
): Promise<ImportOutcome> {
  const tables = [db.banks, ...assessmentTables(db)]
  return guardStorage(() =>
    db.transaction(
      'rw',
      carried ? [...tables, db.evidence] : tables,
      async (): Promise<ImportOutcome> => {
        const ref = assessment.bank
        const bankRow = await db.banks.get(ref.contentHash)
        if (!bankRow || bankRow.id !== ref.id || bankRow.version !== ref.version) {
          return { ok: false, reason: 'bankMissing', bank: ref }
        }
        const issues = validateAssessmentAgainstBank(assessment, bankRow.bank)
        if (issues.length > 0) return { ok: false, reason: 'invalid', issues }

        const taken = (await db.assessments.get(assessment.id)) !== undefined
        const id = taken ? crypto.randomUUID() : assessment.id
        const imported: Assessment = withAuditEntry(
          { ...assessment, id },
          {
            at: now.toISOString(),
            by: context.by,
            action: 'assessment.import',
            newValue: {
              fileName: context.fileName,
              ...(taken ? { copiedFrom: assessment.id } : {})
            }
          }
        )
        if (carried) await storeReferencedEvidence(db, imported, carried, now.toISOString())
        await putWholeAssessment(db, imported)
        return taken ? { ok: true, id, copiedFrom: assessment.id } : { ok: true, id }
      }
    )
  )
}
