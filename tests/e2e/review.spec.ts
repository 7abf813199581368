import type { Locator } from '@playwright/test'
import { verifyAuditChain } from '../../shared/assessment/audit-chain'
import { expect, test } from './fixtures'

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`review in ${locale}`, () => {
    test.use({ locale })

    test('lists what is open; each item jumps to its question', async ({
      page,
      sampleAssessment: { id, app },
      saveScreenshot
    }) => {
      await app.workspace.goTo('review', id)
      await app.review.expectStatus('draft')

      // Sample seed 1 on bank 1.1.0: B5.01 is the first question rated without evidence.
      const item = app.review.checklistItems('unevidenced').first()
      await expect(item).toHaveAttribute('data-target', 'B5.01')
      await saveScreenshot(`review-${locale}`)

      await app.review.goToItem(item)
      await expect(page).toHaveURL(new RegExp(`#/a/${id}/s/B5\\?q=B5\\.01$`))
      await expect(app.questionnaire.question('B5.01')).toBeVisible()
    })
  })
}

test.describe('sign-off', () => {
  test.use({ locale: 'zh-CN' })

  test('finalize → read-only → reopen with a reason, all in the audit log', async ({
    sampleAssessment: { id, app },
    saveScreenshot
  }) => {
    const { review, workspace, audit, questionnaire, factors } = app
    await workspace.goTo('review', id)

    await review.submit()

    await review.finalizeButton.click()
    await expect(review.finalizeDialog.openItems).toBeVisible()
    await review.finalizeDialog.signer.fill('李娜')
    await review.finalizeDialog.confirm.click()
    await review.expectStatus('finalized')
    await expect(review.sealBy).toHaveText('李娜')
    await expect(review.sealHash).toHaveText(/^[0-9a-f]{64}$/)
    await expect(review.seal).toContainText('与当前内容一致')
    const { assessment } = await workspace.exportFile()
    expect(assessment.status).toBe('finalized')
    await expect(review.sealHash).toHaveText(assessment.finalization!.contentHash)
    await expect(review.finalizeButton).toHaveCount(0)
    await saveScreenshot('review-finalized-zh-CN')

    // Read-only everywhere: the questionnaire, the factors and the findings.
    await questionnaire.open(id, 'A1')
    await expect(questionnaire.question('A1.01')).toBeVisible()
    await expect(questionnaire.answerInputs.first()).toBeDisabled()
    expect(await enabledCount(questionnaire.answerInputs)).toBe(0)
    await factors.open(id)
    await expect(factors.inputs.first()).toBeDisabled()
    expect(await enabledCount(factors.inputs)).toBe(0)
    await workspace.goTo('findings', id)
    await expect(app.register.finding(await app.register.firstFindingId()).owner).toBeDisabled()

    await workspace.goTo('review', id)
    await review.reopenButton.click()
    const reopen = review.reopenDialog
    await reopen.confirm.click()
    await expect(reopen.root).toContainText('请填写重新打开的理由')
    await reopen.reason.fill('监管检查后需补充 C5 故障管理的证据')
    await reopen.confirm.click()
    await review.expectStatus('inReview')
    await expect(review.seal).toContainText('尚未定稿')

    await workspace.goTo('audit', id)
    await expect(audit.rows('assessment.finalize')).toHaveCount(1)
    await expect(audit.rows('assessment.finalize')).toContainText('李娜')
    const reopened = audit.rows('assessment.reopen')
    await expect(reopened).toHaveCount(1)
    await expect(audit.reason(reopened)).toHaveText('监管检查后需补充 C5 故障管理的证据')
    await expect(audit.rows('status.change').first()).toContainText('复核中')

    // Editable again.
    await questionnaire.open(id, 'A1')
    await expect(questionnaire.answerInputsOf('A1.01').first()).toBeEnabled()
  })
})

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(`graded review in ${locale}`, () => {
    test.use({ locale })

    test('two levels: the preparer signs, the reviewer finalizes; order and signers enforced', async ({
      page,
      openApp,
      sampleAssessment: { id, app },
      saveScreenshot
    }) => {
      const { review, workspace, audit, text } = app
      // Settings: two levels, 编制 (preparer) → 复核 (reviewer).
      await openApp('/settings')
      await app.settings.pickOption(
        page.getByTestId('settings-review-count'),
        text('settings.review.levels', { count: 2 })
      )
      await page.getByTestId('settings-review-name-1').fill('编制')
      await page.getByTestId('settings-review-name-2').fill('复核')
      await expect(page.getByTestId('review-levels-state')).toHaveAttribute('data-state', 'saved')

      await workspace.goTo('review', id)
      const levels = page.getByTestId('review-levels')
      await expect(levels).toContainText(text('review.levels.title', { count: 2 }))
      // The reviewer's level (the last) waits for the preparer's.
      await expect(page.getByTestId('finalize')).toBeDisabled()
      await expect(page.getByTestId('finalize')).toHaveText(
        text('review.levels.sign', { name: '复核' })
      )

      await page.getByTestId('review-sign').click()
      await page.getByTestId('review-sign-signer').fill('张伟')
      await page.getByTestId('review-sign-comment').fill('自查完成 / self-check done')
      await page.getByTestId('review-sign-confirm').click()
      await review.expectStatus('inReview')
      const first = page.getByTestId('review-level-1')
      await expect(first.getByTestId('review-level-signer')).toContainText('张伟')
      await expect(first).toContainText('自查完成 / self-check done')
      await expect(page.getByTestId('review-level-2')).toContainText(text('review.levels.waiting'))

      // The preparer cannot also sign as reviewer.
      await page.getByTestId('finalize').click()
      const dialog = review.finalizeDialog
      await expect(dialog.root).toContainText(text('review.levels.finalLevel', { name: '复核' }))
      await dialog.signer.fill('张伟')
      await dialog.confirm.click()
      await expect(page.getByText(text('review.refused.sameSigner', { level: 2 }))).toBeVisible()
      await review.expectStatus('inReview')

      await dialog.signer.fill('李娜')
      await dialog.confirm.click()
      await review.expectStatus('finalized')
      await expect(
        page.getByTestId('review-level-2').getByTestId('review-level-signer')
      ).toContainText('李娜')
      await expect(review.sealBy).toHaveText('李娜')
      await saveScreenshot(`review-graded-${locale}`)

      // The file records both signatures on the same content, the seal covering the chain head.
      const { assessment } = await workspace.exportFile()
      const signatures = assessment.review!.signatures
      expect(signatures.map((s) => [s.level, s.by])).toEqual([
        [1, '张伟'],
        [2, '李娜']
      ])
      expect(signatures[0]!.contentHash).toBe(assessment.finalization!.contentHash)
      expect(signatures[1]!.contentHash).toBe(assessment.finalization!.contentHash)
      const verdict = verifyAuditChain(assessment.auditLog, assessment.auditHead)
      expect(verdict).toMatchObject({ intact: true, length: assessment.auditLog.length })

      // Every step in the audit log, and the chain shown intact.
      await workspace.goTo('audit', id)
      await expect(audit.rows('review.sign')).toHaveCount(2)
      await expect(audit.rows('review.sign', 'review:1')).toContainText('张伟')
      await expect(audit.rows('review.sign', 'review:2')).toContainText('李娜')
      await expect(page.getByTestId('audit-chain')).toContainText(
        text('audit.chain.intact', { count: assessment.auditLog.length })
      )
    })
  })
}

/** How many of the inputs a user could still type into. */
const enabledCount = (inputs: Locator) =>
  inputs.evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).disabled).length)
