import type { Answer, FactorEntry } from '../../shared/assessment/assessment'
import type { Question } from '../../shared/bank/question'
import { formatScore, scoreAssessment } from '../../shared/scoring'
import { defaultBank } from './assessment-file'
import { expect, test } from './fixtures'

/*
 * The whole walk an assessor makes: a new assessment of the default bank, every section answered
 * (alternately by keyboard and by mouse, following skip logic as questions appear), every factor
 * entered, then review and finalize. The overall score the app shows must equal what the scoring
 * engine computes, in Node, from the answers the test meant to give.
 */

test.use({ locale: 'zh-CN' })

const NA_QUESTIONS = new Set(['A4.03', 'C9.11'])
const YPN = ['yes', 'partial', 'no'] as const
const YPN_KEY = { yes: 'y', partial: 'p', no: 'n' } as const

/** The answer the walk gives a question, by its position in the walk. */
function intendedValue(question: Question, k: number, periodEnd: string): Answer['value'] {
  switch (question.type) {
    case 'maturity':
      return (k * 3) % 5
    case 'yesPartialNo':
      return YPN[k % 3]!
    case 'singleChoice':
      return question.options[k % question.options.length]!.id
    case 'multiChoice':
      return question.options
        .filter((o) => !o.exclusive)
        .slice(0, 2)
        .map((o) => o.id)
    case 'number':
      return question.id === 'C9.08' ? 5 : (question.min ?? 0) + 30
    case 'percentage':
      return 80 + (k % 20)
    case 'date':
      return `${periodEnd.slice(0, 7)}-01`
    case 'text':
      return `第${k}项：已核对相关制度与记录。`
    case 'evidence':
      return null
  }
}

