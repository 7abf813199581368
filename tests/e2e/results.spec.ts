import { formatPercent, formatScore } from '../../shared/scoring'
import { defaultBank, scoreOf } from './assessment-file'
import { expect, test } from './fixtures'
import { SignOff } from './pages/sign-off'

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`results in ${locale}`, () => {
    test.use({ locale })

    test('show the figures scoreAssessment computes for the stored assessment', async ({
      page,
      openApp,
      saveScreenshot
    }) => {
      const app = new SignOff(page)
      await openApp('/assessments')
      const id = await app.openSample()
      await app.goTo('results', id)

      // The stored assessment, exported through the UI and scored independently in Node.
      const { assessment } = await app.exportFile()
      expect(assessment.id).toBe(id)
      const expected = scoreOf(assessment, defaultBank())

      const overall = formatScore(expected.overall.score)
      await expect(page.getByTestId('results-overall-score')).toHaveAttribute('data-value', overall)
      await expect(page.getByTestId('results-overall-score')).toHaveText(overall)
      await expect(page.getByTestId('overall-score')).toHaveAttribute('data-value', overall)
      await expect(page.getByTestId('results-factor-index')).toHaveText(
        formatScore(expected.factorIndex)
      )
      await expect(page.getByTestId('results-completion')).toHaveAttribute(
        'data-value',
        formatPercent(expected.completion.combined.percent)
      )
      await expect(page.getByTestId('results-overall-text')).toHaveText(
        expected.overall.text[locale]
      )

      // Every pillar's and section's combined score in the breakdown.
      const table = page.getByTestId('results-score-table')
      for (const section of expected.sections) {
        const row = table.locator(`tr[data-row-key="${section.id}"]`)
        await expect(row.locator('td').nth(3)).toHaveText(formatScore(section.combinedScore))
      }
      for (const pillar of expected.pillars) {
        const row = table.locator(`tr[data-row-key="${pillar.id}"]`)
        await expect(row.locator('td').nth(3)).toHaveText(formatScore(pillar.score))
      }

      // The findings the engine ranked, in its order.
      const firstFinding = expected.findings[0]
      if (firstFinding) {
        await expect(
          page.getByTestId('findings-table').locator('tbody tr').first()
        ).toHaveAttribute('data-testid', `finding-${firstFinding.id}`)
      }

      await app.waitForCharts()
      await saveScreenshot(`results-${locale}`)
    })
  })
}

test.describe('findings', () => {
  test.use({ locale: 'zh-CN' })

  test('an edit is saved, survives a reload and appears in the audit log', async ({
    page,
    openApp
  }) => {
    const app = new SignOff(page)
    await openApp('/assessments')
    const id = await app.openSample()
    await app.goTo('results', id)

    const row = page.getByTestId('findings-table').locator('tbody tr').first()
    const findingId = (await row.getAttribute('data-testid'))!.replace(/^finding-/, '')
    await row.getByTestId('finding-owner').fill('周强（运维管理部）')
    await row.getByTestId('finding-due').fill('2026-06-30')
    await row.getByTestId('finding-action').fill('补充监控覆盖并在季度演练中验证')
    await row.getByTestId('finding-status').click()
    await page.locator('.ant-select-item-option').filter({ hasText: '已完成' }).click()
    await expect(row.getByTestId('finding-status')).toContainText('已完成')
    await app.saved()

    await page.reload()
    const again = app.findingRow(findingId)
    await expect(again.getByTestId('finding-owner')).toHaveValue('周强（运维管理部）')
    await expect(again.getByTestId('finding-due')).toHaveValue('2026-06-30')
    await expect(again.getByTestId('finding-action')).toHaveValue('补充监控覆盖并在季度演练中验证')
    await expect(again.getByTestId('finding-status')).toContainText('已完成')

    await app.goTo('audit', id)
    // Newest first; the four edits above coalesce into one entry.
    const entry = app
      .auditRows('finding.set')
      .and(page.locator(`[data-target="finding:${findingId}"]`))
      .first()
    await expect(entry).toContainText('周强（运维管理部）')
    await expect(entry.locator('[data-field="status"] [data-testid="audit-new"]')).toHaveText(
      '已完成'
    )
  })
})
