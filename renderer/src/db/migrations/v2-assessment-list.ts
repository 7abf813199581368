import type { Transaction } from 'dexie'
import type { AssessmentListRow, AssessmentRow } from '../schema'
import { systemNamesOf, type LegacyAssessmentRow } from './v3-key-systems'

/**
 * The line an assessment gets before it is scored: its own fields, the stored summary if it has
 * one, and an empty `basedOn`, so the home screen rescores it (repos/summary.ts). Scoring here
 * would hold the upgrade transaction for every answer of every assessment.
 */
export function unscoredListRow(row: AssessmentRow | LegacyAssessmentRow): AssessmentListRow {
  const line: AssessmentListRow = {
    id: row.id,
    institution: row.metadata.institution,
    // Database version 2 ran before version 3 gave rows key systems: read either shape.
    scope: systemNamesOf(row.metadata),
    assessors: row.metadata.assessors,
    period: row.metadata.period,
    status: row.status,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    bank: { id: row.bank.id, version: row.bank.version },
    score: row.summary?.score ?? null,
    level: row.summary?.level ?? null,
    levelCode: null,
    levelLabel: null,
    completion: row.summary?.completion ?? 0,
    basedOn: ''
  }
  if (row.deletedAt) line.deletedAt = row.deletedAt
  return line
}

/**
 * v1 → v2: fills the home list's lines from the assessments already stored. Idempotent (a put per
 * assessment), so an upgrade interrupted by a crash is simply run again on the next start.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const rows = await tx.table<AssessmentRow | LegacyAssessmentRow, string>('assessments').toArray()
  await tx.table<AssessmentListRow, string>('assessmentList').bulkPut(rows.map(unscoredListRow))
}
