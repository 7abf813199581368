import { assessmentContentHash } from '@shared/assessment/canonical'
import type { Assessment } from '@shared/assessment/assessment'
import type { StabilityDatabase } from '../database'
import { guardStorage } from '../storage-error'
import { assessmentTables, loadExistingAssessment } from './assessments'
import { finalizeAssessment } from './lifecycle'

export type Finalization = NonNullable<Assessment['finalization']>

/**
 * Seals and finalizes in one transaction: the canonical content is read and hashed inside the same
 * transaction that sets the status, so no autosave landing in between can make the seal describe
 * content other than what is stored. Resolves with the seal once IndexedDB has committed.
 */
export function finalizeWithSeal(
  db: StabilityDatabase,
  id: string,
  by: string,
  now: Date = new Date()
): Promise<Finalization> {
  return guardStorage(() =>
    db.transaction('rw', assessmentTables(db), async () => {
      const assessment = await loadExistingAssessment(db, id)
      const contentHash = assessmentContentHash(assessment)
      await finalizeAssessment(db, id, { by, contentHash }, now)
      // As stored: the seal also records the audit chain's head it covered.
      return (await db.assessments.get(id))!.finalization!
    })
  )
}