test('completes the default-bank assessment by keyboard and mouse, with factors, and finalizes it', async ({
  page,
  app,
  openApp
}) => {
  test.setTimeout(300_000)
  const bank = defaultBank()
  const questions = new Map(
    bank.pillars.flatMap((p) => p.sections.flatMap((s) => s.questions.map((q) => [q.id, q])))
  )
  const { questionnaire: q, newAssessment: form, workspace, review } = app

  await openApp('/assessments')
  await app.home.newButton.click()
  await form.institution.fill('华东证券股份有限公司')
  await form.addPreset('trading')
  await form.addSystems('清算系统')
  await form.assessor.fill('王芳')
  const period = {
    start: await form.periodStart.inputValue(),
    end: await form.periodEnd.inputValue()
  }
  await form.create.click()
  await expect(q.sectionPage).toHaveAttribute('data-section-id', 'A1')
  const assessmentId = workspace.assessmentId()

  const answers = new Map<string, Answer>()
  const record = (id: string, answer: Partial<Answer>) =>
    answers.set(id, {
      questionId: id,
      value: null,
      evidence: [],
      flagged: false,
      carriedOver: false,
      ...answer
    })
  let k = 0
  const sections = bank.pillars.flatMap((p) => p.sections)

  for (const [index, section] of sections.entries()) {
    // A keyboard section may have been entered already by answer-and-advance from the one before.
    await expect(q.sectionPage).toHaveAttribute('data-section-id', section.id)
    const byKeyboard = index % 2 === 0
    const done = new Set<string>()
    // By keyboard, answer-and-advance moves on after an answer key and after Enter in a field;
    // after evidence or a multiple choice (given by mouse) J moves on.
    let pressJ = false
    for (;;) {
      // Answer-and-advance: wait for the focus to land (a question an answer has just shown
      // appears once the answer is stored) before reading which questions are there.
      if (byKeyboard && !pressJ && (index > 0 || done.size > 0))
        await expect(q.focusedCard()).toHaveCount(1)
      // The keyboard passed the section's end: the next section is open.
      if ((await q.sectionPage.getAttribute('data-section-id')) !== section.id) break
      // Skip logic: questions appear as earlier answers meet their conditions.
      const visible = await q.visibleQuestionIds()
      const id = visible.find((v) => !done.has(v))
      if (!id) break
      done.add(id)
      const question = questions.get(id)!
      const card = q.question(id)
      k++

      if (byKeyboard) {
        if (pressJ) await page.keyboard.press('j')
        // A new assessment opens on its first section with nothing focused yet.
        else if (index === 0 && done.size === 1) await card.focus()
        await expect(card).toBeFocused()
      }
      pressJ = false

      if (NA_QUESTIONS.has(id) && question.allowNA) {
        const justification = `${id}不适用：本期范围内无此项安排。`
        if (byKeyboard) await page.keyboard.press('x')
        else await q.choice(id, 'na').check()
        await expect(q.justification(id)).toBeFocused()
        await page.keyboard.type(justification)
        // Ctrl+Enter in the justification saves it and moves on.
        if (byKeyboard) await page.keyboard.press('Control+Enter')
        record(id, { na: { justification } })
        continue
      }

      const value = intendedValue(question, k, period.end)
      switch (question.type) {
        case 'maturity':
        case 'yesPartialNo':
        case 'singleChoice': {
          if (byKeyboard) {
            const key =
              question.type === 'maturity'
                ? String(value)
                : question.type === 'yesPartialNo'
                  ? YPN_KEY[value as (typeof YPN)[number]]
                  : String(question.options.findIndex((o) => o.id === value) + 1)
            await page.keyboard.press(key)
          } else {
            await q.choice(id, String(value)).check()
            await expect(q.choice(id, String(value))).toBeChecked()
          }
          // (By keyboard the card may have left with its section; the score check below covers it.)
          break
        }
        case 'multiChoice':
          for (const option of value as string[]) await q.choice(id, option).check()
          if (byKeyboard) await card.focus()
          pressJ = byKeyboard
          break
        case 'number':
        case 'percentage':
        case 'date':
        case 'text': {
          const field =
            question.type === 'date'
              ? q.dateInput(id)
              : question.type === 'text'
                ? q.textInput(id)
                : q.numberInput(id)
          if (byKeyboard) {
            // Enter into the field, type, Enter (Ctrl+Enter in multi-line text): saved, moved on.
            await page.keyboard.press('Enter')
            await expect(field).toBeFocused()
          }
          await field.fill(String(value))
          if (byKeyboard)
            await page.keyboard.press(
              question.type === 'text' && question.multiline ? 'Control+Enter' : 'Enter'
            )
          break
        }
        case 'evidence':
          await q.attachFile(id, `${id}.pdf`, Buffer.from(`%PDF-1.4 ${id}`))
          await expect(q.evidence(id, 'file')).toHaveCount(1)
          if (byKeyboard) await card.focus()
          pressJ = byKeyboard
          break
      }
      record(id, {
        value,
        evidence:
          question.type === 'evidence'
            ? [{ kind: 'reference', id: `e-${id}`, name: `${id}.pdf` }]
            : []
      })
    }
    await q.waitSaved()
    const next = sections[index + 1]
    if (byKeyboard && !pressJ && next) {
      // The last answer key (or Enter) of a finished section moves on by itself once the answer
      // is stored: wait for that instead of pressing Shift+J, which, landing just after the move,
      // would skip the next section.
      await expect(q.sectionPage).toHaveAttribute('data-section-id', next.id)
      continue
    }
    if ((await q.sectionPage.getAttribute('data-section-id')) !== section.id) continue
    await expect(q.sectionStats).toBeVisible()
    // On to the next section (the last one leads to the factors).
    if (byKeyboard) await page.keyboard.press(pressJ ? 'j' : 'Shift+J')
    else await q.nextSection.click()
  }

  // Every factor, with figures that keep each numerator within its denominator.
  const factorsPage = app.factors
  await expect(factorsPage.root).toBeVisible()
  const factors: FactorEntry[] = []
  // The systems added on the form: 集中交易系统 (real-time, from the preset) and 清算系统.
  const systems = [
    { id: 'sys-1', name: '集中交易系统', realTime: true },
    { id: 'sys-2', name: '清算系统' }
  ]
  for (const [i, factor] of bank.factors.entries()) {
    const numerators = new Set(factor.constraints.map((c) => c.left))
    const figures = (offset: number): Record<string, number> =>
      Object.fromEntries(
        factor.inputs.map((input) => [
          input.id,
          numerators.has(input.id) ? 90 + ((i * 7 + offset) % 11) : 100
        ])
      )
    if (factor.perSystem) {
      const bySystem: Record<string, Record<string, number>> = {}
      const inScope = systems.filter((s) => factor.perSystem!.systems === 'all' || s.realTime)
      for (const [s, system] of inScope.entries()) {
        bySystem[system.id] = figures(s * 3)
        for (const input of factor.inputs)
          await factorsPage
            .systemInput(factor.id, system.id, input.id)
            .fill(String(bySystem[system.id]![input.id]))
      }
      factors.push({ factorId: factor.id, values: {}, bySystem, evidence: [] })
    } else {
      const values = figures(0)
      for (const input of factor.inputs)
        await factorsPage.input(factor.id, input.id).fill(String(values[input.id]))
      factors.push({ factorId: factor.id, values, evidence: [] })
    }
    await expect(factorsPage.value(factor.id)).not.toHaveText('—')
  }
  await q.waitSaved()

  const expected = scoreAssessment(bank, {
    answers: [...answers.values()],
    factors,
    profile: bank.profiles.find((p) => p.id === bank.defaultProfileId)!,
    metadata: {
      institution: '华东证券股份有限公司',
      systems,
      period,
      assessors: ['王芳']
    }
  })
  expect(expected.overall.score).not.toBeNull()
  await expect(q.overallScore).toHaveAttribute('data-value', formatScore(expected.overall.score))

  // Review and sign-off (the screen of the review feature, through its hooks).
  await workspace.goTo('review', assessmentId)
  await review.submit()
  await review.finalize('王芳')
  await expect(q.overallScore).toHaveAttribute('data-value', formatScore(expected.overall.score))
  // Finalized means read-only.
  await q.open(assessmentId, 'A1')
  await expect(q.choice('A1.01', '0')).toBeDisabled()
})
