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
export async function loadReportItems(ids: readonly string[]): Promise<ReportItem[]> {
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
    items.push(registers ? { assessment, bank, registers } : { assessment, bank })
  }
  return items
}
