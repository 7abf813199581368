/// <reference lib="dom" />
/**
 * Key presses per answer, for a keyboard pass over the whole default bank (issue 16): a new
 * assessment (whatever bank the app gives new assessments), from its first question, an answer key
 * on every maturity (3), yes/partial/no (Y) and single-choice (1) question, J on every other. Every
 * key press counts, section changes included; the pass ends where it would come back to a
 * question already passed, or leaves the questionnaire (the factors screen). Then every answer is
 * read back from IndexedDB.
 *
 * Measured twice in the same run: answer-and-advance off (the baseline: answer key, then J) and on
 * (the default). Aim: ≤ 1.35 key presses per answer with it on.
 */
import type { Page } from '@playwright/test'
import { scoreAssessment } from '../shared/scoring'
import { defaultBank } from '../tests/e2e/assessment-file'
import { App } from '../tests/e2e/pages/app'
import { appLanguage } from '../tests/e2e/pages/ui-text'
import { openApp, withBenchPage } from './chromium-harness'

const AIM_KEYS_PER_ANSWER = 1.35
/** The key each answerable type gets, and the value it stores. */
const ANSWER_KEYS: Record<string, { key: string; value: (card: CardInfo) => unknown }> = {
  maturity: { key: '3', value: () => 3 },
  yesPartialNo: { key: 'y', value: () => 'yes' },
  singleChoice: { key: '1', value: (card) => card.firstOption }
}

interface CardInfo {
  id: string
  type: string
  sectionId: string
  firstOption: string | null
}

interface PassResult {
  keys: number
  answers: Map<string, unknown>
  /** Every question the pass stood on, in order. */
  visited: string[]
  jumps: number
  sections: number
  endedAt: string
}

/** The question the keys act on: the focused card, or the section's first before any focus. */
function currentCard(page: Page): Promise<CardInfo | null> {
  return page.evaluate(() => {
    const section = document.querySelector<HTMLElement>('[data-testid="section-page"]')
    if (!section) return null
    const active = document.activeElement?.closest<HTMLElement>('[data-question-id]')
    const card = active ?? section.querySelector<HTMLElement>('[data-question-id]')
    if (!card) return null
    return {
      id: card.dataset.questionId!,
      type: card.dataset.questionType!,
      sectionId: section.dataset.sectionId!,
      firstOption:
        card.querySelector<HTMLInputElement>('.q-answer input[type=radio]')?.value ?? null
    }
  })
}

/** Waits until focus is on another question's card, or the questionnaire was left. */
async function focusMovedFrom(page: Page, questionId: string): Promise<void> {
  await page.waitForFunction(
    (from) => {
      if (!document.querySelector('[data-testid="section-page"]')) return true
      const card = document.activeElement?.closest<HTMLElement>('[data-question-id]')
      return card !== null && card !== undefined && card.dataset.questionId !== from
    },
    questionId,
    { timeout: 10_000 }
  )
}

async function keyboardPass(page: Page, advance: boolean): Promise<PassResult> {
  const result: PassResult = {
    keys: 0,
    answers: new Map(),
    visited: [],
    jumps: 0,
    sections: 1,
    endedAt: ''
  }
  const passed = new Set<string>()
  let section = ''
  for (;;) {
    const card = await currentCard(page)
    if (!card) {
      result.endedAt = 'left the questionnaire (factors screen)'
      break
    }
    if (passed.has(card.id)) {
      result.endedAt = `back at ${card.id}, already passed`
      break
    }
    if (section !== '' && card.sectionId !== section) result.sections++
    section = card.sectionId
    passed.add(card.id)
    result.visited.push(card.id)
    const answerKey = ANSWER_KEYS[card.type]
    if (answerKey) {
      await page.keyboard.press(answerKey.key)
      result.keys++
      result.answers.set(card.id, answerKey.value(card))
      if (!advance) {
        await page.keyboard.press('j')
        result.keys++
      }
    } else {
      await page.keyboard.press('j')
      result.keys++
      result.jumps++
    }
    try {
      await focusMovedFrom(page, card.id)
    } catch {
      result.endedAt = `focus stayed on ${card.id}`
      break
    }
  }
  return result
}

/** The stored answers of an assessment and its bank, read straight from IndexedDB. */
function storedAssessment(
  page: Page,
  assessmentId: string
): Promise<{ answers: Array<[string, unknown]>; bank: string }> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('stability-assessor')
      request.onsuccess = () => done(request.result)
      request.onerror = () => fail(request.error)
    })
    const read = <T>(store: string, key?: string) =>
      new Promise<T>((done, fail) => {
        const objects = db.transaction(store).objectStore(store)
        const request = key === undefined ? objects.getAll() : objects.get(key)
        request.onsuccess = () => done(request.result as T)
        request.onerror = () => fail(request.error)
      })
    try {
      const rows =
        await read<Array<{ assessmentId: string; questionId: string; value?: unknown }>>('answers')
      const assessment = await read<{ bank: { id: string; version: string } }>('assessments', id)
      return {
        answers: rows
          .filter((row) => row.assessmentId === id)
          .map((row): [string, unknown] => [row.questionId, row.value]),
        bank: `${assessment.bank.id} ${assessment.bank.version}`
      }
    } finally {
      db.close()
    }
  }, assessmentId)
}

