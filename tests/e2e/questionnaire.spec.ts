import { createHash } from 'node:crypto'
import { expect, test } from './fixtures'
import { seedAssessment } from './seed'
import { App } from './pages/app'

/*
 * The section page of the default bank (sac-stability-2025) on a blank assessment: every question
 * type by mouse and by keyboard, skip logic, errors and warnings, evidence, the review flag, and
 * that nothing is lost on reload or restart. Stored values are read back through the radios'
 * `value` attributes and the inputs, exactly as the stable hooks promise.
 */

test.use({ locale: 'zh-CN' })

let assessmentId = ''

// The walk names bank 1.0.0's questions (C9.10, A2.07, A3.06 are gone or moved in 1.1.0, the default).
test.beforeEach(async ({ page, openApp }) => {
  await openApp('/assessments')
  assessmentId = await seedAssessment(page, { bankVersion: '1.0.0' })
})

test('answers every question type by mouse, and a reload keeps every answer', async ({
  page,
  app: { questionnaire: q }
}) => {
  await q.open(assessmentId, 'A1')
  // Maturity: each level's anchor is on screen, next to its radio.
  await expect(q.levels('A1.01')).toHaveCount(5)
  await q.choice('A1.01', '2').check()
  await q.choice('A1.02', 'partial').check()
  await q.choice('A1.03', 'no').check()
  await q.waitSaved()

  await q.open(assessmentId, 'A3')
  await q.textInput('A3.05').fill('年度目标已分解到各团队，季度复盘。')
  await q.numberInput('A3.06').fill('85.5')
  await q.waitSaved()

  await q.open(assessmentId, 'C2')
  await expect(q.question('C2.06')).toHaveCount(0)
  await q.choice('C2.03', 'yes').check()
  // Multiple choice: ticks add up; the exclusive "none of these" clears the others and back.
  await q.choice('C2.06', 'orderEntry').check()
  await q.choice('C2.06', 'clearing').check()
  await q.choice('C2.06', 'none').check()
  await expect(q.choice('C2.06', 'orderEntry')).not.toBeChecked()
  await q.choice('C2.06', 'onlineTrading').check()
  await expect(q.choice('C2.06', 'none')).not.toBeChecked()
  await q.choice('C2.06', 'marketData').check()
  await q.waitSaved()

  await q.open(assessmentId, 'C9')
  await expect(q.numberInput('C9.07')).toBeVisible()
  await expect(q.question('C9.07')).toContainText('分钟')
  await q.numberInput('C9.07').fill('30')
  await q.numberInput('C9.08').fill('0')
  await q.choice('C9.06', 'sameCity').check()
  await q.dateInput('C9.09').fill('2025-03-01')
  await q.choice('C9.10', 'na').check()
  await expect(q.justification('C9.10')).toBeFocused()
  await q.justification('C9.10').fill('本期未开展JR/T 0059备份能力等级评估。')
  await q.waitSaved()

  await page.reload()
  await expect(q.sectionPage).toHaveAttribute('data-section-id', 'C9')
  await expect(q.numberInput('C9.07')).toHaveValue('30')
  await expect(q.numberInput('C9.08')).toHaveValue('0')
  await expect(q.choice('C9.06', 'sameCity')).toBeChecked()
  await expect(q.dateInput('C9.09')).toHaveValue('2025-03-01')
  await expect(q.choice('C9.10', 'na')).toBeChecked()
  await expect(q.justification('C9.10')).toHaveValue('本期未开展JR/T 0059备份能力等级评估。')

  await q.open(assessmentId, 'C2')
  for (const option of ['onlineTrading', 'marketData'])
    await expect(q.choice('C2.06', option)).toBeChecked()
  for (const option of ['orderEntry', 'clearing', 'none'])
    await expect(q.choice('C2.06', option)).not.toBeChecked()
  await q.open(assessmentId, 'A3')
  await expect(q.textInput('A3.05')).toHaveValue('年度目标已分解到各团队，季度复盘。')
  await expect(q.numberInput('A3.06')).toHaveValue('85.5')
  await q.open(assessmentId, 'A1')
  await expect(q.choice('A1.01', '2')).toBeChecked()
  await expect(q.choice('A1.02', 'partial')).toBeChecked()
  await expect(q.choice('A1.03', 'no')).toBeChecked()
})

