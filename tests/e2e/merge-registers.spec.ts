import type { Page } from '@playwright/test'
import { filledTemplate } from '../../shared/registers/test-support'
import { expect, test } from './fixtures'
import { seedAssessment } from './seed'

/*
 * Two copies of one assessment with different 故障台账 files: A imported one, B (another
 * computer) another with one more incident. A merges B's package: the registers are one
 * conflict, shown with both files and the figures that change; A takes theirs and the figures are
 * measured again from B's rows.
 *
 * Known by construction (period 2026; the seed's key systems 集中交易系统 sys-1 real-time,
 * 清算系统 sys-2 not): A's rows I1 集中交易系统 down 76 min, I3 清算系统 10 min, I5 before the
 * period → F01 N_fault 2, F16 T_down_trading of 集中交易系统 76. B adds I2 集中交易系统 down 30
 * min in trading hours → 3 and 106.
 */
const PERIOD = { start: '2026-01-01', end: '2026-12-31' }
const at = (text: string): Date => new Date(`${text}:00Z`)
const incident = (id: string, system: string, start: string, end: string) => ({
  故障编号: id,
  系统: system,
  开始时间: at(start),
  发现方式: '监控告警',
  恢复时间: at(end),
  是否交易时段: '是'
})
const MINE = [
  incident('I1', '集中交易系统', '2026-03-05T09:30', '2026-03-05T10:46'),
  incident('I3', '清算系统', '2026-07-01T10:00', '2026-07-01T10:10'),
  incident('I5', '集中交易系统', '2025-12-20T10:00', '2025-12-20T10:30')
]
const THEIRS = [...MINE, incident('I2', '集中交易系统', '2026-05-06T10:00', '2026-05-06T10:30')]

async function importIncidents(page: Page, name: string, rows: typeof MINE): Promise<void> {
  await page.getByTestId('registers-import').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await filledTemplate({ 故障台账: rows }))
  })
  await page.getByTestId('registers-confirm').click()
  // Under load the import (a worker) may take a while.
  await expect(page.getByTestId('registers-preview')).toBeHidden({ timeout: 30_000 })
  await expect(page.getByTestId('registers-stored')).toContainText(name)
}

for (const locale of ['zh-CN', 'en-US'] as const) {
  test.describe(locale, () => {
    test.use({ locale })

    test(`merge: two register files are one conflict; theirs taken, figures measured again (${locale})`, async ({
      page,
      app,
      openApp,
      otherComputer,
      saveScreenshot
    }) => {
      test.setTimeout(240_000)
      await openApp('/assessments')
      await app.settings.setAssessorName('张伟')
      const id = await seedAssessment(page, { period: PERIOD })
      await app.factors.open(id)
      await importIncidents(page, '故障台账-张伟.xlsx', MINE)
      await expect(app.factors.input('F01', 'N_fault')).toHaveValue('2')
      const handOver = await app.workspace.exportPackage()

      const otherApp = await otherComputer()
      const other = otherApp.page
      await otherApp.settings.setAssessorName('李娜')
      await otherApp.packageImport.pick(handOver.path)
      await expect(otherApp.packageImport.imported).toHaveCount(1)
      await other.keyboard.press('Escape')
      await otherApp.factors.open(id)
      await importIncidents(other, '故障台账-李娜.xlsx', THEIRS)
      await expect(otherApp.factors.input('F01', 'N_fault')).toHaveValue('3')
      const back = await otherApp.workspace.exportPackage()

      const { packageImport, merge: view } = app
      await packageImport.pick({ name: 'from-b.package.zip', buffer: Buffer.from(back.bytes) })
      await packageImport.mergeButton.click()
      await expect(view.root).toBeVisible()
      // The typed-value conflicts of F01/F16 are not asked: the registers decide them.
      expect(await view.keys()).toEqual(['register:incidents'])
      await expect(view.value('register:incidents', 'mine')).toContainText('故障台账-张伟.xlsx')
      await expect(view.value('register:incidents', 'mine')).toContainText(
        locale === 'zh-CN' ? '3 行' : '3 rows'
      )
      await expect(view.value('register:incidents', 'theirs')).toContainText('故障台账-李娜.xlsx')
      await expect(view.value('register:incidents', 'theirs')).toContainText(
        locale === 'zh-CN' ? '4 行' : '4 rows'
      )
      const figures = view.conflict('register:incidents').getByTestId('merge-register-figure')
      await expect(figures.filter({ hasText: '2 → 3' }).first()).toBeVisible()
      await expect(figures.filter({ hasText: /^F16 .*集中交易系统.*76 → 106$/ })).toHaveCount(1)
      await saveScreenshot(`merge-registers-${locale}`)

      await view.choose('register:incidents', 'theirs')
      await view.apply.click()
      await expect(view.root).toBeHidden()
      await page.keyboard.press('Escape')

      await app.factors.open(id)
      await expect(app.factors.input('F01', 'N_fault')).toHaveValue('3')
      await expect(app.factors.systemInput('F16', 'sys-1', 'T_down_trading')).toHaveValue('106')
      await expect(page.getByTestId('registers-stored')).toContainText('故障台账-李娜.xlsx')
      const merged = await app.workspace.storedAssessment(id)
      const decision = merged.auditLog.find((e) => e.target === 'register:incidents')
      expect(decision?.action).toBe('assessment.merge')
      expect(
        merged.auditLog.some((e) => e.action === 'factor.set' && e.target === 'registers')
      ).toBe(true)
    })
  })
}
