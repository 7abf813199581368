import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { checkedAnswers } from './answer-check'
import { answerSchema } from './assessment'

/** A key left out of the answer (unlike `undefined`, which is a key present with no value). */
const ABSENT = Symbol('absent')

const sha = 'a'.repeat(64)
const file = { kind: 'file', id: 'ev1', name: 'plan.pdf', sha256: sha, size: 10 }
const reference = { kind: 'reference', id: 'ev2', name: '《应急预案》' }

/** For each field, values the schema accepts, refuses, or returns changed (trimmed, defaulted). */
const pools: Record<string, unknown[]> = {
  questionId: ['q1', 'Q.a-b_c', 'a'.repeat(64), 'a'.repeat(65), '', '1abc', ' q1', 5, null, ABSENT],
  value: [
    null,
    0,
    -1.5,
    4,
    NaN,
    Infinity,
    'text',
    '',
    'x'.repeat(20_001),
    ['o1', 'o2'],
    [],
    ['bad id'],
    Array(101).fill('o'),
    {},
    true,
    undefined,
    ABSENT
  ],
  na: [
    ABSENT,
    { justification: 'why' },
    { justification: ' why ' },
    { justification: '' },
    { justification: '   ' },
    { justification: 'x'.repeat(4001) },
    { justification: 'x', more: 1 },
    {},
    'why',
    null,
    undefined
  ],
  comment: [ABSENT, '', 'c', ' padded ', 'x'.repeat(20_001), 3, null, undefined],
  evidence: [
    ABSENT,
    [],
    [file],
    [reference],
    [file, reference],
    [{ ...file, mimeType: 'application/pdf', effectiveDate: '2025-07-01', caption: 'p. 3' }],
    [
      {
        ...reference,
        location: '档案室',
        page: '3',
        interviewee: '王芳',
        note: 'n',
        addedBy: '李娜',
        addedAt: '2025-07-01T08:00:00.000Z'
      }
    ],
    [{ ...file, sha256: 'A'.repeat(64) }],
    [{ ...file, size: 1.5 }],
    [{ ...file, size: -1 }],
    [{ ...file, name: ' pad ' }],
    [{ ...file, effectiveDate: '2025-02-30' }],
    [{ ...file, caption: ' c ' }],
    [{ ...file, addedAt: '2025-07-01' }],
    [{ ...file, more: 1 }],
    [{ ...file, mimeType: undefined }],
    [{ ...reference, kind: 'other' }],
    [{ ...reference, sha256: sha }],
    Array(201).fill(file),
    'x',
    null,
    undefined
  ],
  flagged: [ABSENT, true, false, 'true', 0, null, undefined],
  carriedOver: [ABSENT, true, false, 1, undefined],
  answeredBy: [ABSENT, '王芳', ' 王芳', '', 'x'.repeat(201), 5, undefined],
  answeredAt: [
    ABSENT,
    '2025-07-01T08:00:00.000Z',
    '2025-07-01T08:00:00+08:00',
    '2025-07-01',
    '2025-02-30T00:00:00Z',
    'not a date',
    7,
    undefined
  ],
  extra: [ABSENT, ABSENT, ABSENT, 1, undefined]
}

/** The values of a field that the schema accepts on their own (in an otherwise valid answer). */
const accepted = (key: string, pool: unknown[]): unknown[] =>
  pool.filter((value) => {
    const row: Record<string, unknown> = { questionId: 'q1', value: null }
    if (value === ABSENT) delete row[key]
    else row[key] = value
    return answerSchema.safeParse(row).success
  })

// Mostly valid fields, so that most answers test the fast path and one bad field its refusal.
const answerLike = fc
  .tuple(
    ...Object.entries(pools).map(([key, pool]) =>
      fc.tuple(
        fc.constant(key),
        fc.oneof(
          { arbitrary: fc.constantFrom(...accepted(key, pool)), weight: 12 },
          { arbitrary: fc.constantFrom(...pool), weight: 1 }
        ),
        fc.double({ min: 0, max: 1 })
      )
    )
  )
  .map((fields) => {
    const row: Record<string, unknown> = {}
    // Any key order: the schema's output order must not depend on it.
    for (const [key, value] of [...fields].sort((a, b) => a[2] - b[2]))
      if (value !== ABSENT) row[key] = value
    return row
  })

/** What the schema returns for the answers, or null when it refuses one. */
function bySchema(rows: unknown[]): unknown {
  const parsed = z.array(answerSchema).safeParse(rows)
  return parsed.success ? parsed.data : null
}

describe('checkedAnswers (the answers fast path of serializeAssessmentFile)', () => {
  it('returns exactly what answerSchema returns — same keys in the same order — or null when it refuses', () => {
    fc.assert(
      fc.property(fc.array(answerLike, { maxLength: 4 }), (rows) => {
        const fast = checkedAnswers(rows)
        const slow = bySchema(rows)
        expect(fast === null).toBe(slow === null)
        // JSON text compares key order too (what the file is written from).
        expect(JSON.stringify(fast)).toBe(JSON.stringify(slow))
      }),
      { numRuns: 3000, seed: 15 }
    )
  })

  it('writes the defaults and the schema key order for a stored answer given in any order', () => {
    const row = {
      answeredAt: '2025-07-01T08:00:00.000Z',
      value: 3,
      questionId: 'q1',
      comment: 'ok'
    }
    expect(JSON.stringify(checkedAnswers([row]))).toBe(
      JSON.stringify([
        {
          questionId: 'q1',
          value: 3,
          comment: 'ok',
          evidence: [],
          flagged: false,
          carriedOver: false,
          answeredAt: '2025-07-01T08:00:00.000Z'
        }
      ])
    )
    expect(checkedAnswers([{ ...row, answeredBy: ' 王芳 ' }])?.[0]?.answeredBy).toBe('王芳')
    expect(checkedAnswers([row, { ...row, value: Infinity }])).toBeNull()
    expect(checkedAnswers([{ ...row, evidence: [{ ...file, size: 1.5 }] }])).toBeNull()
    expect(checkedAnswers([{ ...row, evidence: [file, { ...reference, page: 3 }] }])).toBeNull()
  })
})
