import { expect, test } from './fixtures'

const iso = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`

/** The 12 whole months up to the end of last month, as the form should default to. */
function expectedPeriod(): { start: string; end: string } {
  const today = new Date()
  return {
    start: iso(new Date(today.getFullYear() - 1, today.getMonth(), 1)),
    end: iso(new Date(today.getFullYear(), today.getMonth(), 0))
  }
}

test.describe('new assessment', () => {
  test.use({ locale: 'zh-CN' })

  test('only the institution is needed: defaults apply and the first section opens', async ({
    page,
    app: { settings, home, newAssessment: form },
    openApp
  }) => {
    // The assessor name comes from Settings.
    await openApp('/settings')
    await settings.assessorName.fill('王芳')
    await expect(settings.nameState).toHaveAttribute('data-state', 'saved')

    await page.goto('/#/assessments')
    await home.newButton.click()
    await expect(form.institution).toBeFocused()
    const period = expectedPeriod()
    await expect(form.periodStart).toHaveValue(period.start)
    await expect(form.periodEnd).toHaveValue(period.end)
    await expect(form.assessor).toHaveValue('王芳')

    await form.institution.fill('华泰证券股份有限公司')
    await form.create.click()
    await expect(page).toHaveURL(/#\/a\/[^/]+\/s\/A1$/)
    const id = home.openedId()

    await page.goto('/#/assessments')
    const row = home.row(id)
    await expect(row).toContainText('华泰证券股份有限公司')
    await expect(row).toContainText(`${period.start} 至 ${period.end}`)
    await expect(row).toContainText('草稿')
    await expect(home.completion(id)).toHaveAttribute('data-value', '0')
  })

  test('fills every field, including the key systems and a chosen period', async ({
    page,
    app: { home, newAssessment: form, systems },
    openApp
  }) => {
    await openApp('/assessments/new')
    await form.institution.fill('国泰海通证券股份有限公司')
    await form.addPreset('trading')
    await form.addSystems('自研风控平台')
    await expect(form.systemRealTime('sys-1')).toBeChecked()
    await expect(form.systemRealTime('sys-2')).not.toBeChecked()
    await form.periodStart.fill('2025-01-01')
    await form.periodEnd.fill('2025-12-31')
    await form.assessor.fill('张伟、李娜')
    await form.create.click()
    await expect(page).toHaveURL(/#\/a\/[^/]+\/s\/A1$/)
    const id = home.openedId()
    await systems.open(id)
    await expect(systems.name('sys-1')).toHaveValue('集中交易系统')
    await expect(systems.realTime('sys-1')).toBeChecked()
    await expect(systems.name('sys-2')).toHaveValue('自研风控平台')

    await page.goto('/#/assessments')
    await expect(home.row(id)).toContainText('2025-01-01 至 2025-12-31')
    await expect(home.row(id)).toContainText('集中交易系统、自研风控平台')
    await home.search.fill('李娜')
    await expect(home.rows).toHaveCount(1)
  })

  for (const language of [
    {
      locale: 'zh-CN',
      required: '请填写被评估机构',
      order: '截止日期不能早于起始日期'
    },
    {
      locale: 'en-US',
      required: 'Enter the institution assessed',
      order: 'The end date cannot be before the start date'
    }
  ] as const) {
    test.describe(language.locale, () => {
      test.use({ locale: language.locale })

      test('shows validation errors inline, in the interface language', async ({
        page,
        app: { newAssessment: form },
        openApp,
        saveScreenshot
      }) => {
        await openApp('/assessments/new')
        await saveScreenshot(`new-assessment-${language.locale}`)

        await form.periodEnd.fill('2020-01-01')
        await form.create.click()
        await expect(form.errorOf(form.institution)).toHaveText(language.required)
        await expect(form.errorOf(form.periodEnd)).toHaveText(language.order)
        await expect(page).toHaveURL(/#\/assessments\/new$/)
        await saveScreenshot(`new-assessment-errors-${language.locale}`)

        await form.institution.fill('中信证券股份有限公司')
        await form.periodEnd.fill('2030-12-31')
        await expect(form.errorOf(form.institution)).toHaveCount(0)
        await form.create.click()
        await expect(page).toHaveURL(/#\/a\/[^/]+\/s\/A1$/)
      })
    })
  }
})
