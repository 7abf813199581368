/// <reference lib="dom" />
/**
 * npm run guide:screenshots — regenerates every picture of the user guide (docs/guide/images/
 * <language>/*.png) from the browser build, in Debian's Chromium with the CJK fonts, so the guide's
 * pictures never drift from the app. Each language gets a fresh browser profile: the first start,
 * then the sample assessment through every screen the guide explains.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Browser, Locator, Page } from '@playwright/test'
import {
  ROOT,
  defaultBank,
  ensureRendererBuilt,
  launchChromium,
  serveStatic
} from '../bench/chromium-harness'
import { App } from '../tests/e2e/pages/app'
import type { AppLanguage } from '../tests/e2e/pages/ui-text'

export const GUIDE_IMAGES = join(ROOT, 'docs', 'guide', 'images')
const VIEWPORT = { width: 1280, height: 800 }
const SECTIONS = defaultBank().pillars.flatMap((pillar) => pillar.sections.map((s) => s.id))

async function shoot(page: Page, dir: string, name: string, focus?: Locator): Promise<void> {
  if (focus) await focus.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  else await page.evaluate(() => window.scrollTo(0, 0))
  // Let antd's entrance transitions and the charts settle before the picture.
  await page.waitForTimeout(1200)
  await page.screenshot({ path: join(dir, `${name}.png`) })
  console.log(`  ${name}.png`)
}

async function shootLanguage(browser: Browser, baseURL: string, language: AppLanguage) {
  const dir = join(GUIDE_IMAGES, language)
  await mkdir(dir, { recursive: true })
  console.log(`${language}:`)
  const context = await browser.newContext({ locale: language, viewport: VIEWPORT, baseURL })
  const page = await context.newPage()
  const app = new App(page, language)
  const ready = async (route: string) => {
    await page.goto(`/#${route}`)
    await page.waitForSelector('#root[data-app-state="ready"]')
  }
  try {
    await ready('/assessments')
    await app.home.empty.waitFor()
    await shoot(page, dir, 'first-start')

    await ready('/assessments/new')
    await shoot(page, dir, 'new-assessment')

    await ready('/assessments')
    const id = await app.home.openSample()
    await app.questionnaire.open(id, 'A1')
    const first = page.locator('[data-question-id]').first()
    await first.focus()
    await shoot(page, dir, 'section')
    await page.keyboard.press('?')
    await page.getByTestId('keyboard-help').waitFor()
    await shoot(page, dir, 'keyboard-help')
    await page.keyboard.press('Escape')

    // Evidence: the first file of the sample, its date-and-caption editor open.
    const file = page.locator('.q-evidence-item[data-evidence-kind="file"]').first()
    for (const section of SECTIONS) {
      if ((await file.count()) > 0) break
      await app.questionnaire.open(id, section)
    }
    await file.locator('[data-evidence-edit]').click()
    await shoot(page, dir, 'evidence', file)

    await page.goto(`/#/a/${id}/factors`)
    await page.getByTestId('factors-page').waitFor()
    await shoot(page, dir, 'factors')

    for (const screen of ['results', 'review', 'report', 'audit'] as const) {
      await page.goto(`/#/a/${id}/${screen}`)
      // Generous: on a loaded machine the results screen and its charts take a while.
      await page.getByTestId(`${screen}-screen`).waitFor({ timeout: 60_000 })
      await shoot(page, dir, screen)
    }

    await ready('/assessments')
    await app.home.rows.first().waitFor()
    await shoot(page, dir, 'home')

    await ready('/settings')
    await shoot(page, dir, 'backups', app.backup.card)
  } finally {
    await context.close()
  }
}

async function main(): Promise<void> {
  ensureRendererBuilt()
  const server = await serveStatic()
  const browser = await launchChromium()
  try {
    for (const language of ['zh-CN', 'en-US'] as const)
      await shootLanguage(browser, server.url, language)
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
