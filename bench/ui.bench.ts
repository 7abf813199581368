/// <reference lib="dom" />
/**
 * UI benchmark (npm run bench), measured in Chromium on the built renderer:
 * 1. answer change → IndexedDB commit, p50/p95 (the click on a radio until autosave announces the
 *    committed transaction), next to a raw IndexedDB put of the same record in the same page,
 *    interleaved round by round; plus click → "saved" shown on a 6- and a 120-question section
 *    (if every row re-rendered on one change, the big section would be far slower);
 * 2. opening a 120-question section (a fixture bank: the default bank with section A1 grown to
 *    120 questions) from the sidebar until its questions are painted, next to a 6-question one;
 * 3. the initial JavaScript (the entry and its modulepreloads in index.html), gzipped, and that
 *    exceljs and ECharts sit only in lazily loaded chunks.
 * Never an assertion on time: it prints figures, ratios and whether each aim is met; it fails only
 * when the app does not work (or a heavy library lands in the initial bundle).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import type { Question } from '../shared/bank/question'
import { seedAssessment } from '../tests/e2e/seed'
import {
  defaultBank,
  installBank,
  ms,
  openApp,
  RENDERER_DIR,
  summarize,
  withBenchPage
} from './chromium-harness'

const AIM_COMMIT_P95_MS = 10
const AIM_OPEN_MS = 200
const AIM_INITIAL_KB = 450
const ROUNDS = 120
const WARM_UP = 10
const OPENS = 15

/** The default bank with A1 grown to 120 questions (cycling maturity / yes-partial-no / number). */
export function bankWith120Questions(): unknown {
  const bank = structuredClone(defaultBank()) as unknown as {
    id: string
    title: Record<string, string>
    pillars: Array<{ sections: Array<{ id: string; questions: Question[] }> }>
    consistencyRules: unknown[]
  }
  bank.id = 'bench-120'
  bank.title = { 'zh-CN': '性能测试题库（120题）', 'en-US': 'Benchmark bank (120 questions)' }
  const section = bank.pillars[0]!.sections[0]!
  const templates = section.questions.filter(
    (q) => q.type === 'maturity' || q.type === 'yesPartialNo'
  )
  const grown: Question[] = [...section.questions]
  for (let i = 0; grown.length < 120; i++) {
    const template = templates[i % templates.length]!
    const id = `A1.B${String(i + 1).padStart(3, '0')}`
    if (i % 5 === 4) {
      grown.push({
        id,
        type: 'number',
        text: { 'zh-CN': `第${i + 1}项指标（次）`, 'en-US': `Indicator ${i + 1} (count)` },
        weight: 1,
        source: 'P',
        min: 0,
        max: 1000,
        references: []
      } as unknown as Question)
    } else grown.push({ ...template, id, critical: false } as Question)
  }
  section.questions = grown
  return bank
}

/**
 * A stand-in React DevTools hook: after each commit it notes which question cards' DOM props are
 * new objects, i.e. which cards rendered again. Installed before the app loads.
 */
const CARD_RENDER_PROBE = `
  window.__cardRenders = [];
  const seen = new WeakMap();
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1 }, checkDCE() {},
    onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(id, root) {
      const stack = [root.current];
      while (stack.length) {
        const f = stack.pop();
        const props = f.memoizedProps;
        if (f.tag === 5 && props && props['data-question-id'] && seen.get(f.stateNode) !== props) {
          if (seen.has(f.stateNode)) window.__cardRenders.push(props['data-question-id']);
          seen.set(f.stateNode, props);
        }
        if (f.child) stack.push(f.child);
        if (f.sibling) stack.push(f.sibling);
      }
    }
  };`

