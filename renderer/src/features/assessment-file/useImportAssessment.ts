import { useState } from 'react'
import type { Assessment } from '@shared/assessment/assessment'
import type { ValidationIssue } from '@shared/util/validation'
import { getDatabase } from '../../db/database'
import { useAssessorName } from '../../db/hooks/useAssessorName'
import { readPickedFile } from '../../platform/browser-platform'

/** Assessment files are JSON text; anything bigger than this is not one of ours. */
export const MAX_ASSESSMENT_FILE_BYTES = 64 * 1024 * 1024

export type ImportOutcome =
  | { kind: 'imported'; id: string; institution: string; copiedFrom?: string }
  | { kind: 'issues'; issues: ValidationIssue[] }
  | { kind: 'bankMissing'; bank: Assessment['bank'] }
  | { kind: 'failed'; error: unknown }

/**
 * Reads, checks and stores an assessment file: parse (format, schema, upgrades), then — in one
 * transaction — the exact bank, the bank checks and the write. Every refusal leaves storage as it was.
 */
export function useImportAssessment(): {
  importFile: (file: File) => Promise<void>
  busy: boolean
  report: ImportOutcome | null
  dismiss: () => void
} {
  const assessorName = useAssessorName()?.trim()
  const [busy, setBusy] = useState(false)
  const [report, setReport] = useState<ImportOutcome | null>(null)

  async function run(file: File): Promise<ImportOutcome> {
    const { bytes } = await readPickedFile(file, MAX_ASSESSMENT_FILE_BYTES)
    // The file checks (zod schemas, bank checks) load on first use, not with the home screen.
    const [{ parseAssessmentBytes }, { importAssessment }] = await Promise.all([
      import('@shared/assessment/parse'),
      import('../../db/repos/import-assessment')
    ])
    // Not UTF-8, not JSON, not an assessment: each a coded problem shown in the problem table.
    const parsed = parseAssessmentBytes(bytes)
    if (!parsed.ok) return { kind: 'issues', issues: parsed.issues }
    const { assessment } = parsed.value
    const by = assessorName || assessment.metadata.assessors[0] || '—'
    const outcome = await importAssessment(getDatabase(), assessment, { by, fileName: file.name })
    if (outcome.ok) {
      return {
        kind: 'imported',
        id: outcome.id,
        institution: assessment.metadata.institution,
        copiedFrom: outcome.copiedFrom
      }
    }
    return outcome.reason === 'bankMissing'
      ? { kind: 'bankMissing', bank: outcome.bank }
      : { kind: 'issues', issues: outcome.issues }
  }

  async function importFile(file: File): Promise<void> {
    setBusy(true)
    try {
      setReport(await run(file))
    } catch (error) {
      setReport({ kind: 'failed', error })
    } finally {
      setBusy(false)
    }
  }

  return { importFile, busy, report, dismiss: () => setReport(null) }
}
