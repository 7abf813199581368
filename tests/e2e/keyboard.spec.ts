import { expect, test } from './fixtures'
import { seedAssessment } from './seed'

/*
 * Answer and advance (on by default): an answer key answers the current question and moves focus
 * to the next question still needing an answer — answered and hidden ones skipped, typed ones
 * included — and across sections; Enter goes into a typed question's field and, there, commits
 * and advances; X still goes to the justification; F does not advance. Bank sac-stability-2025
 * 1.0.0 on a blank assessment: the walk names its questions (A1.01–A1.08, the hidden ones), so it
 * keeps to the version whose layout it was written for; 1.1.0 moves A1.08 to A4.01.
 */

test.use({ locale: 'zh-CN' })

let assessmentId = ''

test.beforeEach(async ({ page, openApp }) => {
  await openApp('/assessments')
  assessmentId = await seedAssessment(page, { bankVersion: '1.0.0' })
})

test('an answer key moves on to the next open question, across sections', async ({ page, app }) => {
  const q = app.questionnaire
  // A1.04 is answered already (by mouse): the keyboard pass skips it.
  await q.open(assessmentId, 'A1')
  await q.choice('A1.04', '2').check()
  await q.waitSaved()
  await page.reload()
  await expect(q.choice('A1.04', '2')).toBeChecked()

  // Before anything is focused, the first key acts on the section's first question.
  await page.keyboard.press('3')
  await expect(q.choice('A1.01', '3')).toBeChecked()
  await expect(q.question('A1.02')).toBeFocused()
  await q.pressAndLandOn('y', 'A1.03')
  await page.keyboard.press('p')
  // A1.04 is answered: on to A1.05.
  await expect(q.question('A1.05')).toBeFocused()
  // F flags and stays.
  await page.keyboard.press('f')
  await expect(q.question('A1.05')).toHaveAttribute('data-flagged', 'true')
  await expect(q.question('A1.05')).toBeFocused()
  await page.keyboard.press('n')
  // The evidence question is open too (typed ones are not skipped); J passes it.
  await expect(q.question('A1.07')).toBeFocused()
  await q.pressAndLandOn('j', 'A1.08')
  await expect(q.question('A1.08')).toBeInViewport()
  // The section's last answer: on to the first question of the next section.
  await page.keyboard.press('y')
  await expect(q.sectionPage).toHaveAttribute('data-section-id', 'A2')
  await expect(q.question('A2.01')).toBeFocused()
  await q.waitSaved()
  // The save state and A1's completion updated as before: every required question answered (the
  // evidence question is not required).
  await expect(q.navSection('A1')).toHaveAccessibleName(/100%/)

  // Shift+K / Shift+J are unchanged; the help says the mode is on.
  await page.keyboard.press('?')
  await expect(q.keyboardMode).toHaveAttribute('data-advance', 'on')
  await expect(q.keyboardMode).toContainText('答后前进：已开启')
  await page.keyboard.press('Escape')
  await expect(q.keyboardHelp).toBeHidden()
  await page.keyboard.press('Shift+K')
  await expect(q.sectionPage).toHaveAttribute('data-section-id', 'A1')
  await expect(q.question('A1.01')).toBeFocused()

  await page.reload()
  await expect(q.choice('A1.01', '3')).toBeChecked()
  await expect(q.choice('A1.02', 'yes')).toBeChecked()
  await expect(q.choice('A1.03', 'partial')).toBeChecked()
  await expect(q.choice('A1.04', '2')).toBeChecked()
  await expect(q.choice('A1.05', 'no')).toBeChecked()
  await expect(q.choice('A1.08', 'yes')).toBeChecked()
})

