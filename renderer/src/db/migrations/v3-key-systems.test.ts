import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { assessmentContentHash } from '@shared/assessment/canonical'
import { canonicalJson } from '@shared/util/canonical-json'
import { sha256Hex } from '@shared/util/sha256'
import { STORES_V2 } from '../schema'
import { databaseToUpgrade, TEST_NEW_ASSESSMENT } from '../test-support'
import type { LegacyAssessmentRow } from './v3-key-systems'

const database = databaseToUpgrade('migration-v3')

const legacy = (id: string, scope: string[]): LegacyAssessmentRow => ({
  id,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-02-01T09:30:00.000Z',
  metadata: {
    institution: `机构${id}`,
    scope,
    period: { start: '2025-01-01', end: '2025-12-31' },
    assessors: ['张伟']
  },
  bank: TEST_NEW_ASSESSMENT.bank,
  profile: TEST_NEW_ASSESSMENT.profile,
  status: 'draft'
})

describe('migration v2 → v3 (key systems)', () => {
  it('turns each stored scope into key systems sys-1, sys-2, … and keeps a seal valid', async () => {
    const sealedRow = legacy('a2', ['清算系统'])
    // A finalized row, sealed by the version-2 app: the canonical content of that time, whose
    // metadata held `scope: ['清算系统']` (canonical.ts writes a names-only list the same way).
    const { scope, ...rest } = sealedRow.metadata
    const legacyHash = sha256Hex(
      canonicalJson({
        metadata: { ...rest, scope },
        bank: sealedRow.bank,
        profile: sealedRow.profile,
        answers: [],
        factors: [],
        findings: []
      })
    )
    const v2 = database.old(2, STORES_V2)
    await v2.table('assessments').bulkAdd([
      legacy('a1', ['集中交易系统', '网上交易系统']),
      {
        ...sealedRow,
        status: 'finalized',
        finalization: { by: '张伟', at: '2026-02-01T10:00:00.000Z', contentHash: legacyHash }
      },
      legacy('a3', [])
    ])
    v2.close()

    const db = await database.open()
    expect(db.verno).toBe(6)
    const rows = await db.assessments.orderBy('id').toArray()
    expect(rows.map((row) => row.metadata.systems)).toEqual([
      [
        { id: 'sys-1', name: '集中交易系统' },
        { id: 'sys-2', name: '网上交易系统' }
      ],
      [{ id: 'sys-1', name: '清算系统' }],
      []
    ])
    expect(rows.every((row) => !('scope' in row.metadata))).toBe(true)
    const sealed = rows[1]!
    expect(
      assessmentContentHash({ ...sealed, answers: [], factors: [], findings: [], auditLog: [] })
    ).toBe(sealed.finalization?.contentHash)
  })
})