test('answers by keyboard: levels, Y/P/N, choices, N/A, J/K, next section and the help', async ({
  page,
  app: { questionnaire: q, settings }
}) => {
  // Answer-and-advance off: each key stays on its question (keyboard.spec covers it on).
  await settings.setAnswerAndAdvance(false)
  await q.open(assessmentId, 'A2')
  // Before anything is focused, the keys act on the section's first question.
  await page.keyboard.press('3')
  await expect(q.choice('A2.01', '3')).toBeChecked()
  await page.keyboard.press('j')
  await expect(q.question('A2.02')).toBeFocused()
  await page.keyboard.press('1')
  await page.keyboard.press('4')
  await expect(q.choice('A2.02', '4')).toBeChecked()
  await expect(q.choice('A2.02', '1')).not.toBeChecked()
  await page.keyboard.press('j')
  await page.keyboard.press('p')
  await expect(q.choice('A2.04', 'partial')).toBeChecked()
  await page.keyboard.press('j')
  await page.keyboard.press('0')
  await page.keyboard.press('j')
  await page.keyboard.press('y')
  await page.keyboard.press('j')
  await page.keyboard.press('n')
  await expect(q.choice('A2.05', '0')).toBeChecked()
  await expect(q.choice('A2.06', 'yes')).toBeChecked()
  await expect(q.choice('A2.07', 'no')).toBeChecked()
  // K goes back; the focus ring is drawn on the card.
  await page.keyboard.press('k')
  await expect(q.question('A2.06')).toBeFocused()
  const outline = await q
    .question('A2.06')
    .evaluate((el) => getComputedStyle(el).outlineStyle + getComputedStyle(el).boxShadow)
  expect(outline).not.toBe('nonenone')
  // F flags the current question for review.
  await page.keyboard.press('f')
  await expect(q.question('A2.06')).toHaveAttribute('data-flagged', 'true')
  await expect(q.flag('A2.06')).toHaveAttribute('aria-pressed', 'true')

  // ? lists the shortcuts; Esc closes the panel.
  await page.keyboard.press('?')
  await expect(q.keyboardHelp).toBeVisible()
  await expect(q.keyboardHelp).toContainText('Shift + J')
  await page.keyboard.press('Escape')
  await expect(q.keyboardHelp).toBeHidden()

  // Shift+J: the next section, its first question focused.
  await q.waitSaved()
  await page.keyboard.press('Shift+J')
  await expect(q.sectionPage).toHaveAttribute('data-section-id', 'A3')
  await expect(q.question('A3.01')).toBeFocused()
  await page.keyboard.press('2')
  await expect(q.choice('A3.01', '2')).toBeChecked()
  // Typing in a text field never triggers a shortcut.
  await q.textInput('A3.05').click()
  await page.keyboard.type('j k 3 y x')
  await expect(q.textInput('A3.05')).toHaveValue('j k 3 y x')
  await expect(q.choice('A3.01', '2')).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(q.question('A3.05')).toBeFocused()
  // X marks N/A and puts the cursor in the justification.
  await page.keyboard.press('j')
  await page.keyboard.press('x')
  await expect(q.choice('A3.06', 'na')).toBeChecked()
  await expect(q.justification('A3.06')).toBeFocused()
  await page.keyboard.type('本期目标未量化到百分比。')
  await q.waitSaved()

  // Single choice: 1–9 pick the options in order.
  await q.open(assessmentId, 'C9')
  await q.question('C9.06').focus()
  await page.keyboard.press('2')
  await expect(q.choice('C9.06', 'sameCity')).toBeChecked()
  await q.waitSaved()

  await page.reload()
  await expect(q.choice('C9.06', 'sameCity')).toBeChecked()
  await q.open(assessmentId, 'A3')
  await expect(q.choice('A3.01', '2')).toBeChecked()
  await expect(q.justification('A3.06')).toHaveValue('本期目标未量化到百分比。')
  await q.open(assessmentId, 'A2')
  await expect(q.choice('A2.01', '3')).toBeChecked()
  await expect(q.choice('A2.02', '4')).toBeChecked()
  await expect(q.question('A2.06')).toHaveAttribute('data-flagged', 'true')
})

test('skip logic: a hidden question appears when its condition holds', async ({
  app: { questionnaire: q }
}) => {
  await q.open(assessmentId, 'C7')
  // C7.05 is asked only when C7.01 is at least level 2.
  await expect(q.question('C7.05')).toHaveCount(0)
  await expect(q.hiddenNote).toBeVisible()
  await q.choice('C7.01', '1').check()
  await expect(q.question('C7.05')).toHaveCount(0)
  await q.choice('C7.01', '2').check()
  await expect(q.question('C7.05')).toBeVisible()
  await q.choice('C7.05', '3').check()
  await q.waitSaved()
  // Hiding it again keeps its answer: it comes back as it was.
  await q.choice('C7.01', '0').check()
  await expect(q.question('C7.05')).toHaveCount(0)
  await q.choice('C7.01', '4').check()
  await expect(q.choice('C7.05', '3')).toBeChecked()

  await q.open(assessmentId, 'C9')
  for (const id of ['C9.04', 'C9.09', 'C9.05']) await expect(q.question(id)).toHaveCount(0)
  await q.choice('C9.06', 'remote').check()
  for (const id of ['C9.04', 'C9.09', 'C9.05']) await expect(q.question(id)).toBeVisible()
  await q.choice('C9.06', 'none').check()
  for (const id of ['C9.04', 'C9.09', 'C9.05']) await expect(q.question(id)).toHaveCount(0)
})

