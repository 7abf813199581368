import { indexBank } from '../../shared/bank/lookup'
import { signedDelta } from '../../shared/comparison'
import { carryFindings, findingTitle, parseFindingId } from '../../shared/remediation'
import { comparisonLabels } from '../../shared/report/labels-comparison'
import { formatScore } from '../../shared/scoring'
import { defaultBank, scoreOf } from './assessment-file'
import { compareJson } from './compare-json'
import { expect, test } from './fixtures'
import { comparisonSheetChanges } from './pages/comparison'

const OWNER = { 'zh-CN': '运维管理部', 'en-US': 'IT Operations' } as const

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`the improvement loop in ${locale}`, () => {
    test.use({ locale })

    test('owners and statuses, finalize, next period carries open findings, compare', async ({
      page,
      sampleAssessment: { id: source, app },
      saveScreenshot
    }) => {
      test.slow()
      const { register, workspace, review, home, questionnaire, text } = app
      const index = indexBank(defaultBank())
      await workspace.goTo('findings', source)
      const questionIds = (await register.listedIds()).filter((f) => f.startsWith('q:'))
      const [first, second, third] = questionIds as [string, string, string]

      // Bulk-assign a department and due date to two findings; one is being worked on.
      await register.select([first, second])
      await register.bulkOwner.fill(OWNER[locale])
      await register.bulkDue.fill('2026-03-31')
      await register.bulkApply.click()
      await expect(register.finding(first).owner).toHaveValue(OWNER[locale])
      await expect(register.finding(second).owner).toHaveValue(OWNER[locale])
      await expect(register.finding(second).dueDate).toHaveValue('2026-03-31')
      await register.chooseStatus(first, text('remediation.statuses.inProgress'))
      await expect(register.finding(first).status).toContainText(
        text('remediation.statuses.inProgress')
      )

      // The third is re-checked, passes and is closed as verified.
      await register.openDrawer(third)
      await register.drawer.recheckDate.fill('2025-06-20')
      await register.drawer.recheckBy.fill('李娜')
      await register.pickOption(
        register.drawer.recheckResult,
        text('remediation.recheckResults.passed')
      )
      await expect(register.drawer.recheckResult).toContainText(
        text('remediation.recheckResults.passed')
      )
      await register.drawer.recheckSave.click()
      // Stored: the drawer offers to withdraw it.
      await expect(register.drawer.root.getByTestId('recheck-remove')).toBeVisible()
      await register.drawer.close()
      await workspace.saved()
      await register.chooseStatus(third, text('remediation.statuses.verified'))
      await expect(register.finding(third).status).toContainText(
        text('remediation.statuses.verified')
      )
      await workspace.saved()
      await saveScreenshot(`register-${locale}`)

      // Finalize the first period and keep its file.
      await workspace.goTo('review', source)
      await review.submit()
      await review.finalize('王芳')
      const previous = await workspace.exportFile()
      const previousPath = await previous.download.path()
      const carried = carryFindings(
        previous.assessment,
        scoreOf(previous.assessment).findings
      ).findings

      // Start the next period: the open findings follow, the verified one does not.
      await page.goto('/#/assessments')
      await home.action(source, 'duplicate').click()
      await expect(page).toHaveURL(/#\/a\/[^/]+/)
      const next = home.openedId()
      await workspace.goTo('findings', next)
      await expect(register.figure('carried')).toHaveText(String(carried.length))
      expect(carried.map((f) => f.findingId)).not.toContain(third)
      const carriedFirst = register.finding(first)
      await expect(carriedFirst.carried).toBeVisible()
      await expect(carriedFirst.repeat).toBeVisible()
      await expect(carriedFirst.owner).toHaveValue(OWNER[locale])
      await expect(carriedFirst.status).toContainText(text('remediation.statuses.inProgress'))
      // Still a gap now, so a repeat finding, but a new one: its closed record stayed behind.
      await expect(register.finding(third).repeat).toBeVisible()
      await expect(register.finding(third).carried).toHaveCount(0)
      await register.openDrawer(first)
      await expect(register.drawer.history).toContainText(text('remediation.statuses.inProgress'))
      await register.drawer.close()
      await saveScreenshot(`register-next-period-${locale}`)

      // Raise a carried finding's answer to the top level (a maturity question with evidence, so
      // the unevidenced-rating gate does not hold the score down).
      const raised = questionIds.find((findingId) => {
        const answer = previous.assessment.answers.find((a) => `q:${a.questionId}` === findingId)
        const type = index.questions.get(findingId.slice(2))?.question.type
        return findingId !== third && type === 'maturity' && (answer?.evidence.length ?? 0) > 0
      })
      expect(raised, 'the sample has a maturity gap with evidence').toBeDefined()
      const targetId = raised!.slice(2)
      await questionnaire.open(next, index.questions.get(targetId)!.section.id)
      await questionnaire.choice(targetId, '4').check()
      await questionnaire.waitSaved()

      // The next period's file compared with the first: the CLI's deltas are the app's scores.
      await workspace.goTo('results', next)
      const current = await workspace.exportFile()
      const comparison = await compareJson(previousPath, await current.download.path())
      const previousScore = scoreOf(previous.assessment)
      const currentScore = scoreOf(current.assessment)
      expect(comparison.overall.previous).toBe(previousScore.overall.score)
      expect(comparison.overall.current).toBe(currentScore.overall.score)
      await expect(app.results.overallScore).toContainText(formatScore(comparison.overall.current))
      const change = comparison.answers.find((a) => a.id === targetId)
      expect(change?.delta).toBeGreaterThan(0)
      expect(comparison.findings.carried).toEqual(carried.map((f) => f.findingId).sort())
      expect(comparison.findings.closed).toContain(raised)

      // The app's comparison screen shows the same changes, node by node, and the same findings.
      await workspace.goTo('compare', next)
      const screen = app.comparison
      await expect(screen.overallDelta).toHaveText(signedDelta(comparison.overall.delta))
      const section = index.questions.get(targetId)!.section.id
      const nodes = [...comparison.pillars, ...comparison.sections, ...comparison.factors]
      for (const node of nodes)
        await expect(screen.delta(node.id)).toHaveText(signedDelta(node.delta))
      expect(comparison.sections.find((s) => s.id === section)?.delta).toBeGreaterThan(0)
      // Findings are listed by their item and title (the question's text), not by internal ids.
      const titled = (id: string) => {
        const { kind, targetId: item } = parseFindingId(id)
        return `${item} ${findingTitle(index, kind, item, locale)}`
      }
      await expect(screen.finding('closed', raised!)).toHaveText(titled(raised!))
      for (const id of comparison.findings.carried)
        await expect(screen.finding('carried', id)).toHaveText(titled(id))
      await expect(screen.answer(targetId)).toContainText(signedDelta(change!.delta))
      // The trend over every period: both periods, oldest first, with the same scores.
      await expect(screen.trendChart).toHaveAttribute('data-chart-state', 'ready')
      await expect(screen.trendRow('overall')).toHaveText([
        text('comparison.overall'),
        formatScore(comparison.overall.previous),
        formatScore(comparison.overall.current)
      ])
      for (const pillar of comparison.pillars)
        await expect(screen.trendRow(`pillar:${pillar.id}`).nth(1)).toHaveText(
          formatScore(pillar.previous)
        )
      for (const factor of comparison.factors)
        await expect(screen.trendRow(`factor:${factor.id}`).nth(2)).toHaveText(
          formatScore(factor.current)
        )
      await saveScreenshot(`comparison-${locale}`)

      // Its workbook carries the comparison sheet: live formulas storing the same changes.
      const workbook = await screen.exportWorkbook()
      const changes = await comparisonSheetChanges(workbook, comparisonLabels(locale).sheet)
      expect(changes.get('overall')?.result).toBe(comparison.overall.delta)
      for (const node of [...comparison.pillars, ...comparison.sections])
        expect(changes.get(node.id)?.result, node.id).toBe(node.delta ?? '—')
      expect(changes.get(section)?.formula).toMatch(/^IF\(AND\(ISNUMBER\(D\d+\),ISNUMBER\(E\d+\)\)/)

      // In the register that finding is no longer a gap, but stays listed until verified.
      await workspace.goTo('findings', next)
      await register.search(targetId)
      await expect(register.rows).toHaveCount(1)
      await expect(register.finding(raised!).row).toContainText(
        text('remediation.tags.noLongerGap')
      )
    })
  })
}
