import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type StabilityDatabase } from '../database'
import { STORES_V1, type AnswerRow, type AssessmentRow } from '../schema'
import { TEST_NEW_ASSESSMENT } from '../test-support'

const NAME = 'migration-v2'
let db: StabilityDatabase | undefined

afterEach(async () => {
  db?.close()
  await Dexie.delete(NAME)
})

const header = (id: string, extra: Partial<AssessmentRow> = {}): AssessmentRow => ({
  id,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-02-01T09:30:00.000Z',
  metadata: {
    ...TEST_NEW_ASSESSMENT.metadata,
    institution: `机构${id}`,
    assessors: [...TEST_NEW_ASSESSMENT.metadata.assessors]
  },
  bank: TEST_NEW_ASSESSMENT.bank,
  profile: TEST_NEW_ASSESSMENT.profile,
  status: 'draft',
  ...extra
})

/** A database exactly as version 1 of the app left it. */
async function seedVersion1(): Promise<{ rows: AssessmentRow[]; answers: AnswerRow[] }> {
  const v1 = new Dexie(NAME)
  v1.version(1).stores(STORES_V1)
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

    db = openDatabase(NAME)
    await db.open()

    expect(db.verno).toBe(2)
    expect(await db.assessments.toArray()).toEqual(rows)
    expect(await db.answers.toArray()).toEqual(answers)
    expect(await db.settings.get('assessorName')).toEqual({ key: 'assessorName', value: '张伟' })

    const lines = await db.assessmentList.orderBy('id').toArray()
    expect(lines.map((l) => l.id)).toEqual(['a1', 'a2', 'a3'])
    expect(lines[0]).toMatchObject({
      institution: '机构a1',
      scope: rows[0]!.metadata.scope,
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

  it('is idempotent: running it again over upgraded data changes nothing', async () => {
    await seedVersion1()
    db = openDatabase(NAME)
    await db.open()
    const before = await db.assessmentList.toArray()
    const { upgradeToV2 } = await import('./v2-assessment-list')
    await db.transaction('rw', db.assessments, db.assessmentList, (tx) => upgradeToV2(tx))
    expect(await db.assessmentList.toArray()).toEqual(before)
  })
})
