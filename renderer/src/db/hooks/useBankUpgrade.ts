import type { Assessment, AuditEntry } from '@shared/assessment/assessment'
import {
  applyBankUpgrade,
  planBankUpgrade,
  undoableBankUpgrade,
  type BankUpgradePlan,
  type BankUpgradeRefusal
} from '@shared/assessment/bank-upgrade'
import type { LocalizedText } from '@shared/bank/primitives'
import { scoreAssessment } from '@shared/scoring'
import { loadAssessment } from '../repos/assessments'
import { readLatestAudit } from '../repos/audit'
import { getBankRow } from '../repos/bank-catalog'
import { useDatabaseQuery, type LiveResult } from './live-query'

/** What the 升级题库 screen shows for one target version: the plan and the scores either side. */
export type BankUpgradeView =
  | {
      ok: true
      plan: BankUpgradePlan
      scoreBefore: number | null
      scoreAfter: number | null
      /** Section titles of both versions by id, to name where a moved item was and is. */
      sectionTitles: ReadonlyMap<string, LocalizedText>
    }
  | { ok: false; refusal: BankUpgradeRefusal | { problem: 'notInstalled' } }

/**
 * The plan of moving the stored assessment to the installed bank `toHash`, live: it follows every
 * stored change, and changes nothing. Undefined while loading or when no target is chosen.
 */
export function useBankUpgradeView(
  assessmentId: string,
  toHash: string | undefined
): LiveResult<BankUpgradeView | null> {
  return useDatabaseQuery(
    async (db) => {
      const assessment: Assessment | undefined = await loadAssessment(db, assessmentId)
      if (assessment === undefined) return null
      if (toHash === undefined) return { ok: false, refusal: { problem: 'notInstalled' } }
      const [from, to] = await Promise.all([
        getBankRow(db, assessment.bank.contentHash),
        getBankRow(db, toHash)
      ])
      if (from === undefined || to === undefined)
        return { ok: false, refusal: { problem: 'notInstalled' } }
      const planned = planBankUpgrade(assessment, from.bank, to.bank)
      if (!planned.ok) return { ok: false, refusal: planned.refusal }
      const upgraded = applyBankUpgrade(assessment, planned.plan, to.bank, {
        by: '',
        at: assessment.updatedAt,
        auditId: 'preview'
      })
      return {
        ok: true,
        plan: planned.plan,
        scoreBefore: scoreAssessment(from.bank, assessment).overall.score,
        scoreAfter: scoreAssessment(to.bank, upgraded).overall.score,
        sectionTitles: new Map(
          [from.bank, to.bank].flatMap((bank) =>
            bank.pillars.flatMap((p) => p.sections.map((s) => [s.id, s.title] as const))
          )
        )
      }
    },
    [assessmentId, toHash]
  )
}

/**
 * The assessment's last bank upgrade while nothing changed since (it can be undone), live. A query
 * of its own that reads only the header and the newest audit entry: after Apply it answers at
 * once, while the plan query above re-plans against the other version, which takes seconds.
 */
export function useUndoableBankUpgrade(assessmentId: string): LiveResult<AuditEntry | null> {
  return useDatabaseQuery(
    async (db) => {
      const [row, latest] = await Promise.all([
        db.assessments.get(assessmentId),
        readLatestAudit(db, assessmentId)
      ])
      if (row === undefined || latest === undefined) return null
      const { assessmentId: _owner, ...entry } = latest
      return undoableBankUpgrade({ status: row.status, auditLog: [entry] })
    },
    [assessmentId]
  )
}
