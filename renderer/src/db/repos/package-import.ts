import type { Assessment } from '@shared/assessment/assessment'
import { validateAssessmentAgainstBank } from '@shared/assessment/validate'
import type { Bank } from '@shared/bank/bank'
import { bankRef } from '@shared/bank/identity'
import {
  assessmentPartPath,
  readPackage,
  type PackageContents,
  type PackageLimits
} from '@shared/package'
import { fileReferences } from '@shared/package/read-parts'
import { issueText } from '@shared/util/issue-codes'
import type { ValidationIssue } from '@shared/util/validation'
import { inPart, partIssue } from '@shared/util/validation'
import type { StabilityDatabase } from '../database'
import { guardStorage } from '../storage-error'
import { withAuditEntry } from './audit'
import { assessmentTables, putWholeAssessment } from './assessments'
import { storeReferencedEvidence, type CarriedEvidence } from './evidence'

export interface PackageImportContext {
  /** Who imports (audit `by`). */
  by: string
  /** The package file's name, recorded in each imported assessment's audit trail. */
  fileName: string
}

export type PackageImportOutcome =
  | {
      ok: true
      /** Written as new assessments, in package order. */
      imported: Array<{ id: string; institution: string }>
      /**
       * Assessments whose id is already stored: NOT written. The caller offers merge
       * (planStoredMerge / applyStoredMerge) or import as a copy (importAssessment).
       */
      exists: Assessment[]
      /**
       * The files the package carries for the `exists` assessments, NOT stored: merging or
       * copying stores those the result references (storeReferencedEvidence), so a cancelled
       * choice leaves no unreferenced file behind.
       */
      carried: CarriedEvidence
      banksInstalled: number
    }
  /** Refused: nothing was written. Each issue names the package part and field, and why. */
  | { ok: false; issues: ValidationIssue[] }

/**
 * Imports an assessment package (docs/package-format.md). readPackage checks the whole file first
 * (sizes, zip-bomb and path guards, manifest, hashes, every assessment and bank); then ONE
 * transaction over every table it touches checks each assessment against its exact bank (installed
 * or carried in the package) and only then writes: missing banks installed, the evidence files of
 * the new assessments stored (content-addressed, never replaced), new assessments inserted with an `assessment.import` audit
 * entry. An assessment whose id already exists is never overwritten: it comes back in `exists`.
 * On any problem — or if the browser dies half-way — nothing of the package is stored.
 */
export async function importPackage(
  db: StabilityDatabase,
  bytes: Uint8Array,
  context: PackageImportContext,
  now: Date = new Date(),
  limits?: Partial<PackageLimits>
): Promise<PackageImportOutcome> {
  const read = readPackage(bytes, limits)
  if (!read.ok) return { ok: false, issues: read.issues }
  return importCheckedPackage(db, read.value, context, now)
}

/**
 * The writing half of importPackage, for a package already read and checked by readPackage —
 * in the app, off the UI thread (features/file-check). Same single transaction, same outcome.
 */
export function importCheckedPackage(
  db: StabilityDatabase,
  contents: PackageContents,
  context: PackageImportContext,
  now: Date = new Date()
): Promise<PackageImportOutcome> {
  const { assessments, evidence, banks } = contents
  const carried = new Map<string, Bank>()
  for (const bank of banks) carried.set(bankRef(bank).contentHash, bank)
  const at = now.toISOString()

  return guardStorage(() =>
    db.transaction(
      'rw',
      [db.banks, ...assessmentTables(db), db.evidence],
      async (): Promise<PackageImportOutcome> => {
        // Every check before the first write, so a refusal writes nothing even without the rollback.
        const issues: ValidationIssue[] = []
        const toInstall = new Map<string, Bank>()
        for (const assessment of assessments) {
          const part = assessmentPartPath(assessment.id)
          const ref = assessment.bank
          const installed = await db.banks.get(ref.contentHash)
          const bank =
            installed && installed.id === ref.id && installed.version === ref.version
              ? installed.bank
              : carried.get(ref.contentHash)
          if (!bank) {
            issues.push(
              partIssue(
                part,
                issueText('package.bankMissing', { id: ref.id, version: ref.version }),
                'assessment.bank'
              )
            )
            continue
          }
          if (!installed) toInstall.set(ref.contentHash, bank)
          // readPackage already checked it against a carried bank of the same content hash.
          if (carried.has(ref.contentHash)) continue
          issues.push(...inPart(part, validateAssessmentAgainstBank(assessment, bank)))
        }
        if (issues.length > 0) return { ok: false, issues }

        for (const [contentHash, bank] of toInstall)
          await db.banks.add({
            contentHash,
            id: bank.id,
            version: bank.version,
            origin: 'imported',
            installedAt: at,
            bank
          })
        const imported: Array<{ id: string; institution: string }> = []
        const exists: Assessment[] = []
        const mimeTypes = mimeTypesOf(assessments)
        const carriedFiles = new Map<string, { bytes: Uint8Array; mimeType: string }>()
        for (const [sha256, bytes] of evidence)
          carriedFiles.set(sha256, { bytes, mimeType: mimeTypes.get(sha256) ?? '' })
        for (const assessment of assessments) {
          if (await db.assessments.get(assessment.id)) {
            exists.push(assessment)
            continue
          }
          // Only the files of assessments written here: the others wait for merge or copy.
          await storeReferencedEvidence(db, assessment, carriedFiles, at)
          await putWholeAssessment(
            db,
            withAuditEntry(assessment, {
              at,
              by: context.by,
              action: 'assessment.import',
              newValue: { fileName: context.fileName.slice(0, 500), package: true }
            })
          )
          imported.push({ id: assessment.id, institution: assessment.metadata.institution })
        }
        const wanted = new Set(
          exists.flatMap((assessment) => fileReferences(assessment).map(({ ref }) => ref.sha256))
        )
        const waiting = new Map([...carriedFiles].filter(([sha256]) => wanted.has(sha256)))
        return { ok: true, imported, exists, carried: waiting, banksInstalled: toInstall.size }
      }
    )
  )
}

/** The MIME type the assessments give each evidence file (the first that says one). */
function mimeTypesOf(assessments: readonly Assessment[]): Map<string, string> {
  const out = new Map<string, string>()
  for (const assessment of assessments)
    for (const { ref } of fileReferences(assessment))
      if (ref.mimeType && !out.has(ref.sha256)) out.set(ref.sha256, ref.mimeType)
  return out
}
