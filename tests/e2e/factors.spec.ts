import { expect, test } from './fixtures'

/*
 * The evaluation factors screen on a blank assessment of the default bank: inputs with units,
 * the numerator ≤ denominator checks, the live value, band, score and target, and red lines.
 */

test.use({ locale: 'zh-CN' })

let assessmentId = ''

test.beforeEach(({ blankAssessment }) => {
  assessmentId = blankAssessment.id
})

test('computes value, band, score and target live as figures are typed', async ({ page, app }) => {
  const { factors, questionnaire: q } = app
  await factors.open(assessmentId)
  // Each input shows its unit; an untouched factor has no value yet.
  await expect(factors.unit('F01', 'N_fault')).toHaveText('次')
  await expect(factors.unit('F05', 'T_restore')).toHaveText('分钟')
  await expect(factors.value('F01')).toHaveText('—')
  await expect(factors.target('F01')).toHaveText('不低于95%')

  await factors.input('F01', 'N_fault').fill('40')
  await factors.input('F01', 'N_mon').fill('38')
  await expect(factors.value('F01')).toHaveText('95.0%')
  await expect(factors.band('F01')).toHaveText('A')
  await expect(factors.score('F01')).toHaveText('100.0')
  await expect(factors.verdict('F01')).toHaveAttribute('data-pass', 'true')

  await factors.input('F01', 'N_mon').fill('30')
  await expect(factors.value('F01')).toHaveText('75.0%')
  await expect(factors.band('F01')).toHaveText('D')
  await expect(factors.score('F01')).toHaveText('40.0')
  await expect(factors.verdict('F01')).toHaveAttribute('data-pass', 'false')

  // A mean duration in minutes, lower is better.
  await factors.input('F05', 'T_restore').fill('120')
  await factors.input('F05', 'N_fault_rt').fill('40')
  await expect(factors.value('F05')).toContainText('3.0')
  await expect(factors.band('F05')).toHaveText('A')
  await q.waitSaved()

  await page.reload()
  await expect(factors.input('F01', 'N_fault')).toHaveValue('40')
  await expect(factors.input('F01', 'N_mon')).toHaveValue('30')
  await expect(factors.input('F05', 'T_restore')).toHaveValue('120')
  await expect(factors.value('F01')).toHaveText('75.0%')
})

test('a numerator above its denominator is an error and leaves the factor without a value', async ({
  app: { factors }
}) => {
  await factors.open(assessmentId)
  await factors.input('F02', 'R_total').fill('100')
  await factors.input('F02', 'R_auto').fill('120')
  await expect(factors.issue('F02', 'error')).toBeVisible()
  await expect(factors.input('F02', 'R_auto')).toHaveAttribute('aria-invalid', 'true')
  await expect(factors.value('F02')).toHaveText('—')
  await expect(factors.verdict('F02')).not.toHaveAttribute('data-pass')

  await factors.input('F02', 'R_auto').fill('95')
  await expect(factors.issue('F02', 'error')).toHaveCount(0)
  await expect(factors.input('F02', 'R_auto')).not.toHaveAttribute('aria-invalid')
  await expect(factors.value('F02')).toHaveText('95.0%')
  await expect(factors.band('F02')).toHaveText('A')
})

test('flags a breached red line and clears it when the figure reaches the line', async ({
  app: { factors }
}) => {
  await factors.open(assessmentId)
  // F14 stress-test coverage: a regulatory red line below 100 %.
  await factors.input('F14', 'S_ts').fill('10')
  await factors.input('F14', 'S_tested').fill('9')
  await expect(factors.value('F14')).toHaveText('90.0%')
  await expect(factors.factor('F14')).toHaveAttribute('data-red-line', 'true')
  await expect(factors.redLines('F14')).toHaveCount(1)
  await expect(factors.redLines('F14')).toHaveAttribute('data-red-line-class', 'regulatory')
  await expect(factors.redLines('F14')).toContainText('触及监管红线')

  await factors.input('F14', 'S_tested').fill('10')
  await expect(factors.redLines('F14')).toHaveCount(0)
  await expect(factors.factor('F14')).not.toHaveAttribute('data-red-line')
  await expect(factors.score('F14')).toHaveText('100.0')
})

test('an internal red line and a small sample are shown as such', async ({ app: { factors } }) => {
  await factors.open(assessmentId)
  // F09 below 100 % is the bank's internal red line, not a regulator's; 12 systems is a small
  // sample, banded by the number missed (1 → B) rather than by 91.7 % (C).
  await factors.input('F09', 'S_imp').fill('12')
  await factors.input('F09', 'S_drill').fill('11')
  await expect(factors.value('F09')).toHaveText('91.7%')
  await expect(factors.band('F09')).toHaveText('B')
  await expect(factors.sample('F09')).toHaveText('11 / 12')
  await expect(factors.smallSample('F09')).toHaveText('小样本（少于 20），按缺失 1 个定档')
  await expect(factors.factor('F09')).toHaveAttribute('data-red-line', 'internal')
  await expect(factors.redLines('F09')).toHaveAttribute('data-red-line-class', 'internal')
  await expect(factors.redLines('F09')).toContainText('触及内部红线（非监管要求）')
})
