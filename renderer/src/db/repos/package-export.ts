import type { Assessment } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import { fileReferences } from '@shared/package/read-parts'
import { writePackage, type PackageEvidence } from '@shared/package'
import type { StabilityDatabase } from '../database'
import { guardStorage, StorageError } from '../storage-error'
import { loadExistingAssessment } from './assessments'

export interface PackageExportOptions {
  /** e.g. `Stability Assessor 0.1.0 (browser)`. */
  generator: string
  /** ISO date-time; passed in so the same data gives the same package. */
  exportedAt: string
}

/** What an export wrote: the package bytes and what is in it (for the file name and the notice). */
export interface PackageExport {
  bytes: Uint8Array
  assessments: Assessment[]
}

/**
 * Exports one or several assessments as a package (docs/package-format.md): each assessment as
 * stored (audit log included), the bytes of every attached file it references, and the exact bank
 * it was answered against, so the package opens where that bank is not installed. Reads each
 * assessment in its own read transaction; throws StorageError('notFound') for an unknown id and
 * StorageError('invalid') when a referenced evidence file is not stored here (the package would be
 * refused on import, so it is not written at all).
 */
export async function exportPackage(
  db: StabilityDatabase,
  ids: readonly string[],
  options: PackageExportOptions
): Promise<PackageExport> {
  const assessments: Assessment[] = []
  for (const id of new Set(ids)) {
    const assessment = await loadExistingAssessment(db, id)
    assessments.push(assessment)
  }
  const banks = new Map<string, Bank>()
  const evidence: PackageEvidence[] = []
  const missing: string[] = []
  await guardStorage(async () => {
    for (const assessment of assessments) {
      const row = await db.banks.get(assessment.bank.contentHash)
      if (row) banks.set(row.contentHash, row.bank)
    }
    const wanted = new Set(assessments.flatMap((a) => fileReferences(a).map((f) => f.ref.sha256)))
    for (const sha256 of [...wanted].sort()) {
      const stored = await db.evidence.get(sha256)
      if (!stored) {
        missing.push(sha256)
        continue
      }
      const bytes = new Uint8Array(await stored.blob.arrayBuffer())
      evidence.push({ sha256, bytes, ...(stored.mimeType ? { mimeType: stored.mimeType } : {}) })
    }
  })
  if (missing.length > 0) {
    throw new StorageError(
      'invalid',
      `attached files are not stored on this computer: ${missing.map((s) => s.slice(0, 12)).join(', ')}`
    )
  }
  const bytes = writePackage({
    assessments,
    evidence,
    banks: [...banks.values()],
    generator: options.generator,
    exportedAt: options.exportedAt
  })
  return { bytes, assessments }
}
