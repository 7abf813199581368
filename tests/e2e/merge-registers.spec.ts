import { expect, forEachLocale, test } from './fixtures'
import {
  incident,
  incidentsWorkbook,
  KNOWN_INCIDENTS,
  REGISTERS_PERIOD as PERIOD
} from './register-rows'

/*
 * Two copies of one assessment with different 故障台账 files: A imported one, B (another
 * computer) another with one more incident. A merges B's package: the registers are one
 * conflict, shown with both files and the figures that change; A takes theirs and the figures are
 * measured again from B's rows.
 *
 * Known by construction: A's rows are the known incidents of register-rows.ts (F01 N_fault 2,
 * F16 T_down_trading of 集中交易系统 76). B adds I2 集中交易系统 down 30 min in trading hours →
 * 3 and 106.
 */
const MINE = KNOWN_INCIDENTS
const THEIRS = [...MINE, incident('I2', '集中交易系统', '2026-05-06T10:00', '2026-05-06T10:30')]

forEachLocale((locale) => {
  test(`merge: two register files are one conflict; theirs taken, figures measured again (${locale})`, async ({
    page,
    app,
    seeded,
    otherComputer,
    saveScreenshot
  }) => {
    test.setTimeout(240_000)
    const id = await seeded({ period: PERIOD })
    await app.settings.setAssessorName('张伟')
    await app.factors.open(id)
    await app.factors.importRegisterWorkbook('故障台账-张伟.xlsx', await incidentsWorkbook(MINE))
    await expect(app.factors.input('F01', 'N_fault')).toHaveValue('2')
    const handOver = await app.workspace.exportPackage()

    const otherApp = await otherComputer()
    await otherApp.settings.setAssessorName('李娜')
    await otherApp.packageImport.importNew(handOver.path)
    await otherApp.factors.open(id)
    await otherApp.factors.importRegisterWorkbook(
      '故障台账-李娜.xlsx',
      await incidentsWorkbook(THEIRS)
    )
    await expect(otherApp.factors.input('F01', 'N_fault')).toHaveValue('3')
    const back = await otherApp.workspace.exportPackage()

    const { packageImport, merge: view } = app
    await packageImport.pick({ name: 'from-b.package.zip', buffer: Buffer.from(back.bytes) })
    await packageImport.mergeButton.click()
    await expect(view.root).toBeVisible()
    // The typed-value conflicts of F01/F16 are not asked: the registers decide them.
    expect(await view.keys()).toEqual(['register:incidents'])
    // In a group of its own (台账 / Registers), titled by the register's name, not its kind again.
    const group = view.group('registers')
    await expect(group.locator('.merge-section-head')).toContainText(
      locale === 'zh-CN' ? '台账' : 'Registers'
    )
    await expect(group.getByTestId('merge-conflict')).toHaveCount(1)
    await expect(view.group('')).toHaveCount(0)
    await expect(
      view.conflict('register:incidents').getByTestId('merge-conflict-title')
    ).toHaveText(locale === 'zh-CN' ? '故障台账' : 'Incidents')
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
    await expect(app.factors.registersStored).toContainText('故障台账-李娜.xlsx')
    const merged = await app.workspace.storedAssessment(id)
    const decision = merged.auditLog.find((e) => e.target === 'register:incidents')
    expect(decision?.action).toBe('assessment.merge')
    expect(merged.auditLog.some((e) => e.action === 'factor.set' && e.target === 'registers')).toBe(
      true
    )
  })
})
