import type { Assessment } from '@shared/assessment/assessment'
import {
  applyMerge,
  MergeError,
  planMerge,
  type ApplyMergeOptions,
  type MergePlan,
  type MergePlanResult,
  type MergeResolutions
} from '@shared/merge'
import type { FigureMeasurer } from '@shared/registers/figure-measurer'
import type { StabilityDatabase } from '../database'
import { guardStorage, StorageError } from '../storage-error'
import { assessmentTables, loadExistingAssessment, replaceAssessmentRows } from './assessments'
import { requireEditable } from './audited-change'
import { storeReferencedEvidence, type CarriedEvidence } from './evidence'

/**
 * Plans merging `theirs` (from a package or a filled questionnaire form) into the stored copy of
 * the same assessment. Refused (ok: false, with the reason) for another assessment or bank, or a
 * finalized assessment ("reopen it first"). Changes nothing.
 */
export async function planStoredMerge(
  db: StabilityDatabase,
  theirs: Assessment,
  /** The bank's measures: which figures a register of theirs changes. */
  measurer?: FigureMeasurer
): Promise<{ mine: Assessment; result: MergePlanResult }> {
  const mine = await loadExistingAssessment(db, theirs.id)
  return { mine, result: planMerge(mine, theirs, measurer) }
}

/**
 * Applies a merge plan with the lead's resolutions to the stored assessment in ONE transaction:
 * re-reads it (refusing when it is finalized or in the trash, or changed since the plan), lets
 * applyMerge build the merged assessment (one `assessment.merge` audit entry per resolution and a
 * summary entry; with `options.measurer`, the registers' figures measured again from the registers
 * that stand, with a `factor.set` entry), then replaces the assessment's rows with it. Nothing is written on any refusal.
 * Returns the merged assessment.
 */
export function applyStoredMerge(
  db: StabilityDatabase,
  plan: MergePlan,
  resolutions: MergeResolutions,
  options: ApplyMergeOptions,
  /** Files a package carried for `theirs` and not yet stored: those the result references are stored. */
  carried?: CarriedEvidence
): Promise<Assessment> {
  const id = plan.assessmentId
  const tables = assessmentTables(db)
  return guardStorage(() =>
    db.transaction('rw', carried ? [...tables, db.evidence] : tables, async () => {
      const row = await requireEditable(db, id)
      const mine = await loadExistingAssessment(db, id)
      let merged: Assessment
      try {
        merged = applyMerge(mine, plan, resolutions, options)
      } catch (error) {
        if (error instanceof MergeError) throw new StorageError('invalid', error.message)
        throw error
      }
      if (merged === mine) return mine
      if (carried) await storeReferencedEvidence(db, merged, carried, options.at)
      await replaceAssessmentRows(db, row, merged)
      return merged
    })
  )
}
