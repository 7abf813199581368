import { resolve } from 'node:path'
import { expect, test, waitForReady } from './fixtures'
import {
  answer,
  setAssessorName,
  createAssessment,
  exportPackage,
  importPackage,
  storedAssessment
} from './package-helpers'

/*
 * Two assessors, two computers (two browser contexts, each with its own IndexedDB): A creates the
 * assessment and hands it to B as a package; both answer — A1 only A, A2 only B, A3 and B1 both —
 * B sends their package back; A merges it: exactly the overlapping, differing answers are
 * conflicts; A keeps some, takes some, and takes all of theirs for B1.
 */

const MINE = {
  A1: { 'A1.01': '2', 'A1.02': 'yes' },
  A3: { 'A3.01': '1', 'A3.02': 'no', 'A3.03': '1', 'A3.04': 'yes' },
  B1: { 'B1.01': '1', 'B1.02': 'no' }
}
const THEIRS = {
  A2: { 'A2.01': '3', 'A2.02': '4' },
  // A3.04 is answered alike on both sides: no conflict.
  A3: { 'A3.01': '3', 'A3.02': 'partial', 'A3.03': '4', 'A3.04': 'yes' },
  B1: { 'B1.01': '4', 'B1.02': 'yes' }
}
const CONFLICTS = [
  'question:A3.01',
  'question:A3.02',
  'question:A3.03',
  'question:B1.01',
  'question:B1.02'
]

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    test(`merge: conflicts side by side, mine / theirs / a section all theirs, audit log (${locale})`, async ({
      page,
      openApp,
      browser,
      baseURL,
      saveScreenshot
    }) => {
      test.setTimeout(180_000)
      await openApp('/assessments')
      await setAssessorName(page, '张伟')
      const id = await createAssessment(page, '示例证券股份有限公司')
      const handOver = await exportPackage(page)

      // B: another computer.
      const context = await browser.newContext({ locale, baseURL, acceptDownloads: true })
      const problems: string[] = []
      context.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
      })
      context.on('weberror', (e) => problems.push(String(e.error())))
      const other = await context.newPage()
      await other.goto('/#/assessments')
      await waitForReady(other)
      await setAssessorName(other, '李娜')
      await importPackage(other, handOver.path)
      await expect(other.getByTestId('package-report')).toHaveAttribute('data-kind', 'done')
      await expect(other.getByTestId('package-imported').locator('li')).toHaveCount(1)
      await other.keyboard.press('Escape')

      await answer(page, id, MINE)
      await answer(other, id, THEIRS)
      await other.goto(`/#/a/${id}/results`)
      const back = await exportPackage(other)
      await context.close()
      expect(problems).toEqual([])

      // A imports B's package: the assessment exists, so it is offered for merge or copy.
      await importPackage(page, { name: 'from-b.package.zip', buffer: Buffer.from(back.bytes) })
      const existing = page.getByTestId('package-existing')
      await expect(existing).toHaveAttribute('data-assessment-id', id)
      await expect(existing).toHaveAttribute('data-state', 'pending')
      await saveScreenshot(`package-import-exists-${locale}`)
      await existing.getByTestId('package-merge').click()

      const view = page.getByTestId('merge-view')
      await expect(view).toBeVisible()
      const conflicts = view.getByTestId('merge-conflict')
      await expect(conflicts).toHaveCount(CONFLICTS.length)
      expect(
        await conflicts.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))
      ).toEqual(CONFLICTS)
      // A2's answers only B gave are taken without asking.
      await expect(view.getByTestId('merge-takes')).toHaveAttribute('data-count', '2')
      const a301 = view.locator('[data-testid="merge-conflict"][data-key="question:A3.01"]')
      await expect(
        a301.getByTestId('merge-side-mine').getByTestId('merge-side-value')
      ).toContainText('1')
      await expect(
        a301.getByTestId('merge-side-theirs').getByTestId('merge-side-value')
      ).toContainText('3')
      await expect(page.getByTestId('merge-apply')).toBeDisabled()
      await saveScreenshot(`merge-view-${locale}`)

      const choose = (key: string, side: 'mine' | 'theirs') =>
        view
          .locator(`[data-testid="merge-conflict"][data-key="${key}"]`)
          .getByTestId(`merge-choose-${side}`)
          .click()
      await choose('question:A3.01', 'mine')
      await choose('question:A3.02', 'theirs')
      await choose('question:A3.03', 'mine')
      await view.getByTestId('merge-section-theirs-B1').click()
      for (const key of ['question:B1.01', 'question:B1.02'])
        await expect(view.locator(`[data-key="${key}"]`)).toHaveAttribute('data-chosen', 'theirs')
      await page.getByTestId('merge-apply').click()
      await expect(view).toBeHidden()
      await expect(existing).toHaveAttribute('data-state', 'merged')
      await page.keyboard.press('Escape')

      const merged = await storedAssessment(page, id)
      await page.locator('.workspace-header').screenshot({
        path: resolve(
          test.info().project.outputDir,
          '..',
          'screenshots',
          `workspace-header-${locale}.png`
        )
      })
      const values = Object.fromEntries(merged.answers.map((a) => [a.questionId, a.value]))
      expect(values).toMatchObject({
        'A1.01': 2,
        'A1.02': 'yes',
        'A2.01': 3,
        'A2.02': 4,
        'A3.01': 1,
        'A3.02': 'partial',
        'A3.03': 1,
        'A3.04': 'yes',
        'B1.01': 4,
        'B1.02': 'yes'
      })
      const entries = merged.auditLog.filter((e) => e.action === 'assessment.merge')
      expect(entries.map((e) => e.target).sort()).toEqual([...CONFLICTS, 'assessment'].sort())
      const reasons = Object.fromEntries(entries.map((e) => [e.target, e.reason ?? '']))
      expect(reasons['question:A3.01']).toMatch(/^merge: kept mine/)
      expect(reasons['question:A3.02']).toMatch(/^merge: took theirs/)
      expect(reasons['question:B1.01']).toMatch(/^merge: took theirs/)

      // The audit screen shows them.
      await page.goto(`/#/a/${id}/audit`)
      await expect(page.getByTestId('audit-screen')).toBeVisible()
      await expect(
        page.locator('[data-testid="audit-row"][data-action="assessment.merge"]').first()
      ).toBeVisible()
      await expect(
        page.locator('[data-testid="audit-row"][data-target="question:A3.02"]').first()
      ).toBeVisible()
    })
  })
}
