import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { defaultBank } from './assessment-file'
import { expect, test } from './fixtures'

/**
 * Accessibility (issue 16): axe-core's WCAG 2.0/2.1 A and AA rules over every screen, in Chinese
 * and in English. A serious or critical violation fails; moderate and minor ones are listed in
 * test-results/accessibility-<locale>.json for the record.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/**
 * NOT DONE YET (issue 16 item 3): colour-contrast failures still left on these screens, as
 * counted on 2026-12-06 — antd's coloured tags (orange, success, warning), the results screen's
 * progress and tag texts, and the default buttons "导出评估文件" / "打开示例评估" right after
 * navigation. A ratchet: a screen may have at most this many, every other rule must be clean,
 * and each fix lowers a number here until the map is empty.
 */
const CONTRAST_REMAINING: Record<string, number> = {
  'bank browse': 5,
  settings: 1,
  'home (with data)': 1,
  results: 49,
  review: 2
}
const CONTRAST_WORKSPACE = 1
const BLOCKING = new Set(['serious', 'critical'])

interface ScreenReport {
  screen: string
  blocking: string[]
  other: string[]
}

async function scan(page: Page, screen: string): Promise<ScreenReport> {
  // Let antd's entrance transitions end, so colours are measured as they settle.
  await page.waitForTimeout(300)
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
      for (const screen of ['results', 'review', 'audit', 'report'] as const)
        await at(screen, () => app.workspace.goTo(screen, id))

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
      const over = reports.filter((r) => {
        const contrast = /^serious color-contrast ×(\d+)/
        const allowed =
          CONTRAST_REMAINING[r.screen] ??
          (/^(section|factors|audit|report)/.test(r.screen) ? CONTRAST_WORKSPACE : 0)
        return r.blocking.some((line) => {
          const match = contrast.exec(line)
          return match === null || Number(match[1]) > allowed
        })
      })
      expect(over).toEqual([])
    })
  })
}
