import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { findProfile } from '@shared/bank/lookup'
import { generateSampleAssessment } from '@shared/sample'
import { scoreAssessment } from '@shared/scoring'
import type { StabilityDatabase } from './database'
import { createAssessment, putWholeAssessment } from './repos/assessments'
import { saveAnswer } from './repos/answers'
import { installImportedBank, listBankCatalog, pickDefaultBank } from './repos/bank-catalog'
import { installBanks } from './repos/banks'
import { moveToTrash, purgeFromTrash } from './repos/lifecycle'
import { readAssessmentListing, refreshListRows } from './repos/summary'
import { databasePerTest, TEST_NEW_ASSESSMENT, later, T0 as t0 } from './test-support'

const { bank, ref } = loadedDefaultBank()
const profile = findProfile(bank)!

let db: StabilityDatabase

databasePerTest('listing', async (opened) => {
  db = opened
  await installBanks(db, [{ bank, ref }], 'builtin', t0)
})

const create = () =>
  createAssessment(db, { metadata: TEST_NEW_ASSESSMENT.metadata, bank: ref, profile }, '张伟', t0)

describe('home list lines', () => {
  it('shows a new assessment at once, unscored and stale, then scored once refreshed', async () => {
    const id = await create()
    const first = await readAssessmentListing(db)
    expect(first.rows).toEqual([
      expect.objectContaining({
        id,
        institution: '示例证券股份有限公司',
        score: null,
        completion: 0
      })
    ])
    expect(first.staleIds).toEqual([id])

    await refreshListRows(db, first.staleIds)
    const second = await readAssessmentListing(db)
    expect(second.staleIds).toEqual([])
    expect(second.rows[0]).toMatchObject({ id, basedOn: `${t0.toISOString()}|`, completion: 0 })
  })

  it('goes stale when an answer changes and is rescored with the engine', async () => {
    const id = await create()
    await refreshListRows(db, [id])
    await saveAnswer(db, id, 'A1.01', { value: 4 }, '张伟', later(5))

    const stale = await readAssessmentListing(db)
    expect(stale.staleIds).toEqual([id])
    expect(stale.rows[0]!.updatedAt).toBe(later(5).toISOString())

    await refreshListRows(db, [id])
    const line = (await readAssessmentListing(db)).rows[0]!
    const expected = scoreAssessment(bank, {
      answers: await db.answers.where('assessmentId').equals(id).toArray(),
      factors: [],
      profile,
      metadata: TEST_NEW_ASSESSMENT.metadata
    })
    expect(line.score).toBe(expected.overall.score)
    expect(line.completion).toBe(expected.completion.combined.percent)
    expect(line.completion).toBeGreaterThan(0)
  })

  it('scores the sample like the engine does, with its level code and label', async () => {
    const sample = { ...generateSampleAssessment(bank, { seed: 1 }), id: 'sample-1' }
    await putWholeAssessment(db, sample)
    await refreshListRows(db, ['sample-1'])
    const line = (await readAssessmentListing(db)).rows[0]!
    const result = scoreAssessment(bank, sample)
    expect(line.score).toBe(result.overall.score)
    expect(line.level).toBe(result.overall.level)
    if (result.overall.level !== null) {
      expect(line.levelCode).toBe(`L${result.overall.level}`)
      expect(line.levelLabel?.['zh-CN']).toBeTruthy()
    }
  })

  it('shows the trash state at once and drops the line of a purged assessment', async () => {
    const id = await create()
    await refreshListRows(db, [id])
    await moveToTrash(db, id, '王芳', later(10))
    const trashed = await readAssessmentListing(db)
    expect(trashed.rows[0]!.deletedAt).toBe(later(10).toISOString())
    expect(trashed.staleIds).toEqual([id])

    await purgeFromTrash(db, id)
    const purged = await readAssessmentListing(db)
    expect(purged.rows).toEqual([])
    expect(purged.orphanIds).toEqual([id])
    await refreshListRows(db, purged.orphanIds)
    expect(await db.assessmentList.count()).toBe(0)
  })
})

describe('bank catalog', () => {
  it('lists installed banks with their counts and picks the built-in default', async () => {
    const catalog = await listBankCatalog(db)
    expect(catalog).toHaveLength(1)
    expect(catalog[0]).toMatchObject({
      id: 'sac-stability-2025',
      origin: 'builtin',
      questionCount: bank.pillars.flatMap((p) => p.sections).flatMap((s) => s.questions).length,
      factorCount: bank.factors.length,
      defaultProfileId: bank.defaultProfileId,
      firstSectionId: bank.pillars[0]!.sections[0]!.id
    })
    expect(pickDefaultBank(catalog)?.contentHash).toBe(ref.contentHash)
  })

  it('installs an imported bank once; the same content again is reported, not duplicated', async () => {
    const other = { ...bank, id: 'imported-bank', version: '2.0.0' }
    const otherRef = { id: other.id, version: other.version, contentHash: 'b'.repeat(64) }
    expect(await installImportedBank(db, other, otherRef)).toBe('installed')
    expect(await installImportedBank(db, other, otherRef)).toBe('alreadyInstalled')
    const catalog = await listBankCatalog(db)
    expect(catalog.map((e) => [e.id, e.origin])).toEqual([
      ['sac-stability-2025', 'builtin'],
      ['imported-bank', 'imported']
    ])
  })
})
