import { resolve } from 'node:path'
import {
  test as base,
  expect,
  type BrowserContext,
  type Page,
  type TestInfo
} from '@playwright/test'
import { App } from './pages/app'
import { appLanguage } from './pages/ui-text'
import { seedAssessment, type SeedOptions } from './seed'

/** The checks every test runs under (see `guards` below). */
export interface Guards {
  /**
   * For errors a test provokes on purpose (e.g. the CSP violation it checks for): allows console
   * errors matching `pattern` in this test, and requires at least one.
   */
  expectConsoleError(pattern: RegExp): void
}

/** A fresh copy of the sample assessment, open in the app. */
export interface SampleAssessment {
  id: string
  app: App
}

interface Fixtures {
  guards: Guards
  /** Opens a route (`/settings`) and waits until the app says it is ready. */
  openApp: (route?: string) => Promise<void>
  /** The app's page objects, in the language the test's locale makes the app show. */
  app: App
  /** The home screen's sample, opened: the usual start of a test about an assessment. */
  sampleAssessment: SampleAssessment
  /** An empty draft of the default bank, seeded in the database (the app on the home screen). */
  blankAssessment: SampleAssessment
  /** Opens the home screen and seeds a draft assessment there (see seedAssessment); its id. */
  seeded: (options?: SeedOptions) => Promise<string>
  /**
   * Another computer: a browser context of its own (so its own IndexedDB), in the test's locale,
   * with the app open at `route`. Console errors and warnings and page errors there fail the test
   * too; it is closed after the test.
   */
  otherComputer: (route?: string) => Promise<App>
  /** Saves a full-page screenshot to test-results/screenshots/<name>.png and attaches it. */
  saveScreenshot: (name: string) => Promise<string>
}

/** Fails fast on `error` instead of waiting out the timeout for a `ready` that never comes. */
export async function waitForReady(page: Page): Promise<void> {
  const root = page.locator('#root')
  await expect(root).not.toHaveAttribute('data-app-state', 'loading')
  await expect(root, 'start-up should end in "ready"').toHaveAttribute('data-app-state', 'ready')
}

/** Everything that leaves the app's own origin; data: and blob: URLs never leave the page. */
function isForeign(url: string, appOrigin: string): boolean {
  const { protocol, origin } = new URL(url)
  if (protocol === 'data:' || protocol === 'blob:') return false
  return origin !== appOrigin
}

const screenshotDir = (testInfo: TestInfo): string =>
  resolve(testInfo.project.outputDir, '..', 'screenshots')

/**
 * Every test runs under three guards, checked after the test body: no console error or warning,
 * no uncaught page error, and no request to any origin but the app's own (the app is offline by
 * design) nor any failed request to it.
 */
