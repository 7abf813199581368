import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { named } from './pages/ui-text'
import { headerColumn, setByKey } from './sheet-cells'

/** The feedback sheet of an exported workbook, and a setter of a finding row's cell. */
async function openFeedback(path: string) {
  const bytes = await readFile(path)
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  )
  const sheet = workbook.getWorksheet('feedback')!
  const col = (name: string) => headerColumn(sheet, name)
  const set = (findingId: string, column: string, value: ExcelJS.CellValue) =>
    setByKey(sheet, { keyColumn: 'finding_id', key: findingId }, column, value)
  const save = async () => Buffer.from(new Uint8Array(await workbook.xlsx.writeBuffer()))
  return { sheet, col, set, save }
}

const WORDS = {
  'zh-CN': { agree: '同意', disagree: '不同意', by: '运维管理部' },
  'en-US': { agree: 'Agree', disagree: 'Disagree', by: 'IT Operations' }
} as const

/*
 * The auditee's feedback workbook (事实确认) in the app: export it from the register, fill it by
 * script as the assessed department would; a hostile file is refused with its cells named and
 * nothing stored; a filled one with a bad row shows the row's problem, then the merge view with
 * the valid answers, and once applied the register shows them and the audit log records them.
 */
for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    test(`feedback workbook: export, refuse a hostile file, import, review, show (${locale})`, async ({
      page,
      sampleAssessment: { id, app },
      saveScreenshot
    }) => {
      test.setTimeout(150_000)
      const { register, workspace, merge: view, text } = app
      const words = WORDS[locale]
      await workspace.goTo('findings', id)
      const [first, second, third] = (await register.listedIds()) as [string, string, string]

      const download = await register.exportFeedbackWorkbook()
      expect(download.suggestedFilename()).toMatch(/\.feedback\.xlsx$/)
      const path = await download.path()

      // Hostile: a changed header and a formula. Refused as a whole, cells named, nothing stored.
      const hostile = await openFeedback(path)
      hostile.sheet.getCell(1, hostile.col('response')).value = '意见'
      const formula = hostile.set(second, 'plan', { formula: 'HYPERLINK("http://x","y")' })
      await register.importFeedbackWorkbook('hostile.xlsx', await hostile.save())
      await expect(register.feedbackReport).toHaveAttribute('data-kind', 'refused', {
        timeout: 30_000
      })
      const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(formula)!
      await expect(register.feedbackIssues.filter({ hasText: '意见' })).toHaveCount(1)
      await expect(register.feedbackReport).toContainText(
        locale === 'zh-CN'
          ? `工作表「feedback」第 ${row} 行 ${letters} 列（plan）`
          : `feedback!${formula}`
      )
      await saveScreenshot(`feedback-workbook-refused-${locale}`)
      await page
        .locator('.ant-modal-footer')
        .getByRole('button', { name: named(text('packages.close')) })
        .click()
      await expect(register.feedbackReport).toBeHidden()
      const untouched = await workspace.storedAssessment(id)
      expect(untouched.findings.filter((f) => f.feedback !== undefined)).toEqual([])
      await workspace.goTo('findings', id)

      // Filled: two valid answers and one the app cannot read.
      const filled = await openFeedback(path)
      filled.set(first, 'response', words.agree)
      filled.set(first, 'plan', '2027 年一季度完成 / by Q1 2027')
      filled.set(first, 'planned_date', new Date(Date.UTC(2027, 2, 31)))
      filled.set(first, 'answered_by', words.by)
      filled.set(second, 'response', words.disagree)
      filled.set(second, 'explanation', '已有应急预案，见附件 3 / see annex 3')
      const bad = filled.set(third, 'response', 'maybe')
      await register.importFeedbackWorkbook('filled.xlsx', await filled.save())
      await expect(register.feedbackReport).toHaveAttribute('data-kind', 'rowIssues', {
        timeout: 30_000
      })
      await expect(register.feedbackIssues).toHaveCount(1)
      await expect(register.feedbackIssues).toContainText('maybe')
      await expect(register.feedbackIssues).toContainText(
        locale === 'zh-CN'
          ? `工作表「feedback」第 ${bad.slice(1)} 行 L 列（response）`
          : `feedback!${bad}`
      )
      await saveScreenshot(`feedback-workbook-row-issues-${locale}`)
      await register.feedbackContinue.click()

      // The merge view previews the two answers; nothing is stored before Apply.
      await expect(view.root).toBeVisible()
      await expect(
        page.getByRole('dialog', { name: text('remediation.feedbackFile.reviewTitle') })
      ).toBeVisible()
      await expect(view.takes).toHaveAttribute('data-count', '2')
      // Each answer with its plan and date, the department once beside it, no "None" for the
      // answer nobody signed.
      const take = (findingId: string) =>
        view.root.locator(`[data-testid="merge-take"][data-key="feedback:${findingId}"]`)
      const firstLine = (await take(first).textContent()) ?? ''
      expect(firstLine).toContain(`${words.agree} · `)
      expect(firstLine).toContain('2027-03-31')
      expect(firstLine.split(words.by)).toHaveLength(2)
      expect(firstLine.endsWith(text('common.parenthetical', { text: words.by }))).toBe(true)
      const secondLine = (await take(second).textContent()) ?? ''
      expect(secondLine).toContain(words.disagree)
      expect(secondLine).not.toContain(text('packages.merge.none'))
      await expect(view.takes).toContainText(words.disagree)
      await saveScreenshot(`feedback-workbook-review-${locale}`)
      await expect(register.finding(first).feedback).toHaveCount(0)
      await expect(register.finding(second).feedback).toHaveCount(0)
      await view.apply.click()
      await expect(view.root).toBeHidden()

      await expect(register.finding(first).feedback).toHaveAttribute('data-response', 'agree')
      await expect(register.finding(first).feedback).toHaveText(
        text('remediation.tags.feedback', { response: words.agree })
      )
      await expect(register.finding(second).feedback).toHaveAttribute('data-response', 'disagree')
      await expect(register.finding(third).feedback).toHaveCount(0)
      await saveScreenshot(`feedback-workbook-register-${locale}`)

      const stored = await workspace.storedAssessment(id)
      const byId = new Map(stored.findings.map((f) => [f.findingId, f.feedback]))
      expect(byId.get(first)).toMatchObject({
        response: 'agree',
        plan: '2027 年一季度完成 / by Q1 2027',
        plannedDate: '2027-03-31',
        by: words.by
      })
      expect(byId.get(second)).toMatchObject({
        response: 'disagree',
        explanation: '已有应急预案，见附件 3 / see annex 3'
      })
      expect(byId.get(third)).toBeUndefined()
      const merge = stored.auditLog.filter((e) => e.action === 'assessment.merge').at(-1)
      expect((merge?.newValue as { taken: string[] }).taken.toSorted()).toEqual(
        [`feedback:${first}`, `feedback:${second}`].toSorted()
      )
    })
  })
}