/** Which cards render again after each of a few answer changes on the open section. */
async function measureRerenders(page: Page, changes: Array<[string, string]>): Promise<string[][]> {
  const out: string[][] = []
  for (const [id, value] of changes) {
    await page.evaluate(() => {
      ;(window as unknown as { __cardRenders: string[] }).__cardRenders = []
    })
    await page.locator(`[data-testid="question-${id}"] input[value="${value}"]`).check()
    await page.waitForSelector('[data-testid="save-state"][data-state="saved"]')
    // Let the live query and the re-score land.
    await page.waitForTimeout(300)
    out.push(
      await page.evaluate(() => (window as unknown as { __cardRenders: string[] }).__cardRenders)
    )
  }
  return out
}

/** Answer change → commit (and → "saved" shown), interleaved with a raw put of the same row. */
async function measureAnswerCommit(page: Page, assessmentId: string, questionIds: string[]) {
  return page.evaluate(
    async ({ assessmentId, questionIds, rounds, warmUp }) => {
      const nextFrame = () => new Promise((done) => requestAnimationFrame(() => setTimeout(done)))
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const request = indexedDB.open('stability-assessor')
        request.onsuccess = () => done(request.result)
        request.onerror = () => fail(request.error)
      })
      const saveState = document.querySelector('[data-testid="save-state"]')!
      const saved = () =>
        new Promise<number>((done) => {
          const observer = new MutationObserver(() => {
            if (saveState.getAttribute('data-state') !== 'saved') return
            observer.disconnect()
            done(performance.now())
          })
          observer.observe(saveState, { attributes: true, attributeFilter: ['data-state'] })
        })
      const committed = () =>
        new Promise<number>((done) =>
          window.addEventListener('autosave:commit', () => done(performance.now()), { once: true })
        )
      const commit: number[] = []
      const shown: number[] = []
      const raw: number[] = []
      for (let i = 0; i < rounds + warmUp; i++) {
        const id = questionIds[i % questionIds.length]!
        const value = Math.floor(i / questionIds.length) % 2 === 0 ? 'no' : 'yes'
        const input = document.querySelector<HTMLInputElement>(
          `[data-testid="question-${id}"] input[value="${value}"]`
        )!
        const whenCommitted = committed()
        const whenShown = saved()
        const start = performance.now()
        input.click()
        const [committedAt, shownAt] = await Promise.all([whenCommitted, whenShown])
        await nextFrame()

        // The same record, put raw: read it back (untimed), then one readwrite transaction.
        const row = await new Promise<unknown>((done, fail) => {
          const request = db.transaction('answers').objectStore('answers').get([assessmentId, id])
          request.onsuccess = () => done(request.result)
          request.onerror = () => fail(request.error)
        })
        const rawStart = performance.now()
        const tx = db.transaction('answers', 'readwrite')
        tx.objectStore('answers').put(row)
        await new Promise<void>((done, fail) => {
          tx.oncomplete = () => done()
          tx.onerror = () => fail(tx.error)
        })
        const rawTime = performance.now() - rawStart
        await nextFrame()
        if (i < warmUp) continue
        commit.push(committedAt - start)
        shown.push(shownAt - start)
        raw.push(rawTime)
      }
      db.close()
      return { commit, shown, raw }
    },
    { assessmentId, questionIds, rounds: ROUNDS, warmUp: WARM_UP }
  )
}

/** Sidebar click → the section's questions are in the DOM and painted. */
async function measureOpen(page: Page, sectionId: string, expected: number, from: string) {
  return page.evaluate(
    async ({ sectionId, expected, from, opens }) => {
      const painted = (id: string, count: number | null) =>
        new Promise<number>((done) => {
          const ready = () => {
            const page = document.querySelector(
              `[data-testid="section-page"][data-section-id="${id}"]`
            )
            const cards = page?.querySelectorAll('[data-question-id]').length ?? 0
            return count === null ? cards > 0 : cards === count
          }
          const finish = () =>
            requestAnimationFrame(() => setTimeout(() => done(performance.now())))
          if (ready()) return finish()
          const observer = new MutationObserver(() => {
            if (!ready()) return
            observer.disconnect()
            finish()
          })
          observer.observe(document.body, { childList: true, subtree: true })
        })
      /** Click → the first cards painted, and → all `count` cards painted. */
      const go = async (id: string, count: number | null) => {
        const link = document.querySelector<HTMLElement>(`[data-testid="nav-section-${id}"]`)!
        const start = performance.now()
        const whenFirst = painted(id, null)
        const whenAll = painted(id, count)
        link.click()
        const [first, all] = await Promise.all([whenFirst, whenAll])
        return { first: first - start, all: all - start }
      }
      const first: number[] = []
      const all: number[] = []
      let nodes = 0
      for (let i = 0; i < opens + 2; i++) {
        // Leave for another section first, and let it settle.
        await go(from, null)
        await new Promise((done) => setTimeout(done, 50))
        const time = await go(sectionId, expected)
        if (i >= 2) {
          first.push(time.first)
          all.push(time.all)
        }
        nodes = document.querySelector('[data-testid="section-page"]')!.querySelectorAll('*').length
      }
      return { first, all, nodes }
    },
    { sectionId, expected, from, opens: OPENS }
  )
}