export const test = base.extend<Fixtures>({
  guards: [
    async ({ context, baseURL }, use) => {
      const appOrigin = new URL(baseURL ?? 'http://127.0.0.1').origin
      const problems: string[] = []
      const foreign: string[] = []
      const expected: RegExp[] = []
      const seen = new Set<RegExp>()

      context.on('console', (message) => {
        if (message.type() !== 'error' && message.type() !== 'warning') return
        const text = message.text()
        const match = message.type() === 'error' && expected.find((pattern) => pattern.test(text))
        if (match) seen.add(match)
        else problems.push(`console.${message.type()}: ${text} (${message.location().url})`)
      })
      context.on('weberror', (error) => problems.push(`page error: ${error.error().stack}`))
      context.on('request', (request) => {
        if (isForeign(request.url(), appOrigin))
          foreign.push(`${request.method()} ${request.url()}`)
      })
      context.on('requestfailed', (request) => {
        // ERR_ABORTED is the browser cancelling a request it no longer needs: a reload or a
        // restore's reload while lazy chunks are in flight. A chunk the app needed and did not get
        // still fails the test, as a page error or a console error of the failed import.
        if (request.failure()?.errorText === 'net::ERR_ABORTED') return
        if (!isForeign(request.url(), appOrigin) && !request.url().startsWith('blob:')) {
          problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`)
        }
      })
      context.on('response', (response) => {
        if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`)
      })

      await use({ expectConsoleError: (pattern) => void expected.push(pattern) })

      expect(problems, 'console errors/warnings, page errors or failed requests').toEqual([])
      expect(foreign, 'requests to origins other than the app').toEqual([])
      for (const pattern of expected) {
        expect(seen.has(pattern), `expected a console error matching ${pattern}`).toBe(true)
      }
    },
    { auto: true }
  ],

  openApp: async ({ page }, use) => {
    await use(async (route = '/') => {
      await page.goto(`/#${route}`)
      await waitForReady(page)
    })
  },

  app: async ({ page, locale }, use) => {
    await use(new App(page, appLanguage(locale)))
  },

  sampleAssessment: async ({ app, openApp }, use) => {
    await openApp('/assessments')
    await use({ id: await app.home.openSample(), app })
  },

  seeded: async ({ page, openApp }, use) => {
    await use(async (options) => {
      await openApp('/assessments')
      return seedAssessment(page, options)
    })
  },

  blankAssessment: async ({ app, seeded }, use) => {
    await use({ id: await seeded(), app })
  },

  otherComputer: async ({ browser, baseURL, locale }, use) => {
    const contexts: BrowserContext[] = []
    const problems: string[] = []
    await use(async (route = '/assessments') => {
      const context = await browser.newContext({ locale, baseURL, acceptDownloads: true })
      contexts.push(context)
      context.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`console.${message.type()}: ${message.text()}`)
      })
      context.on('weberror', (error) => problems.push(`page error: ${error.error().stack}`))
      const page = await context.newPage()
      await page.goto(`/#${route}`)
      await waitForReady(page)
      return new App(page, appLanguage(locale))
    })
    for (const context of contexts) await context.close()
    expect(problems, 'console errors/warnings or page errors on the other computer').toEqual([])
  },

  saveScreenshot: async ({ page }, use, testInfo) => {
    await use(async (name) => {
      const path = resolve(screenshotDir(testInfo), `${name}.png`)
      // Finish antd's transitions (menu underline, fades) so the picture shows the settled UI.
      await page.screenshot({ path, fullPage: true, animations: 'disabled' })
      await testInfo.attach(name, { path, contentType: 'image/png' })
      return path
    })
  }
})

export { expect }

/** The app's two languages, Chinese first. */
export type AppLocale = 'zh-CN' | 'en-US'
export const APP_LOCALES: readonly AppLocale[] = ['zh-CN', 'en-US']

/** One `test.describe(title)` whose tests run under `locale`. */
export function inLocale(locale: AppLocale, title: string, body: () => void): void {
  test.describe(title, () => {
    test.use({ locale })
    body()
  })
}

/**
 * One `test.describe` per language, its tests run under that language's locale: titled
 * `title (locale)`, or the locale alone without a title. Each entry carries the texts that
 * language expects.
 */
export function forEachLanguage<L extends { locale: AppLocale }>(
  languages: readonly L[],
  body: (language: L) => void
): void
export function forEachLanguage<L extends { locale: AppLocale }>(
  title: string,
  languages: readonly L[],
  body: (language: L) => void
): void
export function forEachLanguage<L extends { locale: AppLocale }>(
  ...args: [readonly L[], (language: L) => void] | [string, readonly L[], (language: L) => void]
): void {
  const [title, languages, body] = args.length === 3 ? args : [undefined, ...args]
  for (const language of languages) {
    const name = title === undefined ? language.locale : `${title} (${language.locale})`
    inLocale(language.locale, name, () => body(language))
  }
}

/** `forEachLanguage` over both locales, for tests that need nothing but the locale. */
export function forEachLocale(body: (locale: AppLocale) => void): void {
  forEachLanguage(
    APP_LOCALES.map((locale) => ({ locale })),
    ({ locale }) => body(locale)
  )
}
