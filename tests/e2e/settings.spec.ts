import { expect, test } from './fixtures'
import { raiseDatabaseVersion } from './seed'

for (const language of [
  { locale: 'zh-CN', title: '设置', home: '评估', persisted: /已启用|未启用|无法确定/ },
  {
    locale: 'en-US',
    title: 'Settings',
    home: 'Assessments',
    persisted: /Granted|Not granted|Cannot tell/
  }
] as const) {
  test.describe(`settings (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('saves the assessor name and evidence limit, which survive a reload', async ({
      page,
      app: { settings, shell },
      openApp,
      saveScreenshot
    }) => {
      await openApp('/settings')
      await expect(settings.storagePersisted).toHaveText(language.persisted)
      await expect(settings.storageUsage).toBeVisible()
      await expect(settings.maxEvidence).toHaveValue('20')

      await settings.assessorName.fill('李娜')
      await expect(settings.nameState).toHaveAttribute('data-state', 'saved')
      await settings.maxEvidence.fill('35')
      await expect(settings.limitState).toHaveAttribute('data-state', 'saved')
      await saveScreenshot(`settings-${language.locale}`)

      await page.reload()
      await expect(shell.root).toHaveAttribute('data-app-state', 'ready')
      await expect(settings.assessorName).toHaveValue('李娜')
      await expect(settings.maxEvidence).toHaveValue('35')
    })

    test('shows what is stored after leaving Settings and coming back (no reload)', async ({
      page,
      app: { settings, shell },
      openApp
    }) => {
      await openApp('/settings')
      await expect(settings.answerAndAdvance).toHaveAttribute('aria-checked', 'true')
      await settings.assessorName.fill('李娜')
      await expect(settings.nameState).toHaveAttribute('data-state', 'saved')
      await settings.maxEvidence.fill('35')
      await expect(settings.limitState).toHaveAttribute('data-state', 'saved')
      await settings.setAnswerAndAdvance(false)

      // Start-up read the settings before they changed: the screen must show the stored ones.
      await shell.goTo(language.home)
      await expect(page).toHaveURL(/#\/assessments/)
      await shell.goTo(language.title)
      await expect(settings.assessorName).toHaveValue('李娜')
      await expect(settings.maxEvidence).toHaveValue('35')
      await expect(settings.answerAndAdvance).toHaveAttribute('aria-checked', 'false')
    })
  })
}

test.describe('settings language', () => {
  test.use({ locale: 'zh-CN' })

  test('switches the interface language from Settings too', async ({
    page,
    app: { settings, shell },
    openApp
  }) => {
    await openApp('/settings')
    await settings.language('English').click()
    await expect(shell.heading).toHaveText('Settings')
    await page.reload()
    await expect(shell.heading).toHaveText('Settings')
    await settings.language('简体中文').click()
    await expect(shell.heading).toHaveText('设置')
  })
})

for (const language of [
  {
    locale: 'zh-CN',
    title: '无法打开本机评估数据',
    newer: '数据来自更新版本的应用',
    safe: '您的评估数据没有被删除'
  },
  {
    locale: 'en-US',
    title: 'Your assessment data cannot be opened',
    newer: 'The data comes from a newer version of the app',
    safe: 'has not been deleted'
  }
] as const) {
  test.describe(`storage failure (${language.locale})`, () => {
    test.use({ locale: language.locale })

    test('a database that will not open gets a recovery screen, never an empty list', async ({
      page,
      app: { shell, home },
      guards,
      saveScreenshot
    }) => {
      guards.expectConsoleError(/Start-up failed/)
      // IndexedDB refuses to open, as it does when its backing store is unusable.
      await page.addInitScript(() => {
        IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
          throw new DOMException('The backing store cannot be opened', 'InvalidStateError')
        }
      })
      await page.goto('/#/assessments')
      await expect(shell.root).toHaveAttribute('data-app-state', 'error')
      await expect(shell.alert).toContainText(language.title)
      await expect(shell.alert).toContainText(language.safe)
      await expect(home.empty).toHaveCount(0)
      await expect(home.table).toHaveCount(0)
      await saveScreenshot(`storage-recovery-${language.locale}`)
    })

    test('data from a newer version of the app is left alone and explained', async ({
      page,
      app: { shell },
      openApp,
      guards
    }) => {
      guards.expectConsoleError(/Start-up failed/)
      await openApp('/assessments')
      // A newer app raised the schema version (the open page lets go of its connection).
      await raiseDatabaseVersion(page, 990)
      await page.reload()
      await expect(shell.root).toHaveAttribute('data-app-state', 'error')
      await expect(shell.alert).toContainText(language.newer)
      await expect(shell.alert).toContainText(language.safe)
      const version = await page.evaluate(async () => {
        const all = await indexedDB.databases()
        return all.find((d) => d.name === 'stability-assessor')?.version
      })
      expect(version).toBe(990)
    })
  })
}