interface Chunk {
  file: string
  bytes: number
  gzip: number
}

/** The entry script and its modulepreloads: what the first screen loads. */
function initialJavaScript(): { initial: Chunk[]; lazyHeavy: string[]; problems: string[] } {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8')
  const refs = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)
  ].map((m) => m[1]!.replace(/^\.\//, ''))
  const chunk = (file: string): Chunk => {
    const content = readFileSync(join(RENDERER_DIR, file))
    return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length }
  }
  const initial = [...new Set(refs)].map(chunk)
  // Markers of the heavy libraries in minified code: exceljs names itself; zrender is ECharts'.
  const heavy = (text: string) =>
    text.includes('ExcelJS') ? 'exceljs' : text.includes('getZr') ? 'echarts' : null
  const problems: string[] = []
  for (const c of initial) {
    const lib = heavy(readFileSync(join(RENDERER_DIR, c.file), 'utf8'))
    if (lib) problems.push(`${lib} is in the initial chunk ${c.file}`)
  }
  const lazyHeavy = readdirSync(join(RENDERER_DIR, 'assets'))
    .filter((f) => f.endsWith('.js') && !refs.includes(`assets/${f}`))
    .filter((f) => heavy(readFileSync(join(RENDERER_DIR, 'assets', f), 'utf8')))
    .map((f) => `${heavy(readFileSync(join(RENDERER_DIR, 'assets', f), 'utf8'))}: ${f}`)
  return { initial, lazyHeavy, problems }
}

const verdict = (ok: boolean) => (ok ? 'aim met' : 'aim NOT met')