/**
 * What a whole pass must cover, computed in Node from the shipped bank: every question shown under
 * the bank's skip logic once the pass's answers are given, and of those the ones an answer key
 * answers. The newest shipped bank is what the app gives new assessments.
 */
function wholeBank(answers: Map<string, unknown>) {
  const bank = defaultBank()
  const result = scoreAssessment(bank, {
    answers: [...answers].map(([questionId, value]) => ({
      questionId,
      value: value as never,
      evidence: [],
      flagged: false,
      carriedOver: false
    })),
    factors: [],
    profile: bank.profiles.find((p) => p.id === bank.defaultProfileId)!,
    metadata: undefined as never
  })
  const shown = result.questions.filter((q) => q.visible)
  return {
    bank: `${bank.id} ${bank.version}`,
    shown: shown.map((q) => q.id),
    answerable: shown.filter((q) => q.type in ANSWER_KEYS).map((q) => q.id)
  }
}

async function newAssessment(app: App, baseUrl: string): Promise<string> {
  const { page } = app
  await openApp(page, baseUrl, '/assessments')
  await app.home.newButton.click()
  const form = app.newAssessment
  await form.institution.fill('键盘测评证券股份有限公司')
  await form.assessor.fill('王芳')
  await form.create.click()
  await page.waitForSelector('[data-testid="section-page"] [data-question-id]')
  const match = /#\/a\/([^/]+)\/s\//.exec(page.url())
  if (!match?.[1]) throw new Error(`no assessment id in ${page.url()}`)
  return match[1]
}

async function measure(app: App, baseUrl: string, advance: boolean) {
  const { page } = app
  await openApp(page, baseUrl, '/settings')
  await app.settings.setAnswerAndAdvance(advance)
  const assessmentId = await newAssessment(app, baseUrl)
  const pass = await keyboardPass(page, advance)
  if (await page.getByTestId('save-state').isVisible()) await app.questionnaire.waitSaved()
  else await page.waitForTimeout(500)
  const { answers, bank } = await storedAssessment(page, assessmentId)
  const stored = new Map(answers)
  const missing = [...pass.answers].filter(
    ([id, value]) => JSON.stringify(stored.get(id)) !== JSON.stringify(value)
  )
  const whole = wholeBank(pass.answers)
  const visited = new Set(pass.visited)
  const problems = [
    ...(bank === whole.bank ? [] : [`the assessment is on ${bank}, not the default ${whole.bank}`]),
    ...whole.shown.filter((id) => !visited.has(id)).map((id) => `${id} never reached`),
    ...whole.answerable.filter((id) => !pass.answers.has(id)).map((id) => `${id} not answered`),
    ...missing.map(([id]) => `${id} not saved as given`)
  ]
  return { ...pass, bank, shown: whole.shown.length, stored: stored.size, missing, problems }
}

function main(): Promise<void> {
  return withBenchPage(async (page, server) => {
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    await openApp(page, server.url)
    const app = new App(page, appLanguage(await page.evaluate(() => navigator.language)))
    const off = await measure(app, server.url, false)
    const on = await measure(app, server.url, true)
    if (problems.length > 0) throw new Error(`the app reported errors: ${problems.join('; ')}`)

    const perAnswer = (r: typeof on) => r.keys / r.answers.size
    console.log(`keyboard pass over the default bank (${on.bank}) from its first question`)
    console.log(
      '  (an answer key on every maturity / yes-partial-no / single-choice question, J on every other)'
    )
    for (const [label, r] of [
      ['answer-and-advance off (baseline)', off],
      ['answer-and-advance on (default)  ', on]
    ] as const) {
      console.log(
        `  ${label}  ${r.keys} keys for ${r.answers.size} answers = ${perAnswer(r).toFixed(3)} per answer` +
          `  (${r.jumps} J over other questions, ${r.sections} sections; ended: ${r.endedAt})`
      )
      console.log(
        `    reached ${new Set(r.visited).size} of the ${r.shown} questions shown; ` +
          `saved in IndexedDB: ${r.answers.size - r.missing.length} of ${r.answers.size} answers` +
          (r.problems.length > 0 ? `; PROBLEMS: ${r.problems.join(', ')}` : '')
      )
    }
    console.log(
      `  ratio on / off: ${(perAnswer(on) / perAnswer(off)).toFixed(3)}; aim ≤ ${AIM_KEYS_PER_ANSWER} per answer: ` +
        (perAnswer(on) <= AIM_KEYS_PER_ANSWER ? 'aim met' : 'aim NOT met')
    )
    if (off.problems.length > 0 || on.problems.length > 0)
      throw new Error('a pass did not cover the whole bank, or an answer was not saved')
  })
}

await main()
