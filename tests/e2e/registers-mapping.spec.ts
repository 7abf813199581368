import { expect, forEachLanguage, test } from './fixtures'

/*
 * A firm's own column names, in both languages: an ITSM export of changes whose headers are not
 * the template's is refused with a mapping form; a wrong mapping is refused at its sheet, row and
 * column with nothing written; the right one imports (F02 3 changes, 2 automated), and the next
 * import of the same export goes straight to the preview: the mapping is remembered for the
 * institution.
 */

const FIRM = ['工单号', '应用', '类别', '上线时间', '自动发布', '执行结果']
const ROWS = [
  ['CHG-1', '集中交易系统', '一般', '2026-03-01 20:00', 'Y', '成功'],
  ['CHG-2', '清算系统', '紧急', '2026-04-02 21:30', 'N', '回退'],
  ['CHG-3', '集中交易系统', '标准', '2026-05-03 19:00', 'Y', '成功']
]
const EXPORT = Buffer.from(`${[FIRM, ...ROWS].map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8')

const LANGUAGES = [
  {
    locale: 'zh-CN',
    changes: '变更台账',
    place: '工作表「itsm-changes.csv」第 2 行 D 列（上线时间）'
  },
  { locale: 'en-US', changes: 'Changes', place: 'itsm-changes.csv!D2 (上线时间)' }
] as const

forEachLanguage(LANGUAGES, (language) => {
  test('unknown column names → mapping → refused when wrong → imported → remembered', async ({
    page,
    app,
    seeded
  }) => {
    test.setTimeout(120_000)
    const id = await seeded({ period: { start: '2026-01-01', end: '2026-12-31' } })
    const { factors } = app
    await factors.open(id)
    const pick = () =>
      page
        .getByTestId('registers-import')
        .setInputFiles({ name: 'itsm-changes.csv', mimeType: 'text/csv', buffer: EXPORT })
    await pick()

    const refused = page.getByTestId('registers-refused')
    const form = page.getByTestId('register-mapping')
    await expect(form).toBeVisible()
    await expect(form).toContainText('示例证券股份有限公司')
    await factors.pickOption(form.getByTestId('register-mapping-kind'), language.changes)
    const field = (id: string) => form.getByTestId(`register-mapping-field-${id}`)
    const choose = (id: string, header: string) => factors.pickOption(field(id), header)
    await choose('changeId', '工单号')
    await choose('system', '应用')
    // Wrong: the change type and the time swapped.
    await choose('changeType', '上线时间')
    await choose('implemented', '类别')
    await choose('automated', '自动发布')
    await choose('result', '执行结果')
    await form.getByTestId('register-mapping-apply').click()

    // Refused at the file, row and column, with why; nothing stored; the form stays to fix it.
    await expect(refused.getByTestId('issue-place').first()).toHaveText(language.place)
    await expect(refused.getByTestId('issue-place')).toHaveCount(6)
    await expect(page.getByTestId('registers-stored')).toHaveCount(0)
    await expect(field('changeType')).toContainText('上线时间')
    await choose('changeType', '类别')
    await choose('implemented', '上线时间')
    await form.getByTestId('register-mapping-apply').click()

    const preview = page.getByTestId('registers-preview')
    await expect(preview).toBeVisible()
    await page.getByTestId('registers-confirm').click()
    await expect(preview).toBeHidden()
    await expect(page.getByTestId('registers-stored')).toContainText('itsm-changes.csv')
    await expect(factors.input('F02', 'R_total')).toHaveValue('3')
    await expect(factors.input('F02', 'R_auto')).toHaveValue('2')

    // The same export again: read with the remembered mapping, straight to the preview.
    await pick()
    await expect(preview).toBeVisible()
    await expect(refused).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect(preview).toBeHidden()
    await expect(factors.input('F02', 'R_total')).toHaveValue('3')
  })
})
