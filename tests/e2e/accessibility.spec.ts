import { mkdir, writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { paths } from '../../renderer/src/app/paths'
import { defaultBank } from './assessment-file'
import { expect, test } from './fixtures'
import { incidentsWorkbook, KNOWN_INCIDENTS, REGISTERS_PERIOD } from './register-rows'
import { seedAssessment } from './seed'

/**
 * Accessibility (issue 16): axe-core's WCAG 2.0/2.1 A and AA rules over every screen, in Chinese
 * and in English. A serious or critical violation fails; moderate and minor ones are listed in
 * test-results/accessibility-<locale>.json for the record.
 */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

const BLOCKING = new Set(['serious', 'critical'])

/** Landmarks and headings in order (axe best practices), listed with the moderate ones. */
const BEST_PRACTICE = [
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-main',
  'region',
  'page-has-heading-one',
  'heading-order',
  'empty-heading'
]

/** A screen of the app: one of its routes (`paths`), or the recovery screen outside the router. */
type Route = keyof typeof paths | 'notFound' | 'recovery'

interface ScreenReport {
  screen: string
  route: Route
  blocking: string[]
  other: string[]
}

async function scan(page: Page, screen: string, route: Route): Promise<ScreenReport> {
  // Let antd's entrance transitions end, so colours are measured as they settle.
  await page.waitForTimeout(300)
  // A11Y_SCREENSHOTS=dir keeps a picture of each screen as scanned, to judge the colours by eye.
  if (process.env.A11Y_SCREENSHOTS)
    await page.screenshot({
      path: resolve(process.env.A11Y_SCREENSHOTS, `${screen.replace(/\W+/g, '-')}.png`),
      fullPage: true
    })
  const { violations: wcag } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  // Landmarks and heading order are axe best practices, not WCAG rules: recorded, not blocking.
  const { violations: practice } = await new AxeBuilder({ page }).withRules(BEST_PRACTICE).analyze()
  const violations = [
    ...wcag,
    ...practice.map((v) => ({ ...v, impact: v.impact === 'minor' ? v.impact : 'moderate' }))
  ] as typeof wcag
  const structure = await page.evaluate(() => {
    const problems: string[] = []
    // A chart is a picture whose figures are in a table: it names that table (aria-describedby).
    for (const chart of document.querySelectorAll<HTMLElement>('[role="img"][data-chart-state]')) {
      const id = chart.getAttribute('aria-describedby')
      const table = id ? document.getElementById(id)?.querySelector('table') : null
      if (!table) problems.push(`chart ${chart.dataset.testid} does not name its table`)
    }
    // The save state is announced politely, not as an interruption.
    const save = document.querySelector('[data-testid="save-state"]')
    if (save && save.getAttribute('aria-live') !== 'polite')
      problems.push('the save state is not a polite live region')
    return problems
  })
  const line = (v: (typeof violations)[number]) =>
    `${v.impact} ${v.id} ×${v.nodes.length}: ${v.help} — ${v.nodes
      .slice(0, 3)
      .map((n) => n.target.join(' '))
      .join(' | ')}`
  return {
    screen,
    route,
    blocking: [...violations.filter((v) => BLOCKING.has(v.impact ?? '')).map(line), ...structure],
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
      const at = async (screen: string, route: Route, ready: () => Promise<void>) => {
        await ready()
        reports.push(await scan(page, screen, route))
      }

      await at('home (empty)', 'assessments', () =>
        openApp('/assessments').then(() => expect(app.home.empty).toBeVisible())
      )
      await at('new assessment', 'newAssessment', () => openApp('/assessments/new'))
      await at('banks', 'banks', () => openApp('/banks'))
      await at('bank browse', 'bank', async () => {
        await app.banks.browse()
        await expect(page).toHaveURL(/#\/banks\/[0-9a-f]+/)
      })
      await at('settings', 'settings', () => openApp('/settings'))
      await at('user guide', 'guide', async () => {
        await openApp('/guide/keyboard')
        await expect(app.guide.screen).toBeVisible()
      })

      await openApp('/assessments')
      const id = await app.home.openSample()
      await at('home (with data)', 'assessments', async () => {
        await openApp('/assessments')
        await expect(app.home.rows).toHaveCount(1)
      })
      // A refused file: every maturity answer out of range, so its problems fill a scrolling table.
      await app.workspace.goTo('results', id)
      const { text } = await app.workspace.exportFile()
      const refused = JSON.parse(text) as {
        assessment: { id: string; answers: Array<{ value: unknown }> }
      }
      refused.assessment.id = 'refused-copy'
      for (const answer of refused.assessment.answers)
        if (typeof answer.value === 'number') answer.value = 7
      await openApp('/assessments')
      await at('home (a refused file and its problems)', 'assessments', async () => {
        await app.assessmentImport.pick({
          name: 'refused.assessment.json',
          content: JSON.stringify(refused)
        })
        await expect(app.assessmentImport.issues.nth(10)).toBeAttached()
      })
      await app.assessmentImport.close()
      await at('assessment (its first screen)', 'workspace', async () => {
        await page.goto(`/#/a/${id}`)
        await expect(page).toHaveURL(/#\/a\/[^/]+\/s\//)
        await expect(page.getByTestId('section-page')).toBeVisible()
      })
      for (const section of sectionsCoveringEveryType())
        await at(`section ${section}`, 'section', () => app.questionnaire.open(id, section))
      await at('keyboard help', 'section', async () => {
        await page.locator('[data-question-id]').first().focus()
        await page.keyboard.press('?')
        await expect(page.getByTestId('keyboard-help')).toBeVisible()
      })
      await page.keyboard.press('Escape')
      await at('evidence date and caption', 'section', async () => {
        const file = page.locator('.q-evidence-item[data-evidence-kind="file"]').first()
        for (const section of sectionsCoveringEveryType()) {
          if ((await file.count()) > 0) break
          await app.questionnaire.open(id, section)
        }
        await file.locator('[data-evidence-edit]').click()
        await expect(file.locator('input').first()).toBeVisible()
      })
      await at('factors', 'factors', async () => {
        await page.goto(`/#/a/${id}/factors`)
        await expect(page.getByTestId('factors-page')).toBeVisible()
      })
      await at('key systems', 'systems', () => app.systems.open(id))
      for (const screen of ['results', 'findings', 'review', 'audit', 'report'] as const)
        await at(screen, screen, () => app.workspace.goTo(screen, id))
      await at('finding (drawer)', 'findings', async () => {
        await app.workspace.goTo('findings', id)
        await app.register.openDrawer(await app.register.firstFindingId())
      })
      await at('comparison (no earlier period)', 'comparison', async () => {
        await app.workspace.goTo('compare', id)
        await expect(app.comparison.none).toBeVisible()
      })
      // The next period of the sample, one answer changed: 上期对比 with a previous period.
      await openApp('/assessments')
      await app.home.action(id, 'duplicate').click()
      await expect(page).toHaveURL(/#\/a\/[^/]+\//)
      const next = app.home.openedId()
      await app.workspace.goTo('compare', next)
      await at('comparison (with the previous period)', 'comparison', async () => {
        await expect(app.comparison.overallDelta).toBeVisible()
        await expect(app.comparison.trendChart).toBeVisible()
      })
      await at('report print view', 'print', async () => {
        await page.goto(`/#/print/${id}`)
        await expect(page.getByTestId('print-view')).toBeVisible({ timeout: 60_000 })
      })
      // An assessment on the older bank: the upgrade screen with its plan.
      const onOldBank = await seedAssessment(page, { bankVersion: '1.0.0' })
      await at('bank upgrade', 'bankUpgrade', () => app.bankUpgrade.open(onOldBank))
      // Registers on the factors screen: the import's preview, the figures, the rows behind one.
      const withRegisters = await seedAssessment(page, { period: REGISTERS_PERIOD })
      await app.factors.open(withRegisters)
      await at('registers import preview', 'factors', async () => {
        await app.factors.registersImport.setInputFiles({
          name: 'incidents.xlsx',
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          buffer: await incidentsWorkbook(KNOWN_INCIDENTS)
        })
        await expect(app.factors.registersPreview).toBeVisible({ timeout: 30_000 })
      })
      await app.factors.registersConfirm.click()
      await expect(app.factors.registersPreview).toBeHidden({ timeout: 30_000 })
      await at('factors with registers', 'factors', () =>
        expect(app.factors.registersStored).toContainText('incidents.xlsx')
      )
      await at('register drill-down', 'factors', async () => {
        await page.getByTestId('register-drill-F01.N_fault').click()
        await expect(page.getByTestId('register-drill')).toBeVisible()
      })
      await at('not found', 'notFound', async () => {
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
      reports.push(await scan(broken, 'recovery', 'recovery'))

      const out = resolve(test.info().project.outputDir, '..', `accessibility-${locale}.json`)
      await mkdir(resolve(out, '..'), { recursive: true })
      await writeFile(out, JSON.stringify(reports, null, 2))
      // Every route of the app was scanned (a screen added to `paths` must be added here).
      const scanned = new Set(reports.map((r) => r.route))
      for (const route of [...Object.keys(paths), 'notFound', 'recovery'])
        expect(scanned, `the ${route} screen is scanned`).toContain(route)
      expect(reports.filter((r) => r.blocking.length > 0)).toEqual([])
    })
  })
}
