import { expect, test } from './fixtures'
import { SignOff } from './pages/sign-off'

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`review in ${locale}`, () => {
    test.use({ locale })

    test('lists what is open; each item jumps to its question', async ({
      page,
      openApp,
      saveScreenshot
    }) => {
      const app = new SignOff(page)
      await openApp('/assessments')
      const id = await app.openSample()
      await app.goTo('review', id)
      await expect(page.getByTestId('review-status')).toHaveAttribute('data-status', 'draft')

      // Sample seed 1: A3.01 is rated 3 without evidence (a warning and an unevidenced rating).
      const item = page
        .getByTestId('checklist-item')
        .and(page.locator('[data-group="unevidenced"]'))
        .first()
      await expect(item).toHaveAttribute('data-target', 'A3.01')
      await saveScreenshot(`review-${locale}`)

      await item.getByRole('link').click()
      await expect(page).toHaveURL(new RegExp(`#/a/${id}/s/A3\\?q=A3\\.01$`))
      await expect(page.getByTestId('question-A3.01')).toBeVisible()
    })
  })
}

test.describe('sign-off', () => {
  test.use({ locale: 'zh-CN' })

  test('finalize → read-only → reopen with a reason, all in the audit log', async ({
    page,
    openApp,
    saveScreenshot
  }) => {
    const app = new SignOff(page)
    await openApp('/assessments')
    const id = await app.openSample()
    await app.goTo('review', id)

    await page.getByTestId('submit-review').click()
    await expect(page.getByTestId('review-status')).toHaveAttribute('data-status', 'inReview')

    await page.getByTestId('finalize').click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByTestId('finalize-open-items')).toBeVisible()
    await dialog.getByTestId('finalize-signer').fill('李娜')
    await dialog.getByTestId('finalize-confirm').click()
    await expect(page.getByTestId('review-status')).toHaveAttribute('data-status', 'finalized')
    await expect(page.getByTestId('seal-by')).toHaveText('李娜')
    await expect(page.getByTestId('seal-hash')).toHaveText(/^[0-9a-f]{64}$/)
    await expect(page.getByTestId('seal-record')).toContainText('与当前内容一致')
    const { assessment } = await app.exportFile()
    expect(assessment.status).toBe('finalized')
    await expect(page.getByTestId('seal-hash')).toHaveText(assessment.finalization!.contentHash)
    await expect(page.getByTestId('finalize')).toHaveCount(0)
    await saveScreenshot('review-finalized-zh-CN')

    // Read-only everywhere: the questionnaire, the factors and the findings.
    await page.goto(`/#/a/${id}/s/A1`)
    await expect(page.getByTestId('question-A1.01')).toBeVisible()
    const questionInputs = page.locator(
      '[data-testid^="question-"] input, [data-testid^="question-"] textarea'
    )
    await expect(questionInputs.first()).toBeDisabled()
    expect(
      await questionInputs.evaluateAll(
        (els) => els.filter((el) => !(el as HTMLInputElement).disabled).length
      )
    ).toBe(0)
    await page.goto(`/#/a/${id}/factors`)
    const factorInputs = page.locator('[data-testid^="factor-input-"]')
    await expect(factorInputs.first()).toBeDisabled()
    expect(
      await factorInputs.evaluateAll(
        (els) => els.filter((el) => !(el as HTMLInputElement).disabled).length
      )
    ).toBe(0)
    await app.goTo('results', id)
    await expect(page.getByTestId('finding-owner').first()).toBeDisabled()

    await app.goTo('review', id)
    await page.getByTestId('reopen').click()
    const reopen = page.getByRole('dialog')
    await reopen.getByTestId('reopen-confirm').click()
    await expect(reopen).toContainText('请填写重新打开的理由')
    await reopen.getByTestId('reopen-reason').fill('监管检查后需补充 C5 故障管理的证据')
    await reopen.getByTestId('reopen-confirm').click()
    await expect(page.getByTestId('review-status')).toHaveAttribute('data-status', 'inReview')
    await expect(page.getByTestId('seal-record')).toContainText('尚未定稿')

    await app.goTo('audit', id)
    await expect(app.auditRows('assessment.finalize')).toHaveCount(1)
    await expect(app.auditRows('assessment.finalize')).toContainText('李娜')
    const reopened = app.auditRows('assessment.reopen')
    await expect(reopened).toHaveCount(1)
    await expect(reopened.getByTestId('audit-reason')).toHaveText(
      '监管检查后需补充 C5 故障管理的证据'
    )
    await expect(app.auditRows('status.change').first()).toContainText('复核中')

    // Editable again.
    await page.goto(`/#/a/${id}/s/A1`)
    await expect(page.locator('[data-testid="question-A1.01"] input').first()).toBeEnabled()
  })
})
