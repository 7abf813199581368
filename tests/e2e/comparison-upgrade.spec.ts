import { writeFile } from 'node:fs/promises'
import { serializeAssessmentFile } from '../../shared/assessment'
import { indexBank } from '../../shared/bank/lookup'
import { signedDelta } from '../../shared/comparison'
import { parseFindingId } from '../../shared/remediation'
import { comparisonLabels } from '../../shared/report/labels-comparison'
import { generateSampleAssessment } from '../../shared/sample'
import { defaultBank } from './assessment-file'
import { compareJson } from './compare-json'
import { expect, forEachLocale, test } from './fixtures'
import { comparisonSheetChanges } from './pages/comparison'

/*
 * 上期对比 across a bank upgrade: the 1.0.0 sample is the previous period; the next period is
 * started from it (开始下一期) and moved to 1.1.0 (升级题库). The screen compares the two through
 * the upgrade's mapping and shows the same deltas `stability-assessor compare --json` gives for
 * the two exported files.
 */
forEachLocale((locale) => {
  test('compares a 1.0.0 period with its next period on 1.1.0', async ({
    page,
    openApp,
    saveScreenshot,
    app
  }) => {
    test.slow()
    const { assessmentImport, home, bankUpgrade, questionnaire, workspace, text } = app
    const sample = generateSampleAssessment(defaultBank('1.0.0'), { seed: 1 })
    const previousPath = test.info().outputPath('previous-1.0.0.assessment.json')
    const meta = { generator: 'e2e', exportedAt: '2026-12-06T10:00:00+08:00' }
    await writeFile(previousPath, serializeAssessmentFile(sample, meta))

    await openApp('/assessments')
    await assessmentImport.pick(previousPath)
    await expect(assessmentImport.report).toHaveAttribute('data-kind', 'imported')
    await assessmentImport.openButton.click()
    await expect(page).toHaveURL(new RegExp(`#/a/${sample.id}/`))
    await page.goto('/#/assessments')
    await home.action(sample.id, 'duplicate').click()
    await expect(page).toHaveURL(/#\/a\/[^/]+/)
    const next = home.openedId()
    // The new draft opens on its first open question; go to 升级题库 once it has settled there.
    await expect(page).toHaveURL(/#\/a\/[^/]+\/s\//)
    await workspace.saved()
    await bankUpgrade.open(next)
    await expect(bankUpgrade.plan).toBeVisible()
    await bankUpgrade.apply.click()
    await bankUpgrade.applyConfirm.click()
    // One transaction over every answer, finding and entry: slow on a busy machine.
    await expect(bankUpgrade.undoPanel).toBeVisible({ timeout: 30_000 })
    // A4.02 is 1.0.0's A2.07, moved to 监管对照: its answer changes in the new period.
    const a207 = sample.answers.find((a) => a.questionId === 'A2.07')?.value
    const turned = a207 === 'no' ? 'yes' : 'no'
    await questionnaire.answerAll(next, { A4: { 'A4.02': turned } })

    await workspace.goTo('results', next)
    const current = await workspace.exportFile()
    expect(current.assessment.bank.version).toBe('1.1.0')
    const comparison = await compareJson(previousPath, await current.download.path())
    const mapping = comparison.bankMapping!
    expect(mapping.previousVersion).toBe('1.0.0')

    await workspace.goTo('compare', next)
    const screen = app.comparison
    await expect(screen.bankMapping).toContainText(
      text('comparison.mapping.banner', {
        current: '1.1.0',
        previous: '1.0.0',
        moved: mapping.moved.length,
        removed: mapping.removed.length,
        added: mapping.added.length
      })
    )
    await expect(screen.overallDelta).toHaveText(signedDelta(comparison.overall.delta))
    for (const node of [...comparison.pillars, ...comparison.sections, ...comparison.factors])
      await expect(screen.delta(node.id), node.id).toHaveText(signedDelta(node.delta))
    // Only systems with a figure in either period are listed: none here, as 1.0.0 had no key
    // systems and the new period on 1.1.0 has no factor inputs yet (no rows of "— → —").
    for (const factor of comparison.factors.filter((f) => f.systems !== null)) {
      const measured = factor.systems!.filter(
        (s) => s.previousValue !== null || s.currentValue !== null
      )
      await expect(screen.systems(factor.id).locator('li')).toHaveCount(measured.length)
    }
    // 监管对照 (A4) is only in 1.1.0: marked so, with no change.
    expect(comparison.sections.find((s) => s.id === 'A4')).toMatchObject({ only: 'current' })
    await expect(screen.delta('A4')).toHaveText('—')
    await expect(page.getByTestId('only-A4')).toHaveText(text('comparison.only.current'))

    // The moved question is one row with both ids; removed and added ones are labelled.
    const moved = comparison.answers.find((a) => a.id === 'A4.02')!
    expect(moved).toMatchObject({
      previousId: 'A2.07',
      previousValue: a207,
      currentValue: turned
    })
    await expect(screen.answer('A4.02')).toContainText('A2.07 → A4.02')
    await expect(screen.answer('A4.02')).toContainText(signedDelta(moved.delta))
    await expect(screen.answers.locator('tbody tr')).toHaveCount(
      Math.min(50, comparison.answers.length + mapping.removed.length + mapping.added.length)
    )
    const removed = mapping.removed[0]!
    const added = mapping.added[0]!
    expect(comparison.answers.length + mapping.removed.length).toBeLessThanOrEqual(50)
    await expect(screen.oneSided('removed', removed.id)).toContainText(
      text('comparison.mapping.removed', { version: '1.0.0' })
    )
    if (comparison.answers.length + mapping.removed.length + mapping.added.length <= 50)
      await expect(screen.oneSided('added', added.id)).toContainText(
        text('comparison.mapping.added', { version: '1.1.0' })
      )
    // A gap on a question 1.1.0 removed is named by the 1.0.0 question's own text.
    const previousIndex = indexBank(defaultBank('1.0.0'))
    for (const id of comparison.findings.removed) {
      const { targetId } = parseFindingId(id)
      const question = previousIndex.questions.get(targetId)?.question
      expect(question, targetId).toBeDefined()
      await expect(screen.finding('removed', id)).toContainText(question!.text[locale])
    }
    expect(comparison.findings.removed.length).toBeGreaterThan(0)
    await screen.bankMapping.scrollIntoViewIfNeeded()
    await saveScreenshot(`comparison-upgrade-${locale}`)

    // The workbook's comparison sheet stores the same changes.
    const workbook = await screen.exportWorkbook()
    const changes = await comparisonSheetChanges(workbook, comparisonLabels(locale).sheet)
    expect(changes.get('overall')?.result).toBe(comparison.overall.delta)
    for (const node of [...comparison.pillars, ...comparison.sections])
      expect(changes.get(node.id)?.result, node.id).toBe(node.delta ?? '—')
  })
})
