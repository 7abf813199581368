/// <reference lib="dom" />
/**
 * npm run guide:screenshots — regenerates every picture of the user guide (docs/guide/images/
 * <language>/*.webp) from the browser build, in Debian's Chromium with the CJK fonts, so the guide's
 * pictures never drift from the app. Each language gets a fresh browser profile: the first start,
 * then the sample assessment through every screen the guide explains.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, type Browser, type Locator, type Page } from '@playwright/test'
import { ROOT, ensureRendererBuilt, launchChromium, serveStatic } from '../bench/chromium-harness'
import { defaultBank } from '../tests/e2e/assessment-file'
import { chooseMenuItem } from '../tests/e2e/downloads'
import { App } from '../tests/e2e/pages/app'
import { incidentsWorkbook, KNOWN_INCIDENTS, REGISTERS_PERIOD } from '../tests/e2e/register-rows'
import { seedAssessment } from '../tests/e2e/seed'
import type { AppLanguage } from '../tests/e2e/pages/ui-text'

export const GUIDE_IMAGES = join(ROOT, 'docs', 'guide', 'images')
const VIEWPORT = { width: 1280, height: 800 }
const SECTIONS = defaultBank().pillars.flatMap((pillar) => pillar.sections.map((s) => s.id))
/**
 * The pictures ship inside the desktop app (app.asar ≤ 10 MB, issue 17): WebP at this quality is
 * about half a PNG's size with text as crisp to the eye (checked on the zh-CN section screen).
 */
const WEBP_QUALITY = 0.9

/** A PNG screenshot as WebP, encoded by Chromium's own canvas on a blank page of the same browser. */
async function asWebp(encoder: Page, png: Buffer): Promise<Buffer> {
  const dataUrl = await encoder.evaluate(
    async ({ url, quality }) => {
      const image = new Image()
      image.src = url
      await image.decode()
      const canvas = document.createElement('canvas')
      canvas.width = image.naturalWidth
      canvas.height = image.naturalHeight
      canvas.getContext('2d')!.drawImage(image, 0, 0)
      return canvas.toDataURL('image/webp', quality)
    },
    { url: `data:image/png;base64,${png.toString('base64')}`, quality: WEBP_QUALITY }
  )
  if (!dataUrl.startsWith('data:image/webp;base64,'))
    throw new Error('Chromium did not encode WebP')
  return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64')
}

let encoder: Page

async function shoot(page: Page, dir: string, name: string, focus?: Locator): Promise<void> {
  if (focus) await focus.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  else await page.evaluate(() => window.scrollTo(0, 0))
  // Let antd's entrance transitions and the charts settle, and passing notices go, first.
  await page.waitForTimeout(1200)
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 })
  await writeFile(join(dir, `${name}.webp`), await asWebp(encoder, await page.screenshot()))
  console.log(`  ${name}.webp`)
}

async function shootLanguage(browser: Browser, baseURL: string, language: AppLanguage) {
  const dir = join(GUIDE_IMAGES, language)
  // A fresh folder, so a picture the guide no longer takes does not linger.
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  console.log(`${language}:`)
  const context = await browser.newContext({ locale: language, viewport: VIEWPORT, baseURL })
  // tsx keeps function names through `__name(…)`, which page.evaluate carries into the page.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target' })
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
    await app.systems.open(id)
    await shoot(page, dir, 'systems')
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

    for (const screen of ['results', 'findings', 'review', 'report', 'audit'] as const) {
      await page.goto(`/#/a/${id}/${screen}`)
      // Generous: on a loaded machine the results screen and its charts take a while.
      await page.getByTestId(`${screen}-screen`).waitFor({ timeout: 60_000 })
      await shoot(page, dir, screen)
    }
    // Exporting with a password to open, from the report screen: a password typed in both fields.
    await page.goto(`/#/a/${id}/report`)
    await page.getByTestId('report-screen').waitFor()
    await chooseMenuItem(page, 'export-report', 'export-report-xlsx-protected')
    const protect = page.getByTestId('protect-dialog')
    await protect.waitFor()
    await protect.getByTestId('protect-passphrase').fill('现场评估 2026 口令')
    await protect.getByTestId('protect-again').fill('现场评估 2026 口令')
    await shoot(page, dir, 'protected-export', protect)
    await page.keyboard.press('Escape')
    await protect.waitFor({ state: 'hidden' })

    await ready('/assessments')
    await app.home.rows.first().waitFor()
    await shoot(page, dir, 'home')

    // The next period, one answer raised, compared with the sample (上期对比).
    await app.home.action(id, 'duplicate').click()
    await page.waitForURL(/#\/a\/[^/]+\//)
    const next = app.home.openedId()
    await app.questionnaire.open(next, 'A1')
    await page.locator('[data-question-id]').first().focus()
    await page.keyboard.press('4')
    await app.questionnaire.waitSaved()
    await page.goto(`/#/a/${next}/compare`)
    await app.comparison.overallDelta.waitFor({ timeout: 60_000 })
    await shoot(page, dir, 'comparison')

    // Registers: the known incidents imported on the factors screen, the rows behind a figure.
    const withRegisters = await seedAssessment(page, { period: REGISTERS_PERIOD })
    await app.factors.open(withRegisters)
    await app.factors.importRegisterWorkbook(
      language === 'zh-CN' ? '故障台账.xlsx' : 'incidents.xlsx',
      await incidentsWorkbook(KNOWN_INCIDENTS)
    )
    await page.getByTestId('register-drill-F01.N_fault').click()
    await page.getByTestId('register-drill').waitFor()
    await shoot(page, dir, 'registers')

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
  encoder = await browser.newPage()
  try {
    for (const language of ['zh-CN', 'en-US'] as const)
      await shootLanguage(browser, server.url, language)
  } finally {
    await browser.close()
    await server.stop()
  }
}

await main()
