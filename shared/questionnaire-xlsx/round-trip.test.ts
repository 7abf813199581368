import { describe, expect, it } from 'vitest'
import type { Answer, Assessment, FactorEntry } from '../assessment/assessment'
import { validateAssessmentAgainstBank } from '../assessment/index'
import { indexBank } from '../bank/lookup'
import { readQuestionnaireWorkbook } from './read-workbook'
import {
  defaultBank,
  emptyAssessment,
  imported,
  mutate,
  sampleOf,
  sampleWithForm,
  setFactor,
  setQuestion,
  sheetOf
} from './test-support'
import { questionnaireToAssessment } from './to-assessment'
import { writeQuestionnaireWorkbook } from './write-workbook'

const bank = defaultBank()
const { sample, form } = await sampleWithForm(bank)

const answerOf = (assessment: Assessment, id: string): Answer | undefined =>
  assessment.answers.find((answer) => answer.questionId === id)
const label = (questionId: string, optionId: string, locale: 'zh-CN' | 'en-US'): string => {
  for (const pillar of bank.pillars)
    for (const section of pillar.sections)
      for (const question of section.questions)
        if (question.id === questionId && 'options' in question)
          return question.options.find((o) => o.id === optionId)!.label[locale]
  throw new Error(`no option ${questionId}/${optionId}`)
}

/** The sample's answer with `patch` applied, as the reader builds it (no answeredBy/At). */
function expected(id: string, patch: Partial<Answer>): Answer {
  const current = answerOf(sample, id)
  const base: Answer = current
    ? { ...current, answeredBy: undefined, answeredAt: undefined }
    : { questionId: id, value: null, evidence: [], flagged: false, carriedOver: false }
  return { ...base, ...patch }
}

/** A person fills ~25 rows of every type, in every accepted spelling, and some factor inputs. */
async function filledForm(): Promise<Uint8Array> {
  return mutate(form, (wb) => {
    // maturity: full-width digit, dropdown item, English name, a number cell, digit + English name
    setQuestion(wb, 'A1.01', 'answer', '１')
    setQuestion(wb, 'A1.04', 'answer', '4 优化')
    setQuestion(wb, 'A2.01', 'answer', 'Measured')
    setQuestion(wb, 'A2.02', 'answer', 0)
    setQuestion(wb, 'A3.01', 'answer', '1 Initial')
    // yes/partial/no in both languages; N/A with justifications where allowed
    setQuestion(wb, 'A1.02', 'answer', '部分')
    setQuestion(wb, 'A1.05', 'answer', 'No')
    setQuestion(wb, 'A1.08', 'answer', 'yes')
    setQuestion(wb, 'B5.02', 'answer', '不适用')
    setQuestion(wb, 'B5.02', 'na_justification', '本机构无此业务。')
    setQuestion(wb, 'C5.04', 'answer', 'N/A')
    setQuestion(wb, 'C5.04', 'na_justification', 'Outsourced to the group.')
    setQuestion(wb, 'A2.04', 'answer', null)
    // choices: English label, Chinese label replacing N/A, a mixed multiple choice
    setQuestion(wb, 'C9.06', 'answer', label('C9.06', 'sameCity', 'en-US'))
    setQuestion(wb, 'C9.10', 'answer', label('C9.10', 'level4', 'zh-CN'))
    setQuestion(wb, 'C9.10', 'na_justification', null)
    const multi = `${label('C2.06', 'marketData', 'en-US')}；${label('C2.06', 'clearing', 'zh-CN')}`
    setQuestion(wb, 'C2.06', 'answer', multi)
    // numbers: a number cell, full-width digits; percentages: number, "90%", 0.75 shown as 75%
    setQuestion(wb, 'C9.07', 'answer', 30)
    setQuestion(wb, 'C9.08', 'answer', '４５')
    setQuestion(wb, 'B2.03', 'answer', 85)
    setQuestion(wb, 'B3.02', 'answer', '90%')
    // exceljs shares style objects between cells, so give this one a style of its own.
    const percentCell = sheetOf(wb, 'questions').getCell(setQuestion(wb, 'C1.04', 'answer', 0.75))
    percentCell.style = { ...percentCell.style, numFmt: '0%' }
    setQuestion(wb, 'C4.05', 'answer', 55)
    setQuestion(wb, 'C4.05', 'na_justification', null)
    setQuestion(wb, 'C10.05', 'answer', '不适用')
    setQuestion(wb, 'C10.05', 'na_justification', '评估期内无此类故障。')
    // a date cell, texts (one that looks like a formula stays text)
    setQuestion(wb, 'C9.09', 'answer', new Date(Date.UTC(2025, 2, 1)))
    setQuestion(wb, 'A3.05', 'answer', '新的年度目标')
    setQuestion(wb, 'C5.09', 'answer', '=1+1 is just text here')
    // comments and evidence
    setQuestion(wb, 'A1.03', 'comment', null)
    setQuestion(wb, 'C3.01', 'comment', '现场核实。')
    const file = answerOf(sample, 'A1.07')!.evidence[0]!.name
    setQuestion(wb, 'A1.07', 'evidence', `[附件] ${file}\n《新增文件A》；《新增文件B》`)
    // factors: two values, a cleared value, a changed comment
    setFactor(wb, 'F01', 'N_fault', 50)
    setFactor(wb, 'F01', 'N_mon', '４５')
    setFactor(wb, 'F03', 'S_ok', null)
    setFactor(wb, 'F02', 'R_total', '口径已复核。', 'comment')
  })
}

