import 'fake-indexeddb/auto'
import { liveQuery } from 'dexie'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AssessmentStatus } from '@shared/assessment/assessment'
import { openDatabase, type StabilityDatabase } from './database'
import { readAssessmentPage, type ListPageView } from './repos/list-page'
import { readAssessmentListing } from './repos/summary'
import { listStamp, type AssessmentListRow, type AssessmentRow } from './schema'
import { TEST_PROFILE } from './test-support'
import { modelFromListing, modelFromPage } from '../features/assessments/list-model'

// The home list's two ways of reading (one page through the indexes; every line, searched and
// sorted in memory) checked against each other and against the seeded data, on 5,000 assessments.
const COUNT = 5000
const STATUSES: AssessmentStatus[] = ['draft', 'inReview', 'finalized']
const ref = { id: 'sac-stability-2025', version: '1.0.0', contentHash: 'a'.repeat(64) }

interface Seeded {
  id: string
  status: AssessmentStatus
  updatedAt: string
  deletedAt?: string
}

const seeded: Seeded[] = []
let db: StabilityDatabase

beforeAll(async () => {
  db = openDatabase('list-model-5000')
  await db.open()
  const rows: AssessmentRow[] = []
  const lines: AssessmentListRow[] = []
  for (let i = 0; i < COUNT; i++) {
    // Ids do not follow the time order, so the order cannot come from the primary key by chance.
    const id = `a-${String((i * 7919) % COUNT).padStart(5, '0')}`
    const updatedAt = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()
    // Every 50th is in the trash, deleted in the reverse order of their last change.
    const deletedAt =
      i % 50 === 49 ? new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString() : undefined
    const status = STATUSES[i % 3]!
    seeded.push({ id, status, updatedAt, ...(deletedAt ? { deletedAt } : {}) })
    const metadata = {
      institution: `证券公司${i}`,
      systems: [{ id: 'sys-1', name: '集中交易系统' }],
      period: { start: '2025-01-01', end: '2025-12-31' },
      assessors: ['张伟']
    }
    const row: AssessmentRow = {
      id,
      createdAt: updatedAt,
      updatedAt,
      metadata,
      bank: ref,
      profile: TEST_PROFILE,
      status,
      ...(deletedAt ? { deletedAt } : {})
    }
    rows.push(row)
    // A few lines are missing (not yet computed) or stale (older than their assessment).
    if (i % 1000 === 998) continue
    lines.push({
      id,
      institution: metadata.institution,
      scope: metadata.systems.map((system) => system.name),
      assessors: metadata.assessors,
      period: metadata.period,
      status,
      createdAt: updatedAt,
      updatedAt,
      ...(deletedAt ? { deletedAt } : {}),
      bank: { id: ref.id, version: ref.version },
      score: i % 100,
      level: 1,
      levelCode: 'L1',
      levelLabel: { 'zh-CN': '级别1', 'en-US': 'Level 1' },
      completion: 100,
      basedOn: i % 1000 === 997 ? 'older' : listStamp(row)
    })
  }
  await db.transaction('rw', db.assessments, db.assessmentList, async () => {
    await db.assessments.bulkPut(rows)
    await db.assessmentList.bulkPut(lines)
  })
})

afterAll(async () => {
  db.close()
  await db.delete()
})

/** The view's ids in the list's default order, straight from the seeded data. */
function expectedIds(view: ListPageView, order: 'ascend' | 'descend'): string[] {
  const inView = seeded.filter((s) =>
    view === 'trash'
      ? s.deletedAt !== undefined
      : s.deletedAt === undefined && (view === 'all' || s.status === view)
  )
  const key = (s: Seeded): string => (view === 'trash' ? s.deletedAt! : s.updatedAt)
  const sorted = [...inView].sort((a, b) => (key(a) < key(b) ? -1 : 1)).map((s) => s.id)
  return order === 'descend' ? sorted.reverse() : sorted
}

const VIEWS: ListPageView[] = ['all', 'draft', 'inReview', 'finalized', 'trash']

