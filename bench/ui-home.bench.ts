/// <reference lib="dom" />
/**
 * Home-list benchmark (npm run bench), measured in Chromium on the built renderer: 5,000
 * assessments in IndexedDB (their rows and their home-list lines, as the app keeps them), then the
 * time from navigating to the assessments screen until its first page of rows is on screen, next
 * to a baseline measured in the same page and the same rounds: the least raw IndexedDB work that
 * reads the same first page (checked: the list shows exactly the rows the baseline read). For
 * scale, a raw getAll of all 5,000 assessment rows; the list sorted by institution (a sort no
 * index serves, so every line is read); and a full reload (start-up included) onto the list.
 * Never an assertion on time: it prints figures, the ratio and whether the aim is met; it fails
 * only when the list does not show the 5,000 assessments or shows other rows than the baseline.
 */
import type { Page } from '@playwright/test'
import { findProfile } from '../shared/bank/lookup'
import { defaultBank, ms, openApp, summarize, withBenchPage } from './chromium-harness'

const COUNT = 5000
const AIM_MS = 300
const ROUNDS = 12
const WARM_UP = 2
const PAGE_ROWS = 20

/**
 * Writes COUNT assessments and their current home-list lines straight into IndexedDB (one
 * transaction), varied in institution, period, status, score and trash state.
 */
async function seed(page: Page): Promise<void> {
  const bank = defaultBank()
  const profile = findProfile(bank, bank.defaultProfileId)
  if (!profile) throw new Error('the default bank has no default profile')
  const ref = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('stability-assessor')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    const banks = await new Promise<Array<{ id: string; version: string; contentHash: string }>>(
      (done, fail) => {
        const request = db.transaction('banks').objectStore('banks').getAll()
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      }
    )
    db.close()
    const first = banks[0]
    if (!first) throw new Error('no bank installed')
    return { id: first.id, version: first.version, contentHash: first.contentHash }
  })
  await page.evaluate(
    async ({ count, profile, ref }) => {
      const firms = ['华泰证券', '国泰海通证券', '中信证券', '招商证券', '广发证券', '中金公司']
      const systems = ['集中交易系统', '网上交易系统', '融资融券系统', '清算系统', '行情系统']
      const statuses = ['draft', 'inReview', 'finalized'] as const
      const levels = profile.levels
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('stability-assessor')
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      const tx = db.transaction(['assessments', 'assessmentList'], 'readwrite')
      const rows = tx.objectStore('assessments')
      const lines = tx.objectStore('assessmentList')
      for (let i = 0; i < count; i++) {
        const id = `bench-${String(i).padStart(5, '0')}`
        const year = 2015 + (i % 10)
        const updatedAt = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString()
        const deletedAt = i % 50 === 49 ? updatedAt : undefined
        const metadata = {
          institution: `${firms[i % firms.length]}股份有限公司（${i}）`,
          scope: systems.slice(0, 1 + (i % systems.length)),
          period: { start: `${year}-01-01`, end: `${year}-12-31` },
          assessors: ['张伟', '李娜'].slice(0, 1 + (i % 2))
        }
        const status = statuses[i % 3]!
        const score = ((i * 37) % 1000) / 10
        const level = levels.filter((l) => l.minScore <= score).at(-1) ?? levels[0]!
        const row = {
          id,
          createdAt: updatedAt,
          updatedAt,
          metadata,
          bank: ref,
          profile,
          status,
          ...(deletedAt ? { deletedAt } : {})
        }
        rows.put(row)
        lines.put({
          id,
          institution: metadata.institution,
          scope: metadata.scope,
          assessors: metadata.assessors,
          period: metadata.period,
          status,
          createdAt: updatedAt,
          updatedAt,
          ...(deletedAt ? { deletedAt } : {}),
          bank: { id: ref.id, version: ref.version },
          score,
          level: level.level,
          levelCode: level.code,
          levelLabel: level.label,
          completion: 100,
          // listStamp(row): the line is current, as after the app has scored it.
          basedOn: `${updatedAt}|${deletedAt ?? ''}`
        })
      }
      await new Promise<void>((done, fail) => {
        tx.oncomplete = () => done()
        tx.onerror = () => fail(tx.error)
      })
      db.close()
    },
    { count: COUNT, profile, ref }
  )
}

/** In the page: navigates from the banks screen to the list; ms until its first page is painted. */
function timeNavigation(page: Page, search = ''): Promise<number> {
  return page.evaluate(
    async ({ rows, search }) => {
      window.location.hash = '#/banks'
      await new Promise<void>((done) => {
        const check = () =>
          document.querySelector('[data-testid="assessment-row"]') === null &&
          document.querySelector('[data-bank-hash]') !== null
            ? done()
            : requestAnimationFrame(check)
        check()
      })
      const started = performance.now()
      window.location.hash = `#/assessments${search}`
      await new Promise<void>((done) => {
        const check = () =>
          document.querySelectorAll('[data-testid="assessment-row"]').length === rows
            ? done()
            : requestAnimationFrame(check)
        check()
      })
      // The frame that shows them.
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)))
      return performance.now() - started
    },
    { rows: PAGE_ROWS, search }
  )
}

/**
 * In the page, the baseline: the least raw IndexedDB work that yields the same first page — one
 * read-only transaction with a key-only read of the updatedAt index (the order) and of the
 * deletedAt index (to skip the trash), then the 20 newest lines. Returns the ids it found, which
 * must be the rows the list shows.
 */
