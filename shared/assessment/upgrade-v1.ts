import type { RawAssessmentFile } from './upgrade'

/**
 * Format 1 → 2. Format 2 adds only optional fields (metadata.reportNumber,
 * metadata.confidentiality, narrative), so a format 1 file says the same thing in format 2: the
 * upgrade only restamps the version. Its content hash, and so a finalization seal, is unchanged.
 */
export function upgradeV1toV2(file: Readonly<RawAssessmentFile>): RawAssessmentFile {
  return { ...file, formatVersion: 2 }
}
