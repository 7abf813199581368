import { useState } from 'react'
import type { Assessment } from '@shared/assessment/assessment'
import { DEFAULT_PACKAGE_LIMITS } from '@shared/package/limits'
import type { ValidationIssue } from '@shared/util/validation'
import { getDatabase } from '../../db/database'
import { useAssessorName } from '../../db/hooks/useAssessorName'
import type { CarriedEvidence } from '../../db/repos/evidence'
import { readPickedFile } from '../../platform/browser-platform'
import { useUnlock } from '../protection/useProtection'

/** An assessment of the package that already exists here, and what the user did with it. */
export interface ExistingItem {
  assessment: Assessment
  state: 'pending' | 'copied' | 'merged'
  /** The copy's id once imported as a copy. */
  copyId?: string
}

export type PackageReport =
  | { kind: 'refused'; fileName: string; issues: ValidationIssue[] }
  | { kind: 'failed'; fileName: string; error: unknown }
  | {
      kind: 'done'
      fileName: string
      imported: Array<{ id: string; institution: string }>
      banksInstalled: number
      existing: ExistingItem[]
      /** The package's files for `existing`, stored only when merged or copied. */
      carried: CarriedEvidence
    }

/**
 * Imports a package file: read and checked entirely before one transaction writes the new
 * assessments, their evidence and missing banks (repos/package-import.ts). Assessments that exist
 * here come back for the user to merge or import as a copy.
 */
export function useImportPackage() {
  const assessorName = useAssessorName()?.trim()
  const [busy, setBusy] = useState(false)
  // Checking runs in a worker and can take seconds on a big package; then one transaction writes.
  const [phase, setPhase] = useState<'checking' | 'writing'>('checking')
  const [report, setReport] = useState<PackageReport | null>(null)
  const unlock = useUnlock()

  /** The import's report; null when the user cancelled the passphrase of an encrypted package. */
  async function run(file: File): Promise<PackageReport | null> {
    const { bytes } = await readPickedFile(file, DEFAULT_PACKAGE_LIMITS.maxPackageBytes)
    // The zip reader and package checks load on first use, not at start-up; the checks (unzip,
    // validation, hashing) run in a worker, and only the one write transaction here.
    const [{ importCheckedPackage }, { readPackageOffThread }] = await Promise.all([
      import('../../db/repos/package-import'),
      import('../file-check/check-off-thread')
    ])
    // An encrypted package asks for its passphrase; the worker decrypts, then checks as usual.
    const read = await unlock.open(file.name, bytes, readPackageOffThread)
    if (read === null) return null
    if (!read.ok) return { kind: 'refused', fileName: file.name, issues: read.issues }
    setPhase('writing')
    const outcome = await importCheckedPackage(getDatabase(), read.value, {
      by: assessorName || '—',
      fileName: file.name
    })
    if (!outcome.ok) return { kind: 'refused', fileName: file.name, issues: outcome.issues }
    return {
      kind: 'done',
      fileName: file.name,
      imported: outcome.imported,
      banksInstalled: outcome.banksInstalled,
      existing: outcome.exists.map((assessment) => ({ assessment, state: 'pending' })),
      carried: outcome.carried
    }
  }

  async function importFile(file: File): Promise<void> {
    setPhase('checking')
    setBusy(true)
    try {
      setReport(await run(file))
    } catch (error) {
      setReport({ kind: 'failed', fileName: file.name, error })
    } finally {
      setBusy(false)
    }
  }

  /** Records what happened to an existing assessment (merged, copied). */
  function settle(id: string, change: Partial<ExistingItem>): void {
    setReport((current) =>
      current?.kind === 'done'
        ? {
            ...current,
            existing: current.existing.map((item) =>
              item.assessment.id === id ? { ...item, ...change } : item
            )
          }
        : current
    )
  }

  return {
    importFile,
    busy,
    phase,
    report,
    settle,
    assessorName,
    unlockDialog: unlock.dialog,
    dismiss: () => setReport(null)
  }
}
