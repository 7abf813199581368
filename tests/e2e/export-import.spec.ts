import { assessmentContentHash } from './assessment-file'
import { expect, test } from './fixtures'

test.use({ locale: 'zh-CN' })

test('export → import on a fresh browser reproduces the assessment; a second import is a copy', async ({
  sampleAssessment: { id, app },
  otherComputer
}) => {
  await app.workspace.goTo('results', id)
  const exported = await app.workspace.exportFile()
  expect(exported.download.suggestedFilename()).toMatch(
    /^示例证券股份有限公司-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.assessment\.json$/
  )

  // A new browser context has its own, empty IndexedDB: another inspector's computer.
  const otherApp = await otherComputer()
  const other = otherApp.page

  await otherApp.assessmentImport.pick(await exported.download.path())
  await expect(otherApp.assessmentImport.report).toHaveAttribute('data-kind', 'imported')
  await otherApp.assessmentImport.openButton.click()
  await expect(other).toHaveURL(new RegExp(`#/a/${id}/`))
  await otherApp.workspace.goTo('results', id)
  const reExported = await otherApp.workspace.exportFile()
  expect(assessmentContentHash(reExported.assessment)).toBe(
    assessmentContentHash(exported.assessment)
  )
  expect(reExported.assessment.id).toBe(id)
  const importEntry = reExported.assessment.auditLog.at(-1)
  expect(importEntry?.action).toBe('assessment.import')
  expect(reExported.assessment.auditLog.slice(0, -1)).toEqual(exported.assessment.auditLog)

  // The same file again: the id is taken, so it comes in as a copy with a clear notice.
  await other.goto('/#/assessments')
  await otherApp.assessmentImport.pick(await exported.download.path())
  await expect(otherApp.assessmentImport.copyNotice).toContainText(id)
  await otherApp.assessmentImport.close()
  await expect(otherApp.home.rows).toHaveCount(2)
})

test('a malformed file is refused with a specific message and nothing changes', async ({
  page,
  sampleAssessment: { id, app }
}) => {
  const { assessmentImport: file, home } = app
  await app.workspace.goTo('results', id)
  const { text } = await app.workspace.exportFile()
  await page.goto('/#/assessments')
  await expect(home.rows).toHaveCount(1)

  // Not JSON at all: the syntax error with its line and column.
  await file.pick({ name: 'broken.assessment.json', content: text.slice(0, 200) })
  await expect(file.report).toHaveAttribute('data-kind', 'issues')
  await expect(file.issues.first()).toContainText(/第 \d+ 行第 \d+ 列/)
  await expect(file.issues.first()).toContainText('JSON 格式错误')
  await file.close()

  // Valid JSON, but an answer that does not fit its question: the path and the reason.
  const broken = JSON.parse(text) as {
    assessment: { id: string; answers: Array<{ questionId: string; value: unknown }> }
  }
  broken.assessment.id = 'another-id'
  const answer = broken.assessment.answers.find((a) => a.questionId === 'A1.01')!
  answer.value = 7
  const index = broken.assessment.answers.indexOf(answer)
  await file.pick({ name: 'level-seven.assessment.json', content: JSON.stringify(broken) })
  await expect(file.report).toHaveAttribute('data-kind', 'issues')
  await expect(file.issues).toHaveCount(1)
  await expect(file.issues.first()).toContainText(`assessment.answers[${index}].value`)
  // The reason in the interface language (the file reader's English is what the CLI prints).
  await expect(file.issues.first()).toContainText('A1.01：成熟度须为 0–4 的整数，实际为 7')
  await expect(file.dialog).toContainText('评估文件未导入，本机数据未作任何改动')
  await file.close()

  // Someone else's file kind.
  await file.pick({ name: 'other.json', content: JSON.stringify({ kind: 'something-else' }) })
  await expect(file.issues.first()).toContainText(
    '不是稳定性保障评估工具的评估文件（kind 为“something-else”）'
  )
  await file.close()

  await expect(home.rows).toHaveCount(1)
})
