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
  return guardStorage(() =>
    db.transaction('rw', TABLES(db), async () => {
      const row = await requireEditable(db, id)
      const { assessment, to, plan } = await planStoredBankUpgrade(db, id, toHash)
      const upgraded = applyBankUpgrade(assessment, plan, to, {
        by,
        at: now.toISOString(),
        auditId: newAuditId()
      })
      if (upgraded !== assessment) await replaceAssessmentRows(db, row, upgraded)
      return upgraded
    })
  )
}

/** Undoes the last bank upgrade while it is the latest change, in one transaction. */
export function undoStoredBankUpgrade(
  db: StabilityDatabase,
  id: string,
  by: string,
  now: Date = new Date()
): Promise<Assessment> {
  return guardStorage(() =>
    db.transaction('rw', TABLES(db), async () => {
      const row = await requireEditable(db, id)
      const assessment = await loadExistingAssessment(db, id)
      let undone: Assessment
      try {
        undone = undoBankUpgrade(assessment, { by, at: now.toISOString(), auditId: newAuditId() })
      } catch (error) {
        throw new StorageError('invalid', (error as Error).message)
      }
      await replaceAssessmentRows(db, row, undone)
      return undone
    })
  )
}
