import type { Assessment } from '@shared/assessment/assessment'
import { getDatabase } from '../../db/database'
import { loadAssessment } from '../../db/repos/assessments'
import { getBank } from '../../db/repos/banks'
import { readRegisters } from '../../db/repos/registers'
import type { ReportItem } from './report-file'

/** Why an assessment cannot be reported: it is gone, or its exact bank is not installed. */
export class ReportItemError extends Error {
  constructor(
    readonly reason: 'missing' | 'bankMissing',
    readonly detail: { id: string; institution?: string; bank?: string }
  ) {
    super(`${reason}: ${detail.id}`)
    this.name = 'ReportItemError'
  }
}

/**
 * Reads each assessment whole from storage (answers, factors, findings, audit log) with the exact
 * bank it was made for (id, version and content hash), in the given order.
 */
export async function loadReportItems(
  ids: readonly string[],
  /** The period to compare a single assessment with, instead of the one it continues. */
  previousId?: string
): Promise<ReportItem[]> {
  const db = getDatabase()
  const items: ReportItem[] = []
  for (const id of ids) {
    const assessment = await loadAssessment(db, id)
    if (!assessment) throw new ReportItemError('missing', { id })
    const bank = await getBank(db, assessment.bank)
    if (!bank)
      throw new ReportItemError('bankMissing', {
        id,
        institution: assessment.metadata.institution,
        bank: `${assessment.bank.id} ${assessment.bank.version}`
      })
    const registers = await readRegisters(db, id)
    const previous = await loadPreviousPeriod(assessment, ids.length === 1 ? previousId : undefined)
    items.push({
      assessment,
      bank,
      ...(registers ? { registers } : {}),
      ...(previous ? { previous } : {})
    })
  }
  return items
}

/**
 * The period an assessment continues (`previousPeriod`), when it is still stored and on the same
 * bank id (another version is compared through the bank-upgrade mapping) — otherwise no
 * comparison sheet.
 */
async function loadPreviousPeriod(
  assessment: Assessment,
  chosenId: string | undefined
): Promise<ReportItem['previous'] | undefined> {
  const id = chosenId ?? assessment.previousPeriod?.assessmentId
  if (id === undefined) return undefined
  const db = getDatabase()
  const previous = await loadAssessment(db, id)
  if (!previous) return undefined
  if (previous.bank.id !== assessment.bank.id) return undefined
  const bank = await getBank(db, previous.bank)
  return bank ? { assessment: previous, bank } : undefined
}
