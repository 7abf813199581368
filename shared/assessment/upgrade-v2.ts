import type { RawAssessmentFile } from './upgrade'

/**
 * Format 2 → 3. Format 3 adds only optional fields — evidence `effectiveDate` and `caption`, the
 * remediation register's fields on findings, `previousPeriod` — the audit action
 * `evidence.update` and the finding status `verified`, so a format 2 file says the same thing in
 * format 3: the upgrade only restamps the version. Its content hash, and so a finalization seal,
 * is unchanged.
 */
export function upgradeV2toV3(file: Readonly<RawAssessmentFile>): RawAssessmentFile {
  return { ...file, formatVersion: 3 }
}
