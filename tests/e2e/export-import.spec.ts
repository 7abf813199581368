import { assessmentContentHash } from './assessment-file'
import { expect, test, waitForReady } from './fixtures'
import { SignOff } from './pages/sign-off'

test.use({ locale: 'zh-CN' })

test('export → import on a fresh browser reproduces the assessment; a second import is a copy', async ({
  page,
  openApp,
  browser,
  baseURL
}) => {
  const app = new SignOff(page)
  await openApp('/assessments')
  const id = await app.openSample()
  await app.goTo('results', id)
  const exported = await app.exportFile()
  expect(exported.download.suggestedFilename()).toMatch(
    /^示例证券股份有限公司-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.assessment\.json$/
  )

  // A new browser context has its own, empty IndexedDB: another inspector's computer.
  const context = await browser.newContext({ locale: 'zh-CN', baseURL })
  const problems: string[] = []
  context.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text())
  })
  const other = await context.newPage()
  await other.goto('/#/assessments')
  await waitForReady(other)
  const otherApp = new SignOff(other)

  await other.getByTestId('import-file').setInputFiles(await exported.download.path())
  const report = other.getByTestId('import-report')
  await expect(report).toHaveAttribute('data-kind', 'imported')
  await other.getByTestId('import-open').click()
  await expect(other).toHaveURL(new RegExp(`#/a/${id}/`))
  await otherApp.goTo('results', id)
  const reExported = await otherApp.exportFile()
  expect(assessmentContentHash(reExported.assessment)).toBe(
    assessmentContentHash(exported.assessment)
  )
  expect(reExported.assessment.id).toBe(id)
  const importEntry = reExported.assessment.auditLog.at(-1)
  expect(importEntry?.action).toBe('assessment.import')
  expect(reExported.assessment.auditLog.slice(0, -1)).toEqual(exported.assessment.auditLog)

  // The same file again: the id is taken, so it comes in as a copy with a clear notice.
  await other.goto('/#/assessments')
  await other.getByTestId('import-file').setInputFiles(await exported.download.path())
  await expect(other.getByTestId('import-copy-notice')).toContainText(id)
  await other.getByRole('button', { name: '关闭' }).click()
  await expect(other.getByTestId('assessment-row')).toHaveCount(2)

  await context.close()
  expect(problems).toEqual([])
})

test('a malformed file is refused with a specific message and nothing changes', async ({
  page,
  openApp
}) => {
  const app = new SignOff(page)
  await openApp('/assessments')
  const id = await app.openSample()
  await app.goTo('results', id)
  const { text } = await app.exportFile()
  await page.goto('/#/assessments')
  await expect(page.getByTestId('assessment-row')).toHaveCount(1)

  const pick = (name: string, content: string) =>
    page.getByTestId('import-file').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content, 'utf8')
    })
  const report = page.getByTestId('import-report')
  const issues = page.getByTestId('import-issue')

  // Not JSON at all: the syntax error with its line and column.
  await pick('broken.assessment.json', text.slice(0, 200))
  await expect(report).toHaveAttribute('data-kind', 'issues')
  await expect(issues.first()).toContainText(/第 \d+ 行第 \d+ 列/)
  await expect(issues.first()).toContainText('JSON 格式错误')
  await page.getByRole('button', { name: '关闭' }).click()

  // Valid JSON, but an answer that does not fit its question: the path and the reason.
  const file = JSON.parse(text) as {
    assessment: { id: string; answers: Array<{ questionId: string; value: unknown }> }
  }
  file.assessment.id = 'another-id'
  const answer = file.assessment.answers.find((a) => a.questionId === 'A1.01')!
  answer.value = 7
  const index = file.assessment.answers.indexOf(answer)
  await pick('level-seven.assessment.json', JSON.stringify(file))
  await expect(report).toHaveAttribute('data-kind', 'issues')
  await expect(issues).toHaveCount(1)
  await expect(issues.first()).toContainText(`assessment.answers[${index}].value`)
  // The reason in the interface language (the file reader's English is what the CLI prints).
  await expect(issues.first()).toContainText('A1.01：成熟度须为 0–4 的整数，实际为 7')
  await expect(page.getByText('评估文件未导入，本机数据未作任何改动')).toBeVisible()
  await page.getByRole('button', { name: '关闭' }).click()

  // Someone else's file kind.
  await pick('other.json', JSON.stringify({ kind: 'something-else' }))
  await expect(issues.first()).toContainText(
    '不是稳定性保障评估工具的评估文件（kind 为“something-else”）'
  )
  await page.getByRole('button', { name: '关闭' }).click()

  await expect(page.getByTestId('assessment-row')).toHaveCount(1)
})
