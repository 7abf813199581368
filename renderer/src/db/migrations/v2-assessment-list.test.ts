import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { STORES_V1, type AnswerRow } from '../schema'
import { databaseToUpgrade, TEST_NEW_ASSESSMENT } from '../test-support'
import { withKeySystems, type LegacyAssessmentRow } from './v3-key-systems'

const database = databaseToUpgrade('migration-v2')

/** A row as versions 1 and 2 stored it: the scope a list of names. */
const header = (id: string, extra: Partial<LegacyAssessmentRow> = {}): LegacyAssessmentRow => ({
  id,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-02-01T09:30:00.000Z',
  metadata: {
    institution: `机构${id}`,
    scope: ['集中交易系统', '网上交易系统'],
    period: TEST_NEW_ASSESSMENT.metadata.period,
    assessors: [...TEST_NEW_ASSESSMENT.metadata.assessors]
  },
  bank: TEST_NEW_ASSESSMENT.bank,
  profile: TEST_NEW_ASSESSMENT.profile,
  status: 'draft',
  ...extra
})

/** A database exactly as version 1 of the app left it. */
async function seedVersion1(): Promise<{ rows: LegacyAssessmentRow[]; answers: AnswerRow[] }> {
  const v1 = database.old(1, STORES_V1)
  const rows = [
    header('a1'),
    header('a2', { status: 'finalized', summary: { score: 71.5, level: 3, completion: 100 } }),
    header('a3', { deletedAt: '2026-02-03T10:00:00.000Z' })
  ]
  const answers: AnswerRow[] = [
    {
      assessmentId: 'a1',
      questionId: 'A1.01',
      value: 3,
      evidence: [],
      flagged: false,
      carriedOver: false
    },
    {
      assessmentId: 'a2',
      questionId: 'A1.01',
      value: 'yes',
      evidence: [],
      flagged: true,
      carriedOver: false
    }
  ]
  await v1.table('assessments').bulkAdd(rows)
  await v1.table('answers').bulkAdd(answers)
  await v1.table('settings').put({ key: 'assessorName', value: '张伟' })
  v1.close()
  return { rows, answers }
}

describe('migration v1 → v2 (home list lines)', () => {
  it('keeps every record and gives every assessment an unscored list line', async () => {
    const { rows, answers } = await seedVersion1()

    const db = await database.open()

    expect(db.verno).toBe(6)
    expect(await db.assessments.toArray()).toEqual(rows.map(withKeySystems))
    expect(await db.answers.toArray()).toEqual(answers)
    expect(await db.settings.get('assessorName')).toEqual({ key: 'assessorName', value: '张伟' })

    const lines = await db.assessmentList.orderBy('id').toArray()
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2', 'a3'])
    expect(lines[0]).toMatchObject({
      institution: '机构a1',
      scope: ['集中交易系统', '网上交易系统'],
      assessors: ['张伟'],
      period: rows[0]!.metadata.period,
      status: 'draft',
      score: null,
      completion: 0,
      basedOn: ''
    })
    // A stored summary is kept until the line is rescored; the trash state is carried over.
    expect(lines[1]).toMatchObject({ status: 'finalized', score: 71.5, level: 3, completion: 100 })
    expect(lines[2]!.deletedAt).toBe('2026-02-03T10:00:00.000Z')
  })

  it('keeps every record of every version-1 table, evidence bytes included', async () => {
    const v1 = database.old(1, STORES_V1)
    const seeded: Record<string, unknown[]> = {
      banks: [
        {
          contentHash: 'b'.repeat(64),
          id: 'test-bank',
          version: '1.0.0',
          origin: 'imported',
          installedAt: '2026-01-01T00:00:00.000Z',
          bank: { id: 'test-bank', version: '1.0.0', title: { 'zh-CN': '题库', 'en-US': 'Bank' } }
        }
      ],
      assessments: [header('a1'), header('a2', { status: 'inReview' })],
      answers: [
        {
          assessmentId: 'a1',
          questionId: 'A1.01',
          value: 2,
          comment: '已抽查',
          evidence: [{ kind: 'reference', document: '应急预案', location: 'OA', page: '12' }],
          flagged: false,
          carriedOver: true
        }
      ],
      factorInputs: [{ assessmentId: 'a1', factorId: 'F01', values: { F_total: 42 } }],
      findings: [
        { assessmentId: 'a2', findingId: 'q:A1.01', status: 'inProgress', owner: '运维部' }
      ],
      auditLog: [
        {
          assessmentId: 'a1',
          id: '0001',
          at: '2026-01-05T08:00:00.000Z',
          by: '张伟',
          action: 'answer.set',
          target: 'A1.01',
          oldValue: 1,
          newValue: 2,
          reason: '复核后调整'
        }
      ],
      settings: [
        { key: 'assessorName', value: '张伟' },
        { key: 'maxEvidenceBytes', value: 10_485_760 }
      ]
    }
    for (const [table, rows] of Object.entries(seeded)) await v1.table(table).bulkAdd(rows)
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252])
    await v1.table('evidence').add({
      sha256: 'e'.repeat(64),
      blob: new Blob([bytes], { type: 'application/pdf' }),
      size: bytes.length,
      mimeType: 'application/pdf',
      storedAt: '2026-01-05T08:00:00.000Z'
    })
    v1.close()

    const db = await database.open()
    expect(db.verno).toBe(6)
    for (const [table, rows] of Object.entries(seeded)) {
      // Version 3 gives assessments key systems; every other record is kept as it was.
      const expected =
        table === 'assessments' ? (rows as LegacyAssessmentRow[]).map(withKeySystems) : rows
      expect(await db.table(table).toArray(), table).toEqual(expected)
    }
    const evidence = await db.evidence.toArray()
    expect(evidence).toHaveLength(1)
    expect(evidence[0]).toMatchObject({
      sha256: 'e'.repeat(64),
      size: 6,
      mimeType: 'application/pdf'
    })
    expect(new Uint8Array(await evidence[0]!.blob.arrayBuffer())).toEqual(bytes)
    expect((await db.assessmentList.toArray()).map((line) => line.id)).toEqual(['a1', 'a2'])
  })

  it('is idempotent: running it again over upgraded data changes nothing', async () => {
    await seedVersion1()
    const db = await database.open()
    const before = await db.assessmentList.toArray()
    const { upgradeToV2 } = await import('./v2-assessment-list')
    await db.transaction('rw', db.assessments, db.assessmentList, (tx) => upgradeToV2(tx))
    expect(await db.assessmentList.toArray()).toEqual(before)
  })
})