function timeRawPage(page: Page): Promise<{ ms: number; ids: string[] }> {
  return page.evaluate(async (rows) => {
    const started = performance.now()
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('stability-assessor')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    const tx = db.transaction(['assessments', 'assessmentList'])
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((done, fail) => {
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
    const assessments = tx.objectStore('assessments')
    const [byUpdated, trashed] = await Promise.all([
      read(assessments.index('updatedAt').getAllKeys()),
      read(assessments.index('deletedAt').getAllKeys())
    ])
    const skip = new Set(trashed)
    const ids: string[] = []
    for (let i = byUpdated.length - 1; i >= 0 && ids.length < rows; i--) {
      const id = byUpdated[i]!
      if (!skip.has(id)) ids.push(String(id))
    }
    const lines = tx.objectStore('assessmentList')
    const got = await Promise.all(ids.map((id) => read(lines.get(id))))
    const elapsed = performance.now() - started
    db.close()
    if (got.some((line) => line === undefined)) throw new Error('a line is missing')
    return { ms: elapsed, ids }
  }, PAGE_ROWS)
}

/** In the page: a raw IndexedDB open + getAll of every assessment row (what a naive list reads). */
function timeRawGetAll(page: Page): Promise<{ ms: number; count: number }> {
  return page.evaluate(async () => {
    const started = performance.now()
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('stability-assessor')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    const all = await new Promise<unknown[]>((done, fail) => {
      const request = db.transaction('assessments').objectStore('assessments').getAll()
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    const elapsed = performance.now() - started
    db.close()
    return { ms: elapsed, count: all.length }
  })
}

/** The ids of the rows on screen, top to bottom. */
const shownIds = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="assessment-row"]')].map(
      (row) => row.getAttribute('data-assessment-id') ?? ''
    )
  )

/** Full reload onto the list: navigation start until the first page of rows is in the DOM. */
async function timeReload(page: Page): Promise<number> {
  await page.reload()
  await page.waitForFunction(
    (rows) => document.querySelectorAll('[data-testid="assessment-row"]').length === rows,
    PAGE_ROWS,
    { polling: 'raf' }
  )
  return page.evaluate(() => performance.now())
}

const verdict = (ok: boolean): string => (ok ? 'met' : 'NOT met')

function main(): Promise<void> {
  return withBenchPage(async (page, server) => {
    await openApp(page, server.url, '/assessments')
    await seed(page)
    await openApp(page, server.url, '/banks')
    await page.reload()
    await page.waitForSelector('#root[data-app-state="ready"]')

    const list: number[] = []
    const raw: number[] = []
    const getAll: number[] = []
    for (let round = 0; round < WARM_UP + ROUNDS; round++) {
      const navigation = await timeNavigation(page)
      const baseline = await timeRawPage(page)
      // Same rows, same page: the list shows exactly what the baseline read.
      const shown = await shownIds(page)
      if (shown.join() !== baseline.ids.join())
        throw new Error(`the list shows ${shown.join()}, the baseline read ${baseline.ids.join()}`)
      const naive = await timeRawGetAll(page)
      if (naive.count !== COUNT) throw new Error(`expected ${COUNT} rows, read ${naive.count}`)
      if (round >= WARM_UP) {
        list.push(navigation)
        raw.push(baseline.ms)
        getAll.push(naive.ms)
      }
    }
    // Every assessment is listed (the trash apart): the "all" count and the table's total agree.
    const shown = await page.getByTestId('status-filter').locator('[data-view="all"]').innerText()
    const listed = COUNT - COUNT / 50
    if (!shown.replace(/\D/g, '').endsWith(String(listed)))
      throw new Error(`the list should count ${listed} assessments, shows "${shown}"`)

    // A sort no index serves reads every line: navigation onto the list sorted by institution.
    const sorted: number[] = []
    for (let round = 0; round < WARM_UP + 5; round++) {
      const ms = await timeNavigation(page, '?sort=institution&order=ascend')
      if (round >= WARM_UP) sorted.push(ms)
    }
    await timeNavigation(page)

    const reloads: number[] = []
    for (let round = 0; round < 5; round++) reloads.push(await timeReload(page))

    const l = summarize(list)
    const b = summarize(raw)
    const g = summarize(getAll)
    const o = summarize(sorted)
    const r = summarize(reloads)
    console.log(
      `home list, ${COUNT} assessments in IndexedDB (${ROUNDS} rounds after ${WARM_UP} warm-up)`
    )
    console.log(
      `  navigate → first ${PAGE_ROWS} rows painted  p50 ${ms(l.p50)}  p95 ${ms(l.p95)} — aim ≤ ${AIM_MS} ms: ${verdict(l.p50 <= AIM_MS)}`
    )
    console.log(
      `  baseline: raw IndexedDB read of the same ${PAGE_ROWS} lines (key-only index reads for order and trash, then the lines)  p50 ${ms(b.p50)}  p95 ${ms(b.p95)}`
    )
    console.log(`  ratio list / raw page read (p50): ${(l.p50 / b.p50).toFixed(2)}×`)
    console.log(
      `  for scale: raw getAll of all ${COUNT} assessment rows  p50 ${ms(g.p50)}  p95 ${ms(g.p95)}`
    )
    console.log(
      `  sorted by institution (every line read, sorted in memory) → first ${PAGE_ROWS} rows  p50 ${ms(o.p50)}  p95 ${ms(o.p95)}`
    )
    console.log(
      `  full reload (start-up included) → rows in the DOM  p50 ${ms(r.p50)}  max ${ms(r.max)}`
    )
  })
}

await main()
