import { resolve } from 'node:path'
import { expect, forEachLocale, test } from './fixtures'

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

forEachLocale((locale) => {
  test(`merge: conflicts side by side, mine / theirs / a section all theirs, audit log (${locale})`, async ({
    page,
    app,
    openApp,
    otherComputer,
    saveScreenshot
  }) => {
    test.setTimeout(180_000)
    await openApp('/assessments')
    await app.settings.setAssessorName('张伟')
    const id = await app.newAssessment.createAssessment('示例证券股份有限公司')
    const handOver = await app.workspace.exportPackage()

    // B: another computer.
    const otherApp = await otherComputer()
    const other = otherApp.page
    await otherApp.settings.setAssessorName('李娜')
    await otherApp.packageImport.importNew(handOver.path)

    await app.questionnaire.answerAll(id, MINE)
    await otherApp.questionnaire.answerAll(id, THEIRS)
    await other.goto(`/#/a/${id}/results`)
    const back = await otherApp.workspace.exportPackage()

    // A imports B's package: the assessment exists, so it is offered for merge or copy.
    const { packageImport, merge: view } = app
    await packageImport.pick({ name: 'from-b.package.zip', buffer: Buffer.from(back.bytes) })
    const existing = packageImport.existing
    await expect(existing).toHaveAttribute('data-assessment-id', id)
    await expect(existing).toHaveAttribute('data-state', 'pending')
    await saveScreenshot(`package-import-exists-${locale}`)
    await packageImport.mergeButton.click()

    await expect(view.root).toBeVisible()
    await expect(view.conflicts).toHaveCount(CONFLICTS.length)
    expect(await view.keys()).toEqual(CONFLICTS)
    // A2's answers only B gave are taken without asking.
    await expect(view.takes).toHaveAttribute('data-count', '2')
    await expect(view.value('question:A3.01', 'mine')).toContainText('1')
    await expect(view.value('question:A3.01', 'theirs')).toContainText('3')
    await expect(view.apply).toBeDisabled()
    // Each conflict under its bank section; no registers group without a register conflict.
    await expect(view.group('B1').getByTestId('merge-conflict')).toHaveCount(2)
    await expect(view.group('registers')).toHaveCount(0)
    await saveScreenshot(`merge-view-${locale}`)

    await view.choose('question:A3.01', 'mine')
    await view.choose('question:A3.02', 'theirs')
    await view.choose('question:A3.03', 'mine')
    await view.takeSection('B1')
    for (const key of ['question:B1.01', 'question:B1.02'])
      await expect(view.conflict(key)).toHaveAttribute('data-chosen', 'theirs')
    await view.apply.click()
    await expect(view.root).toBeHidden()
    await expect(existing).toHaveAttribute('data-state', 'merged')
    await page.keyboard.press('Escape')

    const merged = await app.workspace.storedAssessment(id)
    await app.workspace.header.screenshot({
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
    await app.workspace.goTo('audit', id)
    await expect(app.audit.rows('assessment.merge').first()).toBeVisible()
    await expect(app.audit.rows(undefined, 'question:A3.02').first()).toBeVisible()
  })
})
