import { readFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { openProtectedOfficeFile } from '../../shared/office-crypto/test-support'
import { docxParts, wText } from '../../shared/report-doc/test-support'
import { chooseMenuItem, expectDownload } from './downloads'
import { expect, test } from './fixtures'
import { chooseProtection } from './pages/protection'

/**
 * Password-protected exports from the UI (issue 15): the header's Export report menu offers the
 * workbook and the Word report with a password to open; the password is typed twice in the
 * protect dialog. The downloads are compound files (what Office asks a password for), which open
 * with that password — to a workbook with the institution, a report with the app's overall
 * score — and not with another. (LibreOffice and msoffcrypto-tool open them in the node tests.)
 */

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const PASSWORD = { 'zh-CN': '评估口令-仅限项目组', 'en-US': 'audit team only 2025' } as const

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`protected exports in ${locale}`, () => {
    test.use({ locale })

    test('the workbook and the Word report open only with the password set on export', async ({
      page,
      sampleAssessment: { app },
      saveScreenshot
    }) => {
      const { workspace, text } = app
      const score = await workspace.overallScore.getAttribute('data-value')
      const password = PASSWORD[locale]

      // The menu offers the protected choices after the plain ones.
      await workspace.exportReportButton.click()
      await expect(page.getByTestId('export-report-xlsx-protected')).toHaveText(
        text('report.protectedFormats.xlsx')
      )
      await expect(page.getByTestId('export-report-docx-protected')).toHaveText(
        text('report.protectedFormats.docx')
      )
      await page.keyboard.press('Escape')

      // The dialog says what the password does; OK waits for the same password twice.
      await chooseMenuItem(page, 'export-report', 'export-report-xlsx-protected')
      const dialog = page.getByTestId('protect-dialog')
      await expect(dialog).toContainText(text('protection.introOffice'))
      await expect(dialog.getByTestId('protect-none')).toHaveCount(0)
      await dialog.getByTestId('protect-passphrase').fill(password)
      await dialog.getByTestId('protect-again').fill(`${password}x`)
      await expect(page.getByTestId('protect-ok')).toBeDisabled()
      await saveScreenshot(`protected-export-${locale}`)
      const workbookDownload = await expectDownload(page, () =>
        chooseProtection(page, { passphrase: password })
      )
      const workbookFile = new Uint8Array(await readFile(await workbookDownload.path()))
      expect([...workbookFile.subarray(0, 8)]).toEqual(CFB_MAGIC)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(
        (await openProtectedOfficeFile(workbookFile, password)).buffer as ArrayBuffer
      )
      const cells: string[] = []
      workbook.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.text)))
      expect(cells.join('\n')).toContain('示例证券股份有限公司')
      await expect(openProtectedOfficeFile(workbookFile, `${password}!`)).rejects.toThrow(
        'wrong password'
      )

      const wordFile = new Uint8Array(
        await readFile(await (await workspace.exportReport('docx', password)).path())
      )
      expect([...wordFile.subarray(0, 8)]).toEqual(CFB_MAGIC)
      const body = docxParts(await openProtectedOfficeFile(wordFile, password))[
        'word/document.xml'
      ] as string
      expect(wText(body).replace(/\s+/g, '')).toContain(score!)
    })
  })
}
