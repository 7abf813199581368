import type { RawAssessmentFile } from './upgrade'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Format 2 → 3. Format 3 adds optional fields — evidence `effectiveDate` and `caption`, the
 * remediation register's fields on findings, `previousPeriod` — the audit actions
 * `evidence.update`, `assessment.bankUpgrade` and `assessment.bankUpgradeUndo`, the finding
 * status `verified`, and key systems. The scope was a list of system names (`metadata.scope`);
 * format 3 keeps key systems (`metadata.systems`) with an id each, so per-system factor inputs
 * (`bySystem`) can be keyed by them. Each name becomes a system `sys-1`, `sys-2`, … in the same
 * order. The canonical content of such a list is the old name list (canonical.ts), so a
 * finalization seal made under format 1 or 2 still holds.
 */
export function upgradeV2toV3(file: Readonly<RawAssessmentFile>): RawAssessmentFile {
  const assessment = file.assessment
  if (!isRecord(assessment) || !isRecord(assessment.metadata)) return { ...file, formatVersion: 3 }
  const { scope, ...rest } = assessment.metadata
  // Nothing to turn into key systems (a file that never had a scope list).
  if (scope === undefined) return { ...file, formatVersion: 3 }
  if (!Array.isArray(scope))
    throw new Error('assessment.metadata.scope must be a list of system names')
  const systems = scope.map((name: unknown, i: number) => {
    if (typeof name !== 'string')
      throw new Error(`assessment.metadata.scope[${i}] must be a system name (a text)`)
    return { id: legacySystemId(i), name }
  })
  return {
    ...file,
    formatVersion: 3,
    assessment: { ...assessment, metadata: { ...rest, systems } }
  }
}

/** The id format 2's i-th (0-based) scope entry gets: `sys-1`, `sys-2`, … */
export const legacySystemId = (index: number): string => `sys-${index + 1}`
