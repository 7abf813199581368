import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Assessment, EvidenceRef } from '@shared/assessment/assessment'
import { miniAssessment, miniBank, miniBankBackup } from '@shared/testing'
import { bankContentHash } from '@shared/bank/identity'
import { bankToWorkbook, writeBankTemplate } from '@shared/bank-xlsx'
import { writePackage, type PackageEvidence } from '@shared/package'
import { miniPackage, miniPackageInput } from '@shared/package/package-fixture'
import { writeQuestionnaireWorkbook } from '@shared/questionnaire-xlsx'
import { sha256Hex } from '@shared/util/sha256'

/**
 * The files the app writes stay byte for byte what they were for the same input: the SHA-256s
 * below were computed on the code before the ZIP and XLSX writers moved into shared/zip and
 * shared/xlsx (issue 10), so a refactor that changes one byte of a package, a backup, a bank
 * workbook or a questionnaire form fails here. Workbooks carry exceljs's creation time in
 * docProps/core.xml, so for them every other part is pinned.
 *
 * Re-pinned for assessment format 3 (evidence date and caption; key systems, issue 11) and bank
 * format 3: packages and backups carry format-3 assessment files, bank workbooks the new factor
 * and profile columns. Questionnaire forms re-pinned when they gained the systems and
 * system_factors sheets (issue 11: the mini assessment has two key systems).
 */

/** Every `file` evidence reference of the assessment now points at `bytes`. */
function withEvidenceBytes(
  assessment: Assessment,
  bytes: Uint8Array
): { assessment: Assessment; evidence: PackageEvidence[] } {
  const sha256 = sha256Hex(bytes)
  const swap = (ref: EvidenceRef): EvidenceRef =>
    ref.kind === 'file' ? { ...ref, sha256, size: bytes.length } : ref
  return {
    assessment: {
      ...assessment,
      answers: assessment.answers.map((a) => ({ ...a, evidence: (a.evidence ?? []).map(swap) })),
      factors: assessment.factors.map((f) => ({ ...f, evidence: (f.evidence ?? []).map(swap) }))
    },
    evidence: [{ sha256, bytes, name: 'zeros.bin', mimeType: 'application/octet-stream' }]
  }
}

/** A package whose evidence (2 MiB of zeros) compresses past the writer's ratio bound: stored. */
function densePackage(): Uint8Array {
  const dense = withEvidenceBytes(
    miniAssessment(bankContentHash(miniBank)),
    new Uint8Array(2 << 20)
  )
  return writePackage({
    assessments: [dense.assessment],
    evidence: dense.evidence,
    banks: [miniBank],
    generator: 'pinned',
    exportedAt: '2025-07-20T09:00:00+08:00'
  })
}

function miniBackup(): Uint8Array {
  const createdAt = '2025-07-21T08:00:00.000Z'
  const input = miniPackageInput()
  return miniBankBackup({
    createdAt,
    generator: 'pinned',
    assessments: input.assessments.map((assessment, index) => ({
      assessment,
      evidence: input.evidence,
      ...(index === 1 ? { deletedAt: createdAt } : {})
    })),
    settings: [{ key: 'assessorName', value: '张伟' }]
  })
}

/** One SHA-256 over every part of a workbook but docProps/core.xml (which holds the time). */
function workbookDigest(bytes: Uint8Array): string {
  const parts = unzipSync(bytes)
  const names = Object.keys(parts)
    .filter((name) => name !== 'docProps/core.xml')
    .sort()
  return sha256Hex(
    new TextEncoder().encode(names.map((name) => `${name} ${sha256Hex(parts[name]!)}`).join('\n'))
  )
}

// Re-pinned on purpose (issue 15): package and backup manifests carry the confidentiality label.
// Re-pinned on purpose (issue 14): packages and backups hold assessment files, now format 3;
// bank workbooks and the template gained the finding_description/finding_recommendation columns.
describe('written files stay byte for byte the same', () => {
  it('packages', () => {
    expect(sha256Hex(miniPackage())).toBe(
      '0de23b89cb4390ae2298f341e7e138fe34472a7ed565680ada468d9300c7c18c'
    )
    expect(sha256Hex(densePackage())).toBe(
      'c2df1557a7337914c670ba857f56bdaf0d4e27443321438b2e20fa585756e1a2'
    )
  })

  it('backups', () => {
    expect(sha256Hex(miniBackup())).toBe(
      'f32e1f2525ecfd7840e8b233c3363aaa56d885c0a24097731f43e1c05b017739'
    )
  })

  it('bank workbooks and the template', async () => {
    expect(workbookDigest(await bankToWorkbook(miniBank))).toBe(
      '7dd24256aa1972249836ca9d75ea078ee515b94f628c0c2c83e5a565d496caa3'
    )
    expect(workbookDigest(await writeBankTemplate())).toBe(
      '2370478d5688cc71fe141b47c707cf52dfb447b9a602b240993b9ea77218dceb'
    )
  })

  it('questionnaire forms', async () => {
    const mini = miniAssessment(bankContentHash(miniBank))
    const digest = async (locale: 'zh-CN' | 'en-US'): Promise<string> =>
      workbookDigest(await writeQuestionnaireWorkbook(miniBank, mini, { locale }))
    expect(await digest('zh-CN')).toBe(
      '0aa5dc78505f1c2a7286d9cfbb9a68df98fd91305b69b1d3565c616268b02d15'
    )
    expect(await digest('en-US')).toBe(
      '648fa85fd4a9a0ff7893e5e01e90ec5cb441ef689dda8cb9001e6078967c3d09'
    )
  })
})
