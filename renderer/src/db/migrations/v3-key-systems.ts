import type { Transaction } from 'dexie'
import { upgradeV2toV3 } from '@shared/assessment/upgrade-v2'
import type { AssessmentRow } from '../schema'

/** An assessment row as versions 1 and 2 of the database stored it: scope as a list of names. */
export type LegacyAssessmentRow = Omit<AssessmentRow, 'metadata'> & {
  metadata: Omit<AssessmentRow['metadata'], 'systems'> & { scope?: string[] }
}

/** The names of the systems in scope, from a row of either shape. */
export function systemNamesOf(
  metadata: LegacyAssessmentRow['metadata'] | AssessmentRow['metadata']
): string[] {
  if ('systems' in metadata && Array.isArray(metadata.systems))
    return metadata.systems.map((system) => system.name)
  return 'scope' in metadata ? (metadata.scope ?? []) : []
}

/**
 * A stored row in the current shape: the scope names become key systems `sys-1`, `sys-2`, … as
 * assessment files of format 2 do (shared/assessment/upgrade-v2.ts, whose canonical form keeps
 * a finalization seal valid). A row already in the current shape is returned as it is.
 */
export function withKeySystems(row: LegacyAssessmentRow | AssessmentRow): AssessmentRow {
  if ('systems' in row.metadata && Array.isArray(row.metadata.systems)) return row as AssessmentRow
  const upgraded = upgradeV2toV3({ formatVersion: 2, assessment: row })
  return upgraded.assessment as AssessmentRow
}

/**
 * v2 → v3: an assessment's scope becomes a list of key systems (with ids, so per-system factor
 * inputs can be keyed by them). Idempotent: rows already converted are left as they are, so an
 * upgrade interrupted by a crash simply runs again.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const table = tx.table<LegacyAssessmentRow | AssessmentRow, string>('assessments')
  const rows = await table.toArray()
  const changed = rows.filter((row) => withKeySystems(row) !== row).map(withKeySystems)
  if (changed.length > 0) await table.bulkPut(changed)
}