test('hidden questions are skipped; an answer that shows one leads to it', async ({
  page,
  app
}) => {
  const q = app.questionnaire
  await q.open(assessmentId, 'C2')
  // C2.06 shows only when C2.03 is yes or partial.
  await q.pressAndLandOn('2', 'C2.03')
  await q.pressAndLandOn('n', 'C2.04')
  await page.keyboard.press('1')
  await q.pressAndLandOn('y', 'C2.07')
  await expect(q.question('C2.06')).toHaveCount(0)

  // C9.06 (single choice) shows C9.04, C9.09 and C9.05, which come after it.
  await q.open(assessmentId, 'C9')
  await q.question('C9.03').focus()
  await q.pressAndLandOn('y', 'C9.06')
  await page.keyboard.press('2')
  await expect(q.choice('C9.06', 'sameCity')).toBeChecked()
  await expect(q.question('C9.04')).toBeFocused()
  await q.pressAndLandOn('p', 'C9.09')
  await q.waitSaved()
  await expect(q.choice('C9.04', 'partial')).toBeChecked()
})

test('Enter goes into a typed field and, there, saves and advances; X goes to the justification', async ({
  page,
  app
}) => {
  const q = app.questionnaire
  await q.open(assessmentId, 'C9')
  await q.pressAndLandOn('3', 'C9.07')
  // Enter on the card: into the number field; Enter there: saved, and on to the next question.
  await page.keyboard.press('Enter')
  await expect(q.numberInput('C9.07')).toBeFocused()
  await page.keyboard.type('42')
  await q.pressAndLandOn('Enter', 'C9.08')
  await page.keyboard.press('Enter')
  await page.keyboard.type('5')
  await page.keyboard.press('Enter')
  // X on an N/A-able question: N/A, and the cursor in the justification (no advance)…
  await expect(q.question('C9.10')).toBeFocused()
  await page.keyboard.press('x')
  await expect(q.choice('C9.10', 'na')).toBeChecked()
  await expect(q.justification('C9.10')).toBeFocused()
  await page.keyboard.type('本期无同城灾备中心建设计划。')
  // …where Ctrl+Enter (a multi-line field) saves and advances.
  await q.pressAndLandOn('Control+Enter', 'C9.03')
  await page.keyboard.press('y')
  await page.keyboard.press('2')
  await page.keyboard.press('y')
  // The date question: Enter, type the date, Enter.
  await expect(q.question('C9.09')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(q.dateInput('C9.09')).toBeFocused()
  await q.dateInput('C9.09').fill('2025-06-30')
  await q.pressAndLandOn('Enter', 'C9.05')
  // J past the section's last question: the next section.
  await page.keyboard.press('j')
  await expect(q.sectionPage).toHaveAttribute('data-section-id', 'C10')
  await q.waitSaved()

  await q.open(assessmentId, 'C9')
  await expect(q.numberInput('C9.07')).toHaveValue('42')
  await expect(q.numberInput('C9.08')).toHaveValue('5')
  await expect(q.justification('C9.10')).toHaveValue('本期无同城灾备中心建设计划。')
  await expect(q.dateInput('C9.09')).toHaveValue('2025-06-30')
  await expect(q.choice('C9.04', 'yes')).toBeChecked()
})

test('with answer-and-advance off (Settings), an answer keeps the focus', async ({
  page,
  app,
  openApp
}) => {
  await openApp('/settings')
  await app.settings.setAnswerAndAdvance(false)
  const q = app.questionnaire
  await q.open(assessmentId, 'A1')
  await page.keyboard.press('3')
  await expect(q.choice('A1.01', '3')).toBeChecked()
  await expect(q.question('A1.01')).toBeFocused()
  await page.keyboard.press('?')
  await expect(q.keyboardMode).toHaveAttribute('data-advance', 'off')
  await page.keyboard.press('Escape')
  await expect(q.keyboardHelp).toBeHidden()
  // Enter goes into a typed field; Ctrl+Enter in a multi-line one goes back to the card, as Esc
  // does (Enter alone starts a new line).
  await q.open(assessmentId, 'A3')
  await q.question('A3.05').focus()
  await page.keyboard.press('Enter')
  await expect(q.textInput('A3.05')).toBeFocused()
  await page.keyboard.type('已核对')
  await page.keyboard.press('Enter')
  await page.keyboard.type('无异常')
  await q.pressAndLandOn('Control+Enter', 'A3.05')
  await expect(q.textInput('A3.05')).toHaveValue('已核对\n无异常')
})