describe('home list, one page through the indexes (5,000 assessments)', () => {
  it('counts every view like the seeded data', async () => {
    const page = await readAssessmentPage(db, {
      view: 'all',
      order: 'descend',
      offset: 0,
      limit: 20
    })
    const live = seeded.filter((s) => !s.deletedAt)
    expect(page.counts).toEqual({
      all: live.length,
      draft: live.filter((s) => s.status === 'draft').length,
      inReview: live.filter((s) => s.status === 'inReview').length,
      finalized: live.filter((s) => s.status === 'finalized').length,
      trash: COUNT / 50
    })
    expect(page.total).toBe(4900)
    expect(page.listedIds.size).toBe(4900)
    expect([...page.listedIds].every((id) => live.some((s) => s.id === id))).toBe(true)
  })

  it('pages every view in order, both ways, and the last page holds the rest', async () => {
    for (const view of VIEWS) {
      for (const order of ['descend', 'ascend'] as const) {
        const all = expectedIds(view, order)
        const first = await readAssessmentPage(db, { view, order, offset: 0, limit: 20 })
        expect(first.rows.map((r) => r.id)).toEqual(all.slice(0, 20))
        expect(first.total).toBe(all.length)
        const middle = await readAssessmentPage(db, { view, order, offset: 60, limit: 30 })
        expect(middle.rows.map((r) => r.id)).toEqual(all.slice(60, 90))
        const lastOffset = Math.floor((all.length - 1) / 20) * 20
        const last = await readAssessmentPage(db, { view, order, offset: lastOffset, limit: 20 })
        expect(last.rows.map((r) => r.id)).toEqual(all.slice(lastOffset))
        expect(last.rows.length).toBeGreaterThan(0)
      }
    }
  })

  it('shows the last page when asked for one past the end (the view shrank)', async () => {
    const all = expectedIds('trash', 'descend')
    const page = await readAssessmentPage(db, {
      view: 'trash',
      order: 'descend',
      offset: 10_000,
      limit: 20
    })
    expect(page.offset).toBe(80)
    expect(page.rows.map((r) => r.id)).toEqual(all.slice(80))
  })

  it('marks missing and stale lines of the page; missing ones show unscored', async () => {
    const all = expectedIds('all', 'descend')
    const missing = seeded[998]!.id
    const stale = seeded[997]!.id
    const at = all.indexOf(missing)
    const page = await readAssessmentPage(db, {
      view: 'all',
      order: 'descend',
      offset: Math.floor(at / 20) * 20,
      limit: 20
    })
    expect(page.staleIds).toEqual(expect.arrayContaining([missing, stale]))
    expect(page.staleIds).toHaveLength(2)
    const row = page.rows.find((r) => r.id === missing)!
    expect(row).toMatchObject({ institution: '证券公司998', score: null, completion: 0 })
    expect(page.rows.find((r) => r.id === stale)).toMatchObject({ score: 97, completion: 100 })
  })

  it('gives the same page as reading every line, for every view', async () => {
    const listing = await readAssessmentListing(db)
    const sort = (order: 'ascend' | 'descend') => ({ field: 'updatedAt' as const, order })
    for (const view of VIEWS) {
      for (const order of ['descend', 'ascend'] as const) {
        for (const pageNumber of [1, 7]) {
          const fromAll = modelFromListing(listing, view, '', sort(order), pageNumber, 20)
          const indexed = modelFromPage(
            await readAssessmentPage(db, { view, order, offset: (pageNumber - 1) * 20, limit: 20 }),
            20
          )
          expect(indexed.rows.map((r) => r.id)).toEqual(fromAll.rows.map((r) => r.id))
          expect(indexed.rows.map((r) => [r.status, r.updatedAt, r.deletedAt, r.score])).toEqual(
            fromAll.rows.map((r) => [r.status, r.updatedAt, r.deletedAt, r.score])
          )
          expect([indexed.page, indexed.total]).toEqual([fromAll.page, fromAll.total])
          expect(indexed.counts).toEqual(fromAll.counts)
        }
      }
    }
    // Every view × both orders × several pages over 5,000 lines: ~10 s alone, more on a busy machine.
  }, 60_000)

  it('is live: a change to a row of the page, or a status change elsewhere, re-reads it', async () => {
    const pages: Array<{ first: string | undefined; finalized: number }> = []
    const subscription = liveQuery(() =>
      readAssessmentPage(db, { view: 'all', order: 'descend', offset: 0, limit: 20 })
    ).subscribe((page) => pages.push({ first: page.rows[0]?.id, finalized: page.counts.finalized }))
    const waitFor = async (count: number) => {
      for (let i = 0; i < 200 && pages.length < count; i++)
        await new Promise((done) => setTimeout(done, 5))
      expect(pages).toHaveLength(count)
    }
    try {
      await waitFor(1)
      const top = expectedIds('all', 'descend')
      expect(pages[0]!.first).toBe(top[0])

      // The newest one goes to the trash: the page moves up.
      const newest = (await db.assessments.get(top[0]!))!
      await db.assessments.put({ ...newest, deletedAt: '2027-01-01T00:00:00.000Z' })
      await waitFor(2)
      expect(pages[1]!.first).toBe(top[1])

      // An assessment far off the page is finalized without a new updatedAt: the counts follow.
      const farId = top
        .slice(3000)
        .find((id) => seeded.find((s) => s.id === id)!.status !== 'finalized')
      const far = (await db.assessments.get(farId!))!
      await db.assessments.put({ ...far, status: 'finalized' })
      await waitFor(3)
      expect(pages[2]!.finalized).toBe(pages[1]!.finalized + 1)

      await db.assessments.put(newest)
      await db.assessments.put(far)
    } finally {
      subscription.unsubscribe()
    }
  })
})
