import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { defaultBank } from './assessment-file'
import { expect, test } from './fixtures'
import { seedAssessment } from './seed'

/**
 * Accessibility (issue 16): axe-core's WCAG 2.0/2.1 A and AA rules over every screen, in Chinese
 * and in English. A serious or critical violation fails; moderate and minor ones are listed in
 * test-results/accessibility-<locale>.json for the record.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const BLOCKING = new Set(['serious', 'critical'])

interface ScreenReport {
  screen: string
  blocking: string[]
  other: string[]
}

async function scan(page: Page, screen: string): Promise<ScreenReport> {
  // Let antd's entrance transitions end, so colours are measured as they settle.
  await page.waitForTimeout(300)
  // A11Y_SCREENSHOTS=dir keeps a picture of each screen as scanned, to judge the colours by eye.
  if (process.env.A11Y_SCREENSHOTS)
    await page.screenshot({
      path: resolve(process.env.A11Y_SCREENSHOTS, `${screen.replace(/\W+/g, '-')}.png`),
      fullPage: true
    })
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const line = (v: (typeof violations)[number]) =>
    `${v.impact} ${v.id} ×${v.nodes.length}: ${v.help} — ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ')}`
  return {
    screen,
    blocking: violations.filter((v) => BLOCKING.has(v.impact ?? '')).map(line),
    other: violations.filter((v) => !BLOCKING.has(v.impact ?? '')).map(line)
  }
}

/** Sections that together show every question type of the default bank, first one first. */
function sectionsCoveringEveryType(): string[] {
  const wanted = new Set<string>()
  const chosen: string[] = []
  for (const section of defaultBank().pillars.flatMap((p) => p.sections)) {
    const types = section.questions.map((q) => q.type).filter((type) => !wanted.has(type))
    if (types.length === 0) continue
    for (const type of types) wanted.add(type)
    chosen.push(section.id)
  }
  return chosen
}

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`accessibility (${locale})`, () => {
    test.use({ locale })

    test('every screen: no serious or critical axe violation', async ({
      page,
      openApp,
      app,
      context,
      guards
    }) => {
      test.setTimeout(600_000)
      const reports: ScreenReport[] = []
      const at = async (screen: string, ready: () => Promise<void>) => {
        await ready()
        reports.push(await scan(page, screen))
      }

      await at('home (empty)', () =>
        openApp('/assessments').then(() => expect(app.home.empty).toBeVisible())
      )
      await at('new assessment', () => openApp('/assessments/new'))
      await at('banks', () => openApp('/banks'))
      await at('bank browse', async () => {
        await app.banks.browse()
        await expect(page).toHaveURL(/#\/banks\/[0-9a-f]+/)
      })
      await at('settings', () => openApp('/settings'))
      await at('user guide', async () => {
        await openApp('/guide/keyboard')
        await expect(app.guide.screen).toBeVisible()
      })

      await openApp('/assessments')
      const id = await app.home.openSample()
      await at('home (with data)', async () => {
        await openApp('/assessments')
        await expect(app.home.rows).toHaveCount(1)
      })
      for (const section of sectionsCoveringEveryType())
        await at(`section ${section}`, () => app.questionnaire.open(id, section))
      await at('factors', async () => {
        await page.goto(`/#/a/${id}/factors`)
        await expect(page.getByTestId('factors-page')).toBeVisible()
      })
      await at('key systems', () => app.systems.open(id))
      for (const screen of ['results', 'findings', 'review', 'audit', 'report'] as const)
        await at(screen, () => app.workspace.goTo(screen, id))
      await at('report print view', async () => {
        await page.goto(`/#/print/${id}`)
        await expect(page.getByTestId('print-view')).toBeVisible({ timeout: 60_000 })
      })
      // An assessment on the older bank: the upgrade screen with its plan.
      const onOldBank = await seedAssessment(page, { bankVersion: '1.0.0' })
      await at('bank upgrade', () => app.bankUpgrade.open(onOldBank))
      await at('not found', async () => {
        await openApp('/no-such-screen')
        await expect(app.shell.heading).toHaveText(app.text('notFound.title'))
      })

      // The recovery screen: IndexedDB refuses to open, as when its store is unusable.
      guards.expectConsoleError(/Start-up failed/)
      const broken = await context.newPage()
      await broken.addInitScript(() => {
        IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
          throw new DOMException('The backing store cannot be opened', 'InvalidStateError')
        }
      })
      await broken.goto('/#/assessments')
      await expect(broken.locator('#root')).toHaveAttribute('data-app-state', 'error')
      reports.push(await scan(broken, 'recovery'))

      const out = resolve(test.info().project.outputDir, '..', `accessibility-${locale}.json`)
      await mkdir(resolve(out, '..'), { recursive: true })
      await writeFile(out, JSON.stringify(reports, null, 2))
      expect(reports.map((r) => r.screen)).toContain('recovery')
      expect(reports.filter((r) => r.blocking.length > 0)).toEqual([])
    })
  })
}
