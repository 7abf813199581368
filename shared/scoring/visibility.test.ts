import { describe, expect, it } from 'vitest'
import type { Condition } from '../bank/conditions'
import { scoreAssessment } from './score'
import { answer, makeAssessment, naAnswer, q, sectionBank } from '../testing'
import type { ScoringResult } from './types'

/** A bank whose question `X` is shown only when `when` holds over the source questions. */
function bankWith(when: Condition) {
  return sectionBank([
    q.maturity('M'),
    q.ypn('Y', { allowNA: true }),
    q.number('N'),
    q.multi('MC', [{ score: 50 }, { score: 50 }]),
    q.ypn('X', { visibleWhen: when, weight: 2 })
  ])
}

const visible = (result: ScoringResult, id: string): boolean =>
  result.questions.find((x) => x.id === id)?.visible ?? false

function shows(when: Condition, answers: Parameters<typeof makeAssessment>[1]): boolean {
  const bank = bankWith(when)
  return visible(scoreAssessment(bank, makeAssessment(bank, answers)), 'X')
}

describe('skip logic leaves', () => {
  it('equals / notEquals', () => {
    expect(shows({ question: 'Y', equals: 'yes' }, [answer('Y', 'yes')])).toBe(true)
    expect(shows({ question: 'Y', equals: 'yes' }, [answer('Y', 'no')])).toBe(false)
    expect(shows({ question: 'M', equals: 2 }, [answer('M', 2)])).toBe(true)
    expect(shows({ question: 'Y', notEquals: 'yes' }, [answer('Y', 'no')])).toBe(true)
    // A leaf on an unanswered question is false, notEquals included.
    expect(shows({ question: 'Y', notEquals: 'yes' }, [])).toBe(false)
  })

  it('equals on a multiple choice means "that option is selected"', () => {
    expect(shows({ question: 'MC', equals: 'o1' }, [answer('MC', ['o0', 'o1'])])).toBe(true)
    expect(shows({ question: 'MC', equals: 'o1' }, [answer('MC', ['o0'])])).toBe(false)
  })

  it('in: the value is listed; for multiple choice any selected option is listed', () => {
    expect(shows({ question: 'Y', in: ['yes', 'partial'] }, [answer('Y', 'partial')])).toBe(true)
    expect(shows({ question: 'Y', in: ['yes', 'partial'] }, [answer('Y', 'no')])).toBe(false)
    expect(shows({ question: 'MC', in: ['o1'] }, [answer('MC', ['o0', 'o1'])])).toBe(true)
    expect(shows({ question: 'M', in: [3, 4] }, [answer('M', 3, { evidence: 1 })])).toBe(true)
  })

  it('gt / gte / lt / lte on numbers and levels', () => {
    expect(shows({ question: 'N', gt: 5 }, [answer('N', 6)])).toBe(true)
    expect(shows({ question: 'N', gt: 5 }, [answer('N', 5)])).toBe(false)
    expect(shows({ question: 'N', gte: 5 }, [answer('N', 5)])).toBe(true)
    expect(shows({ question: 'N', lt: 5 }, [answer('N', 4)])).toBe(true)
    expect(shows({ question: 'N', lt: 5 }, [answer('N', 5)])).toBe(false)
    expect(shows({ question: 'M', lte: 1 }, [answer('M', 1)])).toBe(true)
    expect(shows({ question: 'Y', gt: 0 }, [answer('Y', 'yes')])).toBe(false)
  })

  it('answered / unanswered / na', () => {
    expect(shows({ question: 'Y', answered: true }, [answer('Y', 'no')])).toBe(true)
    expect(shows({ question: 'Y', answered: true }, [])).toBe(false)
    expect(shows({ question: 'Y', unanswered: true }, [])).toBe(true)
    expect(shows({ question: 'Y', unanswered: true }, [naAnswer('Y')])).toBe(false)
    expect(shows({ question: 'Y', na: true }, [naAnswer('Y')])).toBe(true)
    expect(shows({ question: 'Y', na: true }, [answer('Y', 'yes')])).toBe(false)
  })

  it('an invalid answer reads as unanswered', () => {
    expect(shows({ question: 'Y', answered: true }, [answer('Y', 'maybe')])).toBe(false)
    expect(shows({ question: 'Y', unanswered: true }, [answer('Y', 'maybe')])).toBe(true)
  })
})