describe('questionnaire form round trip', () => {
  it('reads an unchanged form as no change at all', async () => {
    const result = imported(await readQuestionnaireWorkbook(form, bank, sample))
    expect(result.answers).toEqual([])
    expect(result.factorEntries).toEqual([])
    expect(result.issues).toEqual([])
    expect(result.form).toEqual({
      locale: 'zh-CN',
      questionRows: 94,
      factorRows: 40,
      // Each key system, then the ten empty rows for new ones; bank 1.0.0 has no per-system factor.
      systemRows: sample.metadata.systems.length + 10,
      systemFactorRows: 0
    })
  })

  it('reads a form filled by a script as exactly the expected answers', async () => {
    const a107 = answerOf(sample, 'A1.07')!
    expect(a107.evidence.map((e) => e.kind)).toEqual(['file'])
    const result = imported(await readQuestionnaireWorkbook(await filledForm(), bank, sample))
    expect(result.issues).toEqual([])
    const byId = Object.fromEntries(result.answers.map((answer) => [answer.questionId, answer]))
    const want: Record<string, Answer> = {
      'A1.01': expected('A1.01', { value: 1 }),
      'A1.02': expected('A1.02', { value: 'partial' }),
      'A1.03': expected('A1.03', { comment: undefined }),
      'A1.04': expected('A1.04', { value: 4 }),
      'A1.05': expected('A1.05', { value: 'no' }),
      'A1.07': expected('A1.07', {
        evidence: [
          a107.evidence[0]!,
          { kind: 'reference', id: 'xl-1', name: '《新增文件A》' },
          { kind: 'reference', id: 'xl-2', name: '《新增文件B》' }
        ]
      }),
      'A1.08': expected('A1.08', { value: 'yes' }),
      'A2.01': expected('A2.01', { value: 3 }),
      'A2.02': expected('A2.02', { value: 0 }),
      'A2.04': expected('A2.04', { value: null }),
      'A3.01': expected('A3.01', { value: 1 }),
      'A3.05': expected('A3.05', { value: '新的年度目标' }),
      'B2.03': expected('B2.03', { value: 85 }),
      'B3.02': expected('B3.02', { value: 90 }),
      'B5.02': expected('B5.02', { value: null, na: { justification: '本机构无此业务。' } }),
      'C1.04': expected('C1.04', { value: 75 }),
      'C2.06': expected('C2.06', { value: ['clearing', 'marketData'] }),
      'C3.01': expected('C3.01', { comment: '现场核实。' }),
      'C4.05': expected('C4.05', { value: 55, na: undefined }),
      'C5.04': expected('C5.04', {
        value: null,
        na: { justification: 'Outsourced to the group.' }
      }),
      'C5.09': expected('C5.09', { value: '=1+1 is just text here' }),
      'C9.06': expected('C9.06', { value: 'sameCity' }),
      'C9.07': expected('C9.07', { value: 30 }),
      'C9.08': expected('C9.08', { value: 45 }),
      'C9.09': expected('C9.09', { value: '2025-03-01' }),
      'C9.10': expected('C9.10', { value: 'level4', na: undefined }),
      'C10.05': expected('C10.05', { value: null, na: { justification: '评估期内无此类故障。' } })
    }
    expect(Object.keys(byId).sort()).toEqual(Object.keys(want).sort())
    for (const [id, answer] of Object.entries(want)) expect(byId[id], id).toEqual(answer)
    const bankOrder = indexBank(bank).orderedQuestions.map((entry) => entry.question.id)
    expect(result.answers.map((a) => a.questionId)).toEqual(bankOrder.filter((id) => id in want))

    const factor = (id: string): FactorEntry => sample.factors.find((f) => f.factorId === id)!
    expect(result.factorEntries).toEqual([
      {
        ...factor('F01'),
        values: { N_fault: 50, N_mon: 45 },
        updatedBy: undefined,
        updatedAt: undefined
      },
      { ...factor('F02'), comment: '口径已复核。', updatedBy: undefined, updatedAt: undefined },
      {
        ...factor('F03'),
        values: { ...factor('F03').values, S_ok: null },
        updatedBy: undefined,
        updatedAt: undefined
      }
    ])
    expect(result.changes.answers.find((c) => c.questionId === 'A1.03')?.fields).toEqual([
      'comment'
    ])
    expect(result.changes.factors.map((c) => [c.factorId, c.inputs, c.comment])).toEqual([
      ['F01', ['N_fault', 'N_mon'], false],
      ['F02', [], true],
      ['F03', ['S_ok'], false]
    ])
  })

  it('applies onto a copy that still fits the bank, with who and when recorded', async () => {
    const result = imported(await readQuestionnaireWorkbook(await filledForm(), bank, sample))
    const at = '2025-08-01T10:00:00+08:00'
    const theirs = questionnaireToAssessment(sample, result, { by: '王芳', at })
    expect(validateAssessmentAgainstBank(theirs, bank)).toEqual([])
    expect(theirs.answers.length).toBe(sample.answers.length + 1) // C5.09 was unanswered
    expect(answerOf(theirs, 'A1.01')).toMatchObject({
      value: 1,
      answeredBy: '王芳',
      answeredAt: at
    })
    expect(answerOf(theirs, 'C5.09')).toMatchObject({
      value: '=1+1 is just text here',
      answeredBy: '王芳'
    })
    expect(answerOf(theirs, 'A1.07')?.evidence[1]).toMatchObject({
      id: 'xl-1',
      addedBy: '王芳',
      addedAt: at
    })
    expect(answerOf(theirs, 'A1.07')?.evidence[0]).toEqual(answerOf(sample, 'A1.07')?.evidence[0])
    expect(theirs.factors.find((f) => f.factorId === 'F01')).toMatchObject({
      updatedBy: '王芳',
      updatedAt: at
    })
    expect(answerOf(theirs, 'A1.06')).toBeUndefined()
    expect(answerOf(theirs, 'B1.01')).toEqual(answerOf(sample, 'B1.01'))
    expect(theirs.updatedAt).toBe(at)
    expect(sample.updatedAt).not.toBe(at)
  })

  it('never lets cells left as exported undo what changed in the app since', async () => {
    const filled = await filledForm()
    // After export, the lead set A1.01 and B1.01 to 4 in the app. The form left B1.01 as exported,
    // so it is not taken; it changed A1.01 too, which is a real conflict for the merge view.
    const later: Assessment = {
      ...sample,
      answers: sample.answers.map((answer) =>
        answer.questionId === 'A1.01' || answer.questionId === 'B1.01'
          ? { ...answer, value: 4 }
          : answer
      )
    }
    const result = imported(await readQuestionnaireWorkbook(filled, bank, later))
    const ids = result.answers.map((a) => a.questionId)
    expect(ids).toContain('A1.01')
    expect(result.answers.find((a) => a.questionId === 'A1.01')?.value).toBe(1)
    expect(ids).not.toContain('B1.01')
    // Re-reading against the imported result gives nothing new.
    const theirs = questionnaireToAssessment(later, result, {
      by: 'x',
      at: '2025-08-01T10:00:00+08:00'
    })
    const again = imported(await readQuestionnaireWorkbook(filled, bank, theirs))
    expect(again.answers).toEqual([])
    expect(again.factorEntries).toEqual([])
  })

  it('round-trips an empty assessment and takes what is typed into it', async () => {
    const empty = emptyAssessment(bank)
    const blank = await writeQuestionnaireWorkbook(bank, empty, { locale: 'en-US' })
    expect(imported(await readQuestionnaireWorkbook(blank, bank, empty))).toMatchObject({
      answers: [],
      factorEntries: [],
      issues: [],
      form: { locale: 'en-US' }
    })
    const typed = await mutate(blank, (wb) => {
      setQuestion(wb, 'A1.01', 'answer', '2 规范')
      setQuestion(wb, 'A1.02', 'answer', '是')
      setFactor(wb, 'F01', 'N_fault', 3)
    })
    const result = imported(await readQuestionnaireWorkbook(typed, bank, empty))
    expect(result.answers).toEqual([
      { questionId: 'A1.01', value: 2, evidence: [], flagged: false, carriedOver: false },
      { questionId: 'A1.02', value: 'yes', evidence: [], flagged: false, carriedOver: false }
    ])
    expect(result.factorEntries).toEqual([
      { factorId: 'F01', values: { N_fault: 3 }, evidence: [] }
    ])
  })

  it('reads the sample form of other seeds unchanged, in both languages', async () => {
    for (const [seed, locale] of [
      [2, 'en-US'],
      [3, 'zh-CN'],
      [-4, 'en-US']
    ] as const) {
      const assessment = sampleOf(bank, seed)
      const bytes = await writeQuestionnaireWorkbook(bank, assessment, { locale })
      const result = imported(await readQuestionnaireWorkbook(bytes, bank, assessment))
      expect(result.answers, `seed ${seed}`).toEqual([])
      expect(result.factorEntries, `seed ${seed}`).toEqual([])
      expect(result.issues, `seed ${seed}`).toEqual([])
    }
  })
})
