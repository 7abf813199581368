import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { docxParts, paragraphs, wText } from '../../shared/report-doc/test-support'
import { expect, test } from './fixtures'

/**
 * The report of record from the UI, in Chromium: the Word report through the header's Export
 * report menu (read back from the .docx's XML), the PDF through the print view (printed with
 * page.pdf(), read back with pdftotext), and the 报告 screen's narrative landing in the document.
 * Each carries the overall score the app shows.
 */

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' })

  test('exports the Word report and the PDF; both show the app’s overall score', async ({
    page,
    sampleAssessment: { app }
  }) => {
    const score = await app.workspace.overallScore.getAttribute('data-value')
    expect(score).toMatch(/^\d+\.\d$/)
    const level = (await app.workspace.overallLevel.innerText()).trim()
    // The assessment's confidentiality label (the default) at the top of the workspace.
    await expect(page.getByTestId('confidentiality-label')).toHaveText('内部资料 注意保密')
    await page.locator('.workspace-header').screenshot({
      path: test.info().outputPath('workspace-header.png')
    })

    const download = await app.workspace.exportReport('docx')
    expect(download.suggestedFilename()).toBe('稳定性评估报告_示例证券股份有限公司_2025-06-30.docx')
    const parts = docxParts(await readFile(await download.path()))
    const body = parts['word/document.xml'] as string
    const text = wText(body)
    expect(text).toContain(`综合得分${score}`)
    expect(text).toContain('草稿 DRAFT')
    const headings = paragraphs(body)
      .filter((p) => p.style === 'Heading1')
      .map((p) => p.text)
    expect(headings).toEqual([
      '一、评估概述',
      '二、机构与关键系统概况',
      '三、评估结果',
      '四、问题清单',
      '五、评估结论',
      '六、整改建议',
      '附件'
    ])
    expect(text).toContain(level.split(' ')[0]!)
    // The sample (bank 1.1.0) has per-system factors: a table of its key systems for each.
    expect(text).toContain('（七）分系统结果')
    expect(text).toContain('F11 重要系统服务可用率（按系统取最低）')

    await app.workspace.openPrintView()
    const view = page.getByTestId('print-view')
    await expect(view.locator('[data-overall-score]')).toHaveAttribute('data-overall-score', score!)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const file = test.info().outputPath('report.pdf')
    await writeFile(file, pdf)
    const pdfText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    expect(pdfText).toContain('信息系统稳定性保障评估报告')
    expect(pdfText.replace(/\s+/g, '')).toContain(`综合得分${score}`)
    expect(pdfText).toContain('四、问题清单')
    // The confidentiality label on every page: the cover's top line, then every running header.
    const pages = pdfText.split('\f').filter((text) => text.trim() !== '')
    expect(pages.length).toBeGreaterThan(8)
    const unlabelled = pages
      .map((text, index) => ({ page: index + 1, text: text.replace(/\s+/g, '') }))
      .filter(({ text }) => !text.includes('内部资料注意保密'))
      .map(({ page }) => page)
    expect(unlabelled).toEqual([])
    await expect(view.locator('[data-table="systems-F11"] tbody tr')).not.toHaveCount(0)
  })

  test('the 报告 screen’s conclusion is saved, logged and printed in the Word report', async ({
    sampleAssessment: { id, app }
  }) => {
    await app.report.open(id)
    await expect(app.report.source('conclusion')).toHaveAttribute('data-source', 'generated')
    await expect(app.report.narrative('conclusion')).toHaveValue(/综合得分/)
    const conclusion = '评估组认为：{ MERGEFIELD x } 整体良好，灾备恢复验证需加强。'
    await app.report.narrative('conclusion').fill(conclusion)
    await app.report.reportNumber.fill('稳评〔2025〕第007号')
    await app.workspace.saved()
    await expect(app.report.source('conclusion')).toHaveAttribute('data-source', 'written')

    const download = await app.workspace.exportReport('docx')
    const text = wText(docxParts(await readFile(await download.path()))['word/document.xml']!)
    expect(text).toContain(conclusion)
    expect(text).toContain('稳评〔2025〕第007号')

    await app.workspace.goTo('audit', id)
    await expect(app.audit.rows('assessment.update', 'narrative:conclusion')).toHaveCount(1)
  })
})

test.describe('in English', () => {
  test.use({ locale: 'en-US' })

  test('exports the Word report in English from the home list', async ({ page, app, openApp }) => {
    await openApp('/assessments')
    await app.home.openSample()
    const score = await app.workspace.overallScore.getAttribute('data-value')
    await openApp('/assessments')
    await page.getByTestId('action-export-report').first().click()
    await expect(page.getByRole('dialog', { name: app.text('report.exportChoose') })).toBeVisible()
    const { expectDownload } = await import('./downloads')
    const download = await expectDownload(page, () =>
      page.getByTestId('export-choice-docx').click()
    )
    expect(download.suggestedFilename()).toBe(
      'stability-report_示例证券股份有限公司_2025-06-30.docx'
    )
    const text = wText(docxParts(await readFile(await download.path()))['word/document.xml']!)
    expect(text).toContain('1. Overview')
    expect(text).toContain(`Overall score${score}`)
    expect(text).toContain('3.7 Results per system')
  })

  test('the print view gives table columns the Word report’s widths, words kept whole', async ({
    page,
    sampleAssessment: { app }
  }) => {
    await app.workspace.openPrintView()
    const view = page.getByTestId('print-view')
    const factors = view.locator('[data-table="factors"]')
    await expect(factors).toBeVisible()
    // Short words (ids, scores, one-word headers) are never broken across lines.
    const broken = await factors.locator('th, td').evaluateAll((cells) =>
      cells.flatMap((cell) => {
        const text = (cell.textContent ?? '').trim()
        if (text === '' || /\s/.test(text) || text.length > 8) return []
        const range = document.createRange()
        range.selectNodeContents(cell)
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
        return lines.size > 1 ? [text] : []
      })
    )
    expect(broken).toEqual([])
    await factors.screenshot({ path: test.info().outputPath('print-view-factors-en.png') })
    await view
      .locator('[data-table="sections"]')
      .screenshot({ path: test.info().outputPath('print-view-sections-en.png') })
    await view
      .locator('[data-table="systems-F11"]')
      .screenshot({ path: test.info().outputPath('print-view-systems-en.png') })
  })
})
