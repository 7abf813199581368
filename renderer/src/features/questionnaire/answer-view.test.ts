import { describe, expect, it } from 'vitest'
import type { AnswerRow } from '../../db/schema'
import { answerView } from './answer-view'

const stored: AnswerRow = {
  assessmentId: 'a1',
  questionId: 'Q1',
  value: 2,
  comment: 'old',
  evidence: [],
  flagged: false,
  carriedOver: true,
  answeredAt: '2026-03-01T08:00:00.000Z'
}
const pending = (change: object, extra: object = {}) => ({
  change,
  busy: true,
  failed: false,
  stamp: null,
  ...extra
})

describe('answerView', () => {
  it('shows the stored answer when nothing is pending, and defaults when there is none', () => {
    expect(answerView(stored, undefined)).toMatchObject({
      value: 2,
      comment: 'old',
      carriedOver: true
    })
    expect(answerView(undefined, undefined)).toMatchObject({
      value: null,
      na: undefined,
      comment: '',
      flagged: false
    })
  })

  it('lays a pending change over the stored answer; a value change confirms a carried-over answer', () => {
    const view = answerView(stored, pending({ value: 3 }))
    expect(view).toMatchObject({ value: 3, comment: 'old', carriedOver: false })
    expect(answerView(stored, pending({ na: { justification: '' }, value: null }))).toMatchObject({
      value: null,
      na: { justification: '' }
    })
  })

  it('keeps the overlay after the commit until the stored row carries it, then drops it', () => {
    const committed = pending({ value: 4 }, { busy: false, stamp: '2026-03-01T08:00:05.000Z' })
    expect(answerView(stored, committed).value).toBe(4)
    const caughtUp = { ...stored, value: 4, answeredAt: '2026-03-01T08:00:05.000Z' }
    expect(answerView(caughtUp, committed).value).toBe(4)
    const changedSince = { ...caughtUp, value: 1, answeredAt: '2026-03-01T08:00:09.000Z' }
    expect(answerView(changedSince, committed).value).toBe(1)
  })

  it('keeps showing a change whose write failed', () => {
    const failed = pending({ comment: 'unsaved' }, { busy: false, failed: true })
    expect(answerView(stored, failed).comment).toBe('unsaved')
  })
})
