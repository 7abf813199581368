import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { expect, test } from './fixtures'
import { setByKey } from './sheet-cells'

/** Sets a cell of a question's row on the form's `questions` sheet; returns its address. */
function setQuestion(workbook: ExcelJS.Workbook, id: string, column: string, value: string) {
  return setByKey(workbook.getWorksheet('questions')!, { keyColumn: 'id', key: id }, column, value)
}

/*
 * The questionnaire round trip through Excel in the app: export the fill-in form from the
 * workspace, fill it by script (as someone without the app would in Excel), import it: a bad row
 * is reported at its cell; the valid changes go through the merge view.
 */
for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    test(`questionnaire form: export, fill, import → row errors, then merge (${locale})`, async ({
      app,
      openApp,
      saveScreenshot
    }) => {
      test.setTimeout(120_000)
      const { workspace, formImport, merge: view } = app
      await openApp('/assessments')
      const id = await app.newAssessment.createAssessment('示例证券股份有限公司')
      await app.questionnaire.answerAll(id, { A1: { 'A1.01': '1' } })

      const download = await workspace.exportQuestionnaireForm()
      expect(download.suggestedFilename()).toMatch(/\.questionnaire\.xlsx$/)
      const workbook = new ExcelJS.Workbook()
      const bytes = await readFile(await download.path())
      await workbook.xlsx.load(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
      )
      setQuestion(workbook, 'A1.01', 'answer', '3 量化')
      setQuestion(workbook, 'A1.02', 'answer', 'Yes')
      const bad = setQuestion(workbook, 'A1.04', 'answer', 'maybe')
      const filled = Buffer.from(new Uint8Array(await workbook.xlsx.writeBuffer()))

      await formImport.pick('filled.xlsx', filled)
      // Reading the workbook takes seconds on a loaded machine; the report appears when it is done.
      await expect(formImport.report).toHaveAttribute('data-kind', 'rowIssues', { timeout: 30_000 })
      const issue = formImport.issues
      await expect(issue).toHaveCount(1)
      // The cell, worded in the interface language: 工作表「questions」第 5 行 F 列（answer）.
      const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(bad)!
      await expect(issue).toContainText(
        locale === 'zh-CN'
          ? `工作表「questions」第 ${row} 行 ${letters} 列（answer）`
          : `questions!${bad}`
      )
      await expect(issue).toContainText('maybe')
      // …and the reason too: "maybe" 不是可选等级之一 / "maybe" is not one of.
      await expect(issue).toContainText(locale === 'zh-CN' ? '不是可选' : 'is not one of')
      await saveScreenshot(`questionnaire-form-issues-${locale}`)
      await formImport.continueButton.click()

      await expect(view.conflicts).toHaveCount(1)
      await expect(view.conflicts).toHaveAttribute('data-key', 'question:A1.01')
      await expect(view.takes).toHaveAttribute('data-count', '1')
      await view.choose('question:A1.01', 'theirs')
      await view.apply.click()
      await expect(view.root).toBeHidden()

      const stored = await workspace.storedAssessment(id)
      const values = Object.fromEntries(stored.answers.map((a) => [a.questionId, a.value]))
      expect(values).toMatchObject({ 'A1.01': 3, 'A1.02': 'yes' })
      expect(values['A1.04']).toBeUndefined()
      const merges = stored.auditLog.filter((e) => e.action === 'assessment.merge')
      expect(merges.map((e) => e.target).sort()).toEqual(['assessment', 'question:A1.01'])
    })
  })
}
