import type { Assessment } from '@shared/assessment/assessment'
import {
  applyBankUpgrade,
  planBankUpgrade,
  undoBankUpgrade,
  type BankUpgradePlan
} from '@shared/assessment/bank-upgrade'
import type { Bank } from '@shared/bank/bank'
import type { StabilityDatabase } from '../database'
import { guardStorage, StorageError } from '../storage-error'
import { assessmentTables, loadExistingAssessment, replaceAssessmentRows } from './assessments'
import { newAuditId } from './audit'
import { requireEditable } from './audited-change'

/** The assessment, the bank it is on and the version it would move to, with the plan. Changes nothing. */
export interface StoredBankUpgrade {
  assessment: Assessment
  from: Bank
  to: Bank
  plan: BankUpgradePlan
}

async function bankOf(db: StabilityDatabase, contentHash: string): Promise<Bank> {
  const row = await db.banks.get(contentHash)
  if (!row) throw new StorageError('notFound', `bank ${contentHash} is not installed`)
  return row.bank
}

/** Plans moving a stored assessment to the installed bank `toHash`; refusals are StorageErrors. */
export function planStoredBankUpgrade(
  db: StabilityDatabase,
  id: string,
  toHash: string
): Promise<StoredBankUpgrade> {
  return guardStorage(async () => {
    const assessment = await loadExistingAssessment(db, id)
    const from = await bankOf(db, assessment.bank.contentHash)
    const to = await bankOf(db, toHash)
    const planned = planBankUpgrade(assessment, from, to)
    if (!planned.ok)
      throw new StorageError('invalid', `bank upgrade refused: ${planned.refusal.problem}`)
    return { assessment, from, to, plan: planned.plan }
  })
}

const TABLES = (db: StabilityDatabase) => [...assessmentTables(db), db.banks]

/** Who changes the assessment, when, and the id of the change's audit entry. */
interface ChangeStamp {
  by: string
  at: string
  auditId: string
}

/**
 * One transaction over the assessment's rows and the banks: `change` turns the stored, editable
 * assessment into its next version, which replaces the stored rows (unless it is the same one).
 */
function rewriteStored(
  db: StabilityDatabase,
  id: string,
  stamp: { by: string; now: Date },
  change: (stamp: ChangeStamp) => Promise<{ stored: Assessment; next: Assessment }>
): Promise<Assessment> {
  return guardStorage(() =>
    db.transaction('rw', TABLES(db), async () => {
      const row = await requireEditable(db, id)
      const { stored, next } = await change({
        by: stamp.by,
        at: stamp.now.toISOString(),
        auditId: newAuditId()
      })
      if (next !== stored) await replaceAssessmentRows(db, row, next)
      return next
    })
  )
}

/**
 * Moves the stored assessment to the bank `toHash` in ONE transaction with one audit entry:
 * re-read and re-planned inside it, so what is written is what the stored rows say now.
 */
export function applyStoredBankUpgrade(
  db: StabilityDatabase,
  id: string,
  toHash: string,
  by: string,
  now: Date = new Date()
): Promise<Assessment> {
  return rewriteStored(db, id, { by, now }, async (stamp) => {
    const { assessment, to, plan } = await planStoredBankUpgrade(db, id, toHash)
    return { stored: assessment, next: applyBankUpgrade(assessment, plan, to, stamp) }
  })
}

/** Undoes the last bank upgrade while it is the latest change, in one transaction. */
export function undoStoredBankUpgrade(
  db: StabilityDatabase,
  id: string,
  by: string,
  now: Date = new Date()
): Promise<Assessment> {
  return rewriteStored(db, id, { by, now }, async (stamp) => {
    const assessment = await loadExistingAssessment(db, id)
    try {
      return { stored: assessment, next: undoBankUpgrade(assessment, stamp) }
    } catch (error) {
      throw new StorageError('invalid', (error as Error).message)
    }
  })
}
