import { describe, expect, it } from 'vitest'
import { indexBank } from '@shared/bank/lookup'
import { answer, makeBank, naAnswer, profileOf, q } from '@shared/testing'
import type { AnswerRow } from '../../db/schema'
import type { PendingView } from '../workspace/autosave'
import type { AnswerChange } from '../../db/repos/answers'
import { advanceTarget, answersAsShown, shownQuestions } from './advance'

/*
 * Section S1: a level, a yes/partial/no, a number, and a text shown only when S1.Q2 is "no".
 * Section S2: evidence, a level. Section S3: a single choice.
 */
const bank = makeBank({
  pillars: [
    {
      id: 'P',
      sections: [
        {
          id: 'S1',
          questions: [
            q.maturity('S1.Q1'),
            q.ypn('S1.Q2'),
            q.text('S1.Q3', { visibleWhen: { question: 'S1.Q2', equals: 'no' } }),
            q.number('S1.Q4')
          ]
        },
        { id: 'S2', questions: [q.evidence('S2.Q1'), q.maturity('S2.Q2', { allowNA: true })] },
        { id: 'S3', questions: [q.single('S3.Q1', [0, 100])] }
      ]
    }
  ]
})
const index = indexBank(bank)
const assessment = { profile: profileOf(bank), metadata: undefined } as never

const next = (answers: Parameters<typeof advanceTarget>[3], from: string) =>
  advanceTarget(bank, index, assessment, answers, from)
/** Where the walk goes for question `questionId` (S1.Q3): its section and the question. */
const target = (questionId: string) => ({ sectionId: questionId.split('.')[0], questionId })

describe('the next question still needing an answer', () => {
  it('is the next one in the section, typed questions included', () => {
    expect(next([answer('S1.Q1', 3)], 'S1.Q1')).toEqual(target('S1.Q2'))
    // S1.Q3 is hidden while S1.Q2 is not "no": the number question is next.
    expect(next([answer('S1.Q1', 3), answer('S1.Q2', 'yes')], 'S1.Q2')).toEqual(target('S1.Q4'))
  })

  it('counts the answer just given for skip logic: "no" shows the text question', () => {
    expect(next([answer('S1.Q1', 3), answer('S1.Q2', 'no')], 'S1.Q2')).toEqual(target('S1.Q3'))
  })

  it('skips answered and N/A questions, and at the section end goes to the next section', () => {
    const answers = [
      answer('S1.Q1', 3),
      answer('S1.Q4', 12),
      answer('S2.Q1', null, { evidence: 1 })
    ]
    expect(next([...answers, answer('S1.Q2', 'yes')], 'S1.Q2')).toEqual(target('S2.Q2'))
    expect(next([...answers, answer('S1.Q2', 'yes'), naAnswer('S2.Q2')], 'S1.Q2')).toEqual(
      target('S3.Q1')
    )
  })

  it('an evidence question without evidence still needs an answer', () => {
    expect(next([answer('S1.Q4', 1)], 'S1.Q4')).toEqual(target('S2.Q1'))
  })

  it('past the bank’s end, comes back to the first question left open', () => {
    expect(next([answer('S1.Q1', 1), answer('S3.Q1', 'o1')], 'S3.Q1')).toEqual(target('S1.Q2'))
  })

  it('is none when every visible question is answered', () => {
    const all = [
      answer('S1.Q1', 1),
      answer('S1.Q2', 'yes'),
      answer('S1.Q4', 3),
      answer('S2.Q1', null, { evidence: 2 }),
      answer('S2.Q2', 2),
      answer('S3.Q1', 'o0')
    ]
    expect(next(all, 'S3.Q1')).toBeNull()
  })
})

describe('answersAsShown', () => {
  const row = (questionId: string, value: AnswerRow['value']): AnswerRow => ({
    ...answer(questionId, value),
    assessmentId: 'a1',
    answeredAt: '2026-01-01T00:00:00.000Z'
  })
  const busy = (change: AnswerChange): PendingView<AnswerChange> => ({
    change,
    busy: true,
    failed: false,
    stamp: null
  })

  it('lays unsaved changes and the change being made over the stored answers', () => {
    const stored = new Map([['S1.Q1', row('S1.Q1', 1)]])
    const pending = new Map([['S1.Q2', busy({ value: 'no' })]])
    const answers = answersAsShown(index, stored, (id) => pending.get(id), {
      questionId: 'S1.Q1',
      change: { value: 4, na: undefined }
    })
    expect(answers.map((a) => [a.questionId, a.value])).toEqual([
      ['S1.Q1', 4],
      ['S1.Q2', 'no']
    ])
    // …so the text question shown by the unsaved "no" is the next one.
    expect(next(answers, 'S1.Q2')).toEqual(target('S1.Q3'))
  })

  it('shows a question an unsaved answer reveals, so J right after the answer key reaches it', () => {
    const stored = new Map([['S1.Q2', row('S1.Q2', 'yes')]])
    const section = ['S1.Q1', 'S1.Q2', 'S1.Q3', 'S1.Q4']
    const shown = (pending: Map<string, PendingView<AnswerChange>>) =>
      shownQuestions(
        bank,
        index,
        assessment,
        answersAsShown(index, stored, (id) => pending.get(id)),
        section
      )
    expect(shown(new Map())).toEqual(['S1.Q1', 'S1.Q2', 'S1.Q4'])
    // "no" typed, not stored yet: the text question it reveals is shown already.
    expect(shown(new Map([['S1.Q2', busy({ value: 'no' })]]))).toEqual(section)
  })
})