test('shows validation errors and warnings, and clears them when fixed', async ({
  app: { questionnaire: q }
}) => {
  await q.open(assessmentId, 'C9')
  // A number outside its range is a hard error.
  await q.numberInput('C9.07').fill('2000')
  await expect(q.issue('C9.07', 'error')).toBeVisible()
  await q.numberInput('C9.07').fill('60')
  await expect(q.issue('C9.07', 'error')).toHaveCount(0)
  // RTO below RPO: the consistency rule warns on both questions.
  await q.numberInput('C9.08').fill('120')
  await expect(q.issue('C9.07', 'warning')).toBeVisible()
  await q.numberInput('C9.08').fill('0')
  await expect(q.issue('C9.07', 'warning')).toHaveCount(0)

  // N/A without a justification is a hard error until one is written.
  await q.open(assessmentId, 'A3')
  await q.choice('A3.06', 'na').check()
  await expect(q.issue('A3.06', 'error')).toBeVisible()
  await expect(q.justification('A3.06')).toHaveAttribute('aria-invalid', 'true')
  await q.justification('A3.06').fill('目标以定性方式表述。')
  await expect(q.issue('A3.06', 'error')).toHaveCount(0)

  // Level 3 or higher without evidence: a warning (scored as 2) until evidence is attached.
  await q.open(assessmentId, 'A1')
  await q.choice('A1.01', '3').check()
  await expect(q.issue('A1.01', 'warning')).toBeVisible()
  await q.choice('A1.01', '2').check()
  await expect(q.issue('A1.01', 'warning')).toHaveCount(0)
  await q.choice('A1.01', '4').check()
  await expect(q.issue('A1.01', 'warning')).toBeVisible()
  await q.addReference('A1.01', { name: '《稳定性保障委员会章程》' })
  await expect(q.issue('A1.01', 'warning')).toHaveCount(0)
  await q.waitSaved()
})

test('evidence (file with SHA-256, written reference), comment and the review flag survive a reload', async ({
  page,
  app: { questionnaire: q }
}) => {
  await q.open(assessmentId, 'A1')
  const content = Buffer.from('%PDF-1.4\n% 稳定性保障组织架构\n'.repeat(50))
  const sha256 = createHash('sha256').update(content).digest('hex')
  await q.attachFile('A1.07', '组织架构图.pdf', content)
  const file = q.evidence('A1.07', 'file')
  await expect(file).toContainText('组织架构图.pdf')
  await expect(file).toContainText(sha256.slice(0, 12))
  await expect(q.fileHash('A1.07')).toHaveAttribute('data-sha256', sha256)

  await q.addReference('A1.07', {
    name: '《运维组织管理办法》',
    location: '制度库',
    page: '第3页',
    interviewee: '运维部负责人'
  })
  await expect(q.evidence('A1.07', 'reference')).toContainText('《运维组织管理办法》')
  await expect(q.evidence('A1.07', 'reference')).toContainText('运维部负责人')

  await q.addComment('A1.04').click()
  await expect(q.comment('A1.04')).toBeFocused()
  await page.keyboard.type('访谈中确认由CIO牵头。')
  await q.flag('A1.04').click()
  await expect(q.question('A1.04')).toHaveAttribute('data-flagged', 'true')
  await q.waitSaved()

  await page.reload()
  await expect(q.evidence('A1.07')).toHaveCount(2)
  await expect(q.fileHash('A1.07')).toHaveAttribute('data-sha256', sha256)
  await expect(q.comment('A1.04')).toHaveValue('访谈中确认由CIO牵头。')
  await expect(q.question('A1.04')).toHaveAttribute('data-flagged', 'true')
  await q.flag('A1.04').click()
  await expect(q.question('A1.04')).not.toHaveAttribute('data-flagged', 'true')
})

test('a restart returns to the same assessment and section', async ({ page, app, context }) => {
  const q = app.questionnaire
  await q.open(assessmentId, 'C3')
  await q.choice('C3.01', '2').check()
  await q.waitSaved()
  await page.close()

  // A fresh window on the bare start page, as the desktop app starts.
  const next = await context.newPage()
  await next.goto('/')
  const again = new App(next, app.language)
  await expect(again.shell.root).toHaveAttribute('data-app-state', 'ready')
  await expect(next).toHaveURL(new RegExp(`#/a/${assessmentId}/s/C3$`))
  await expect(again.questionnaire.choice('C3.01', '2')).toBeChecked()
})
