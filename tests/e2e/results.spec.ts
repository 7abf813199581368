import type { Locator } from '@playwright/test'
import { formatPercent, formatScore } from '../../shared/scoring'
import { defaultBank, scoreOf } from './assessment-file'
import { expect, test } from './fixtures'

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`results in ${locale}`, () => {
    test.use({ locale })

    test('show the figures scoreAssessment computes for the stored assessment', async ({
      sampleAssessment: { id, app },
      saveScreenshot
    }) => {
      const { results, workspace } = app
      await workspace.goTo('results', id)

      // The stored assessment, exported through the UI and scored independently in Node.
      const { assessment } = await workspace.exportFile()
      expect(assessment.id).toBe(id)
      const expected = scoreOf(assessment, defaultBank())

      const overall = formatScore(expected.overall.score)
      await expect(results.overallScore).toHaveAttribute('data-value', overall)
      await expect(results.overallScore).toHaveText(overall)
      await expect(workspace.overallScore).toHaveAttribute('data-value', overall)
      await expect(results.factorIndex).toHaveText(formatScore(expected.factorIndex))
      await expect(results.completion).toHaveAttribute(
        'data-value',
        formatPercent(expected.completion.combined.percent)
      )
      await expect(results.overallText).toHaveText(expected.overall.text[locale])

      // Every pillar's and section's combined score in the breakdown.
      for (const section of expected.sections) {
        await expect(results.combinedScore(section.id)).toHaveText(
          formatScore(section.combinedScore)
        )
      }
      for (const pillar of expected.pillars) {
        await expect(results.combinedScore(pillar.id)).toHaveText(formatScore(pillar.score))
      }

      // The findings summary counts the register's lines.
      await expect(results.findings).toContainText(String(expected.findings.length))

      await results.waitForCharts()
      await saveScreenshot(`results-${locale}`)
    })

    test('the header keeps its score and level readable on a 1280 px screen', async ({
      page,
      sampleAssessment: {
        id,
        app: { workspace }
      }
    }) => {
      await page.setViewportSize({ width: 1280, height: 800 })
      await workspace.goTo('results', id)
      await expect(workspace.overallScore).toHaveText(/^\d+\.\d$/)
      // Nothing of the header (the period, status or confidentiality label) is drawn over them.
      for (const figure of [workspace.overallScore, workspace.overallLevel])
        expect(await paintedOnTop(figure)).toBe(true)
      // Scrolled down, the sticky section tree starts below the (taller, wrapped) header.
      await page.mouse.wheel(0, 1500)
      await expect
        .poll(async () => {
          const header = (await workspace.header.boundingBox())!
          const sidebar = (await workspace.sidebar.boundingBox())!
          return sidebar.y - (header.y + header.height)
        })
        .toBeGreaterThanOrEqual(0)
    })
  })
}

/** Whether the element is what the page shows at its centre and at its four corners. */
async function paintedOnTop(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const points: Array<[number, number]> = [
      [box.left + box.width / 2, box.top + box.height / 2],
      [box.left + 1, box.top + 1],
      [box.right - 1, box.top + 1],
      [box.left + 1, box.bottom - 1],
      [box.right - 1, box.bottom - 1]
    ]
    return points.every(([x, y]) => {
      const shown = document.elementFromPoint(x, y)
      return shown !== null && (shown === element || element.contains(shown))
    })
  })
}

test.describe('findings', () => {
  test.use({ locale: 'zh-CN' })

  test('an edit is saved, survives a reload and appears in the audit log', async ({
    page,
    sampleAssessment: { id, app }
  }) => {
    const { register, workspace, audit } = app
    await workspace.goTo('findings', id)

    const findingId = await register.firstFindingId()
    const row = register.finding(findingId)
    // The sample's statuses are drawn at random: move the finding to a status it does not have yet,
    // so the change is a change (an unchanged field writes no audit line).
    const target = (await row.status.textContent())?.includes('已整改待验证')
      ? '整改中'
      : '已整改待验证'
    await row.owner.fill('周强（运维管理部）')
    await row.dueDate.fill('2026-06-30')
    await register.openDrawer(findingId)
    await register.drawer.action.fill('补充监控覆盖并在季度演练中验证')
    await register.drawer.close()
    await register.chooseStatus(findingId, target)
    await expect(row.status).toContainText(target)
    await workspace.saved()

    await page.reload()
    const again = register.finding(findingId)
    await expect(again.owner).toHaveValue('周强（运维管理部）')
    await expect(again.dueDate).toHaveValue('2026-06-30')
    await register.openDrawer(findingId)
    await expect(register.drawer.action).toHaveValue('补充监控覆盖并在季度演练中验证')
    await expect(again.status).toContainText(target)

    await workspace.goTo('audit', id)
    // Newest first; the four edits above coalesce into one entry.
    const entry = audit.rows('finding.set', `finding:${findingId}`).first()
    await expect(entry).toContainText('周强（运维管理部）')
    await expect(audit.change(entry, 'status').new).toHaveText(target)
  })
})