describe('skip logic combinators', () => {
  const both: Condition = {
    all: [
      { question: 'Y', equals: 'yes' },
      { question: 'N', gte: 10 }
    ]
  }
  const either: Condition = {
    any: [
      { question: 'Y', equals: 'yes' },
      { question: 'N', gte: 10 }
    ]
  }

  it('all', () => {
    expect(shows(both, [answer('Y', 'yes'), answer('N', 10)])).toBe(true)
    expect(shows(both, [answer('Y', 'yes'), answer('N', 9)])).toBe(false)
  })
  it('any', () => {
    expect(shows(either, [answer('Y', 'no'), answer('N', 10)])).toBe(true)
    expect(shows(either, [answer('Y', 'no'), answer('N', 9)])).toBe(false)
  })
  it('not', () => {
    expect(shows({ not: { question: 'Y', equals: 'no' } }, [answer('Y', 'yes')])).toBe(true)
    expect(shows({ not: { question: 'Y', equals: 'no' } }, [answer('Y', 'no')])).toBe(false)
    // not(unanswered leaf = false) is true: "show unless Y is answered no".
    expect(shows({ not: { question: 'Y', equals: 'no' } }, [])).toBe(true)
  })
})

describe('hidden questions', () => {
  const chain = sectionBank([
    // Listed before its parent on purpose: resolution follows dependencies, not just order.
    q.ypn('C', { visibleWhen: { question: 'B', answered: true }, weight: 3 }),
    q.ypn('A'),
    q.ypn('B', { visibleWhen: { question: 'A', equals: 'yes' } }),
    q.ypn('D', { visibleWhen: { question: 'B', unanswered: true } })
  ])

  it('a chain resolves: C is hidden because B is hidden because A is not yes', () => {
    const result = scoreAssessment(
      chain,
      makeAssessment(chain, [answer('A', 'no'), answer('B', 'yes'), answer('C', 'yes')])
    )
    expect(result.questions.map((x) => [x.id, x.visible])).toEqual([
      ['C', false],
      ['A', true],
      ['B', false],
      ['D', true] // a hidden question is unanswered
    ])
    // Hidden answers are ignored: neither answered nor counted nor in completion.
    expect(result.questions.find((x) => x.id === 'B')).toMatchObject({
      answered: false,
      effectiveScore: null
    })
    expect(result.sections[0]?.questionnaireScore).toBe(0) // A = no (0), D unanswered (0)
    expect(result.completion.questions).toEqual({ done: 1, total: 2, percent: 50 })
  })

  it('the chain opens when A is yes', () => {
    const result = scoreAssessment(
      chain,
      makeAssessment(chain, [answer('A', 'yes'), answer('B', 'yes'), answer('C', 'partial')])
    )
    expect(result.questions.map((x) => x.visible)).toEqual([true, true, true, false])
    // (3·50 + 1·100 + 1·100) ÷ 5
    expect(result.sections[0]?.questionnaireScore).toBe(70)
    expect(result.completion.questions).toEqual({ done: 3, total: 3, percent: 100 })
  })

  it('invalid answers to hidden questions are not reported', () => {
    const result = scoreAssessment(
      chain,
      makeAssessment(chain, [answer('A', 'no'), answer('B', 'nonsense')])
    )
    expect(result.errors).toEqual([])
  })

  it('a hidden question is neither N/A nor unanswered in the flags', () => {
    const result = scoreAssessment(chain, makeAssessment(chain, [answer('A', 'no'), naAnswer('B')]))
    expect(result.questions.find((x) => x.id === 'B')).toMatchObject({
      visible: false,
      na: false,
      flags: []
    })
  })
})
