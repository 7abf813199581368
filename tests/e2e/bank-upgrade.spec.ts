import { expect, forEachLocale, test } from './fixtures'

/*
 * 升级题库 / Upgrade bank: an open assessment on sac-stability-2025 1.0.0 moves to 1.1.0. Before
 * anything changes the screen shows every answer's fate with its reason (C6.06 to confirm, the
 * pooled F11 figures not carried); confirming writes it with one audit entry; undo puts it back.
 */
forEachLocale((locale) => {
  test('plans, applies and undoes a bank upgrade', async ({
    page,
    seeded,
    saveScreenshot,
    app: { questionnaire, factors, bankUpgrade, audit, text }
  }) => {
    const id = await seeded({ bankVersion: '1.0.0' })
    await questionnaire.answerAll(id, {
      C6: { 'C6.06': 'yes' },
      A1: { 'A1.08': 'partial' },
      A2: { 'A2.07': 'yes' }
    })
    await factors.open(id)
    await factors.input('F11', 'T_service').fill('58080')
    await factors.input('F11', 'T_down').fill('116')
    await questionnaire.waitSaved()

    await bankUpgrade.open(id)
    await expect(bankUpgrade.current).toHaveText(
      text('bankUpgrade.current', { id: 'sac-stability-2025', version: '1.0.0' })
    )
    await expect(bankUpgrade.plan).toBeVisible()
    // A2.07 carries as it is (to A4.02); C6.06 and A1.08 carry marked please confirm; F11 was
    // pooled and is now per system.
    await expect(bankUpgrade.count('carried')).toHaveText('1')
    await expect(bankUpgrade.count('confirm')).toHaveText('2')
    await expect(bankUpgrade.count('notCarried')).toHaveText('1')
    await expect(bankUpgrade.fate('C6.06')).toContainText(
      text('bankUpgrade.reasons.bankSaysConfirm')
    )
    await expect(bankUpgrade.fate('A1.08')).toContainText('A4.01')
    await expect(bankUpgrade.fate('F11')).toContainText(text('bankUpgrade.reasons.nowPerSystem'))
    await expect(bankUpgrade.fate('F11')).toContainText(text('bankUpgrade.counts.notCarried'))
    await expect(bankUpgrade.itemChanges).toBeVisible()
    // A2.07 moved to the 监管对照 section as A4.02: shown as moved, from → to, not removed + added.
    const moved = bankUpgrade.change('A4.02')
    await expect(moved).toContainText(text('bankUpgrade.changes.moved'))
    await expect(moved).toContainText('A2.07 → A4.02')
    await expect(moved).toContainText(/A2 .+ → A4 /)
    await expect(bankUpgrade.fate('A2.07')).toContainText('A4.02')
    await expect(bankUpgrade.fate('A2.07')).toContainText(text('bankUpgrade.counts.carried'))
    await saveScreenshot(`bank-upgrade-plan-${locale}`)

    await bankUpgrade.apply.click()
    await bankUpgrade.applyConfirm.click()
    await expect(bankUpgrade.undoPanel).toBeVisible()
    await expect(bankUpgrade.current).toHaveText(
      text('bankUpgrade.current', { id: 'sac-stability-2025', version: '1.1.0' })
    )
    await saveScreenshot(`bank-upgrade-applied-${locale}`)
    // On 1.1.0 nothing newer is installed: 1.0.0 is not offered as a "downgrade" target.
    await expect(bankUpgrade.noTarget).toBeVisible()
    await expect(bankUpgrade.target).toHaveCount(0)

    // One audit entry for the whole move.
    await page.goto(`/#/a/${id}/audit`)
    await expect(audit.rows('assessment.bankUpgrade')).toHaveCount(1)

    await bankUpgrade.open(id)
    await bankUpgrade.undo.click()
    await expect(bankUpgrade.current).toHaveText(
      text('bankUpgrade.current', { id: 'sac-stability-2025', version: '1.0.0' })
    )
    await expect(bankUpgrade.undoPanel).toHaveCount(0)
    await expect(bankUpgrade.count('confirm')).toHaveText('2')
  })
})
