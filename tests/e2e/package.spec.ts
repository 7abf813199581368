import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { strToU8, zipSync } from 'fflate'
import { parseAssessmentJson } from '../../shared/assessment/parse'
import { assessmentContentHash } from './assessment-file'
import { expect, test } from './fixtures'
import { dumpDatabase, unpack } from './package-helpers'

const hashOf = (bytes: Uint8Array | undefined) => {
  if (!bytes) throw new Error('missing part')
  const parsed = parseAssessmentJson(new TextDecoder().decode(bytes))
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
  return assessmentContentHash(parsed.value.assessment)
}

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' })

  test('package round trip with an evidence file: same content, same bytes', async ({
    app,
    openApp,
    otherComputer
  }) => {
    test.setTimeout(120_000)
    await openApp('/assessments')
    const id = await app.newAssessment.createAssessment('示例证券股份有限公司')
    const q = app.questionnaire
    await q.answerAll(id, { A1: { 'A1.01': '3', 'A1.02': 'partial' } })
    const content = Buffer.from('%PDF-1.4\n% 应急预案演练记录\n'.repeat(400))
    const sha256 = createHash('sha256').update(content).digest('hex')
    await q.attachFile('A1.07', '应急预案演练记录.pdf', content)
    await expect(q.fileHash('A1.07')).toHaveAttribute('data-sha256', sha256)
    await q.waitSaved()

    const first = await app.workspace.exportPackage()
    const parts = unpack(first.bytes)
    expect(Buffer.from(parts.get(`evidence/${sha256}`)!)).toEqual(content)

    const otherApp = await otherComputer()
    const other = otherApp.page
    await otherApp.packageImport.pick(first.path)
    await expect(otherApp.packageImport.report).toHaveAttribute('data-kind', 'done')
    await other.keyboard.press('Escape')
    const q2 = otherApp.questionnaire
    await q2.open(id, 'A1')
    await expect(q2.evidence('A1.07', 'file')).toContainText('应急预案演练记录.pdf')
    await expect(q2.choice('A1.01', '3')).toBeChecked()

    const again = await otherApp.workspace.exportPackage()
    const copied = unpack(again.bytes)
    expect(Buffer.from(copied.get(`evidence/${sha256}`)!)).toEqual(content)
    expect(hashOf(copied.get(`assessments/${id}.json`))).toBe(
      hashOf(parts.get(`assessments/${id}.json`))
    )
  })
})

test.describe('zh-CN home', () => {
  test.use({ locale: 'zh-CN' })

  test('several assessments selected on the home list go into one package', async ({
    page,
    app: { home, newAssessment },
    openApp
  }) => {
    await openApp('/assessments')
    const first = await newAssessment.createAssessment('甲证券股份有限公司')
    const second = await newAssessment.createAssessment('乙证券股份有限公司')
    await page.goto('/#/assessments')
    await expect(home.rows).toHaveCount(2)
    const button = home.exportPackageButton
    await expect(button).toBeDisabled()
    for (const id of [first, second]) await home.select(id)
    await expect(button).toBeEnabled()
    const download = await home.exportPackage()
    expect(download.suggestedFilename()).toMatch(/^assessments-2-\d{4}-\d{2}-\d{2}\.package\.zip$/)
    const parts = unpack(new Uint8Array(await readFile(await download.path())))
    expect([...parts.keys()].filter((name) => name.startsWith('assessments/')).sort()).toEqual(
      [`assessments/${first}.json`, `assessments/${second}.json`].sort()
    )
  })
})

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    test(`a hostile or damaged package is refused with its reasons and nothing changes (${locale})`, async ({
      page,
      app,
      openApp,
      saveScreenshot
    }) => {
      test.setTimeout(120_000)
      const { home, packageImport } = app
      await openApp('/assessments')
      const id = await app.newAssessment.createAssessment('示例证券股份有限公司')
      await app.questionnaire.answerAll(id, { A1: { 'A1.01': '2' } })
      const real = await app.workspace.exportPackage()
      await page.goto('/#/assessments')
      await expect(home.rows).toHaveCount(1)
      // The home list's cache (a derived table) is written just after the list shows: wait for it,
      // or its arrival would look like a change made by a refused package.
      await expect
        .poll(
          async () =>
            (JSON.parse(await dumpDatabase(page)) as Record<string, unknown[]>).assessmentList
              ?.length
        )
        .toBe(1)
      const before = await dumpDatabase(page)
      const issues = packageImport.issues
      // The reasons are in the interface language (shared's codes, worded by the app).
      const zh = locale === 'zh-CN'
      const refuse = async (name: string, bytes: Uint8Array, expected: RegExp[]) => {
        await packageImport.pick({ name, buffer: Buffer.from(bytes) })
        await expect(packageImport.report).toHaveAttribute('data-kind', 'refused')
        for (const pattern of expected)
          await expect(packageImport.issuesMatching(pattern)).not.toHaveCount(0)
        expect(await dumpDatabase(page)).toBe(before)
      }

      // Path traversal: refused on the zip's directory, before anything is inflated.
      const manifest = strToU8(JSON.stringify({ kind: 'stability-assessor/package' }))
      await refuse(
        'traversal.package.zip',
        zipSync({ 'manifest.json': manifest, '../../evil.json': strToU8('{}') }),
        [/\.\.\/\.\.\/evil\.json/, zh ? /试图跳出压缩包目录（“\.\.”路径穿越）/ : /path traversal/]
      )
      await page.keyboard.press('Escape')

      // A part changed after export: its SHA-256 no longer matches the manifest.
      const files = Object.fromEntries(unpack(real.bytes))
      const part = `assessments/${id}.json`
      files[part] = strToU8(new TextDecoder().decode(files[part]).replace('示例证券', '伪造证券'))
      await refuse('tampered.package.zip', zipSync(files), [
        new RegExp(part),
        zh ? /与 manifest\.json 记载的 [0-9a-f]{64} 不符：文件已被修改或损坏/ : /SHA-256 is/
      ])
      await saveScreenshot(`package-refused-${locale}`)
      await page.keyboard.press('Escape')

      // Not a zip at all.
      await refuse('notes.package.zip', strToU8('just some text, not a package'), [
        zh ? /不是稳定性保障评估工具的数据包（不是 zip 文件）/ : /not a zip file/
      ])
      if (zh) {
        await expect(packageImport.issuesMatching(/not a zip file/)).toHaveCount(0)
        await expect(issues.first()).toContainText('整个文件')
      }
      await page.keyboard.press('Escape')
      await expect(home.rows).toHaveCount(1)
    })
  })
}