function main(): Promise<void> {
  return withBenchPage(async (page, server) => {
    await page.addInitScript({ content: CARD_RENDER_PROBE })
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()))
    await openApp(page, server.url)

    // 1. Answer change → commit, on the default bank's 7-question section A1.
    const small = await seedAssessment(page)
    await page.goto(`${server.url}/#/a/${small}/s/A1`)
    await page.waitForSelector('[data-testid="section-page"][data-section-id="A1"]')
    const ypn = ['A1.02', 'A1.03', 'A1.05', 'A1.08']
    const a = await measureAnswerCommit(page, small, ypn)

    // 2. The 120-question section.
    await installBank(page, bankWith120Questions())
    const large = await seedAssessment(page, { bankId: 'bench-120' })
    await page.goto(`${server.url}/#/a/${large}/s/A2`)
    await page.waitForSelector('[data-testid="section-page"][data-section-id="A2"]')
    const open120 = await measureOpen(page, 'A1', 120, 'A2')
    const open6 = await measureOpen(page, 'A2', 6, 'A3')
    await page.goto(`${server.url}/#/a/${large}/s/A1`)
    await page.waitForSelector('[data-testid="section-page"][data-section-id="A1"]')
    const b = await measureAnswerCommit(page, large, ['A1.02', 'A1.03', 'A1.05', 'A1.08'])
    const rerenders = await measureRerenders(page, [
      ['A1.02', 'partial'],
      ['A1.01', '2'],
      ['A1.B001', '1']
    ])
    if (problems.length > 0) throw new Error(`the app reported errors: ${problems.join('; ')}`)

    const commit = summarize(a.commit)
    const raw = summarize(a.raw)
    const shown = summarize(a.shown)
    const shown120 = summarize(b.shown)
    const commit120 = summarize(b.commit)
    const o120 = summarize(open120.first)
    const all120 = summarize(open120.all)
    const o6 = summarize(open6.all)
    console.log(`answer change → IndexedDB commit (${ROUNDS} changes, interleaved with raw puts):`)
    console.log(
      `  app (saveAnswer: answer + audit + updatedAt, one transaction)  p50 ${ms(commit.p50)}  p95 ${ms(commit.p95)}  max ${ms(commit.max)}`
    )
    console.log(
      `  raw IndexedDB put of the same record                          p50 ${ms(raw.p50)}  p95 ${ms(raw.p95)}  max ${ms(raw.max)}`
    )
    console.log(
      `  ratio app/raw  p50 ${(commit.p50 / raw.p50).toFixed(2)}×  p95 ${(commit.p95 / raw.p95).toFixed(2)}×  — p95 aim ≤ ${AIM_COMMIT_P95_MS} ms: ${verdict(commit.p95 <= AIM_COMMIT_P95_MS)}`
    )
    console.log(
      `  click → "saved" shown: 7-question section p50 ${ms(shown.p50)} p95 ${ms(shown.p95)}; ` +
        `120-question section p50 ${ms(shown120.p50)} p95 ${ms(shown120.p95)} ` +
        `(commit p50 ${ms(commit120.p50)}; ratio 120/7 ${(shown120.p50 / shown.p50).toFixed(2)}×)`
    )
    const cards = new Set(rerenders.flat())
    console.log(
      `  cards rendered again per answer change on the 120-question section: ` +
        rerenders.map((ids) => `${new Set(ids).size} (${ids.length} renders)`).join(', ') +
        ` — ${cards.size === rerenders.length ? 'only the changed card' : `cards: ${[...cards].join(' ')}`}`
    )
    console.log(`opening a section from the sidebar until painted (${OPENS} opens each):`)
    console.log(
      `  120 questions, first screenful  p50 ${ms(o120.p50)}  p95 ${ms(o120.p95)} — aim ≤ ${AIM_OPEN_MS} ms: ${verdict(o120.p50 <= AIM_OPEN_MS)}`
    )
    console.log(
      `  120 questions, all 120 cards    p50 ${ms(all120.p50)}  p95 ${ms(all120.p95)}  (${open120.nodes} DOM elements)`
    )
    console.log(
      `    6 questions (baseline)        p50 ${ms(o6.p50)}  p95 ${ms(o6.p95)}  (${open6.nodes} DOM elements) — ratio 120/6 first ${(o120.p50 / o6.p50).toFixed(2)}×, all ${(all120.p50 / o6.p50).toFixed(2)}×`
    )

    const js = initialJavaScript()
    const total = js.initial.reduce((sum, c) => sum + c.gzip, 0)
    const raw0 = js.initial.reduce((sum, c) => sum + c.bytes, 0)
    console.log(
      `initial JavaScript: ${js.initial.length} files, ${(raw0 / 1024).toFixed(0)} KB, ` +
        `${(total / 1024).toFixed(1)} KB gzipped (${((total / 1024 / AIM_INITIAL_KB) * 100).toFixed(0)}% of the ${AIM_INITIAL_KB} KB aim): ${verdict(total / 1024 <= AIM_INITIAL_KB)}`
    )
    for (const c of [...js.initial].sort((x, y) => y.gzip - x.gzip).slice(0, 5))
      console.log(`  ${c.file}  ${(c.gzip / 1024).toFixed(1)} KB gzipped`)
    console.log(`  lazily loaded heavy libraries: ${js.lazyHeavy.join(', ') || 'none found'}`)
    if (js.problems.length > 0) throw new Error(js.problems.join('; '))
  })
}

if (process.argv[1]?.endsWith('ui.bench.ts')) await main()
