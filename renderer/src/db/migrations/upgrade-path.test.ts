import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { readRegisters } from '../repos/registers'
import {
  STORES_V1,
  STORES_V2,
  STORES_V3,
  STORES_V4,
  STORES_V5,
  type AnswerRow,
  type AuditRow
} from '../schema'
import { databaseToUpgrade, TEST_NEW_ASSESSMENT } from '../test-support'
import { legacyRegistersRow } from './test-support'
import { withKeySystems, type LegacyAssessmentRow } from './v3-key-systems'
import { packedRow } from './v5-packed-registers'

/*
 * DUR-09: a database left by every earlier schema version opens in today's (version 6) with its
 * assessments whole. The per-step tests (v2-assessment-list, v3-key-systems, v5-packed-registers)
 * check each conversion; this one starts from each released version in turn, including 3, which
 * no step test starts from, and walks the whole remaining chain. Version 5 (registers packed in
 * their row) is what the last releases before version 6 left.
 */

const database = databaseToUpgrade('upgrade-path')

const STORES = {
  1: STORES_V1,
  2: STORES_V2,
  3: STORES_V3,
  4: STORES_V4,
  5: STORES_V5
} as const

/** An assessment row as `version` stored it: the scope a list of names before version 3. */
function rowOf(version: number): LegacyAssessmentRow {
  const named = {
    id: 'a1',
    createdAt: '2026-01-05T08:00:00.000Z',
    updatedAt: '2026-02-01T09:30:00.000Z',
    metadata: {
      institution: '某某证券',
      scope: ['集中交易系统'],
      period: TEST_NEW_ASSESSMENT.metadata.period,
      assessors: ['张伟']
    },
    bank: TEST_NEW_ASSESSMENT.bank,
    profile: TEST_NEW_ASSESSMENT.profile,
    status: 'draft' as const
  }
  return version >= 3 ? (withKeySystems(named) as unknown as LegacyAssessmentRow) : named
}

const answer: AnswerRow = {
  assessmentId: 'a1',
  questionId: 'A1.01',
  value: 3,
  comment: '已抽查',
  evidence: [],
  flagged: false,
  carriedOver: false
}
const audit: AuditRow = {
  assessmentId: 'a1',
  id: '0001',
  at: '2026-02-01T09:30:00.000Z',
  by: '张伟',
  action: 'answer.set',
  target: 'A1.01',
  newValue: 3
}
const registers = legacyRegistersRow('a1')

describe('upgrade from every earlier schema version to version 6', () => {
  it.each([1, 2, 3, 4, 5] as const)('a version %i database opens whole', async (version) => {
    const old = database.old(version, STORES[version])
    await old.table('assessments').add(rowOf(version))
    await old.table('answers').add(answer)
    await old.table('auditLog').add(audit)
    // Registers came with version 4 (rows as a list); version 5 packed them in the same row.
    if (version === 4) await old.table('registers').add(registers)
    if (version === 5) await old.table('registers').add(packedRow(registers))
    old.close()

    const db = await database.open()
    expect(db.verno).toBe(6)
    const stored = await db.assessments.get('a1')
    expect(stored).toEqual(withKeySystems(rowOf(version)))
    expect(stored?.metadata.systems.map((system) => system.name)).toEqual(['集中交易系统'])
    expect(await db.answers.toArray()).toEqual([answer])
    expect(await db.auditLog.toArray()).toEqual([audit])
    // Version 1 had no home-list lines: the version 2 upgrade makes one (later ones the app wrote).
    if (version === 1) expect((await db.assessmentList.get('a1'))?.institution).toBe('某某证券')
    expect(await readRegisters(db, 'a1')).toEqual(version >= 4 ? registers : undefined)
  })
})
