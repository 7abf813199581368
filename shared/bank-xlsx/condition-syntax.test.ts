import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { conditionSchema, type Condition } from '../bank/conditions'
import { parseCondition, parseValueList, printCondition, printValue } from './condition-syntax'

function parsed(source: string): Condition {
  const result = parseCondition(source)
  if (!result.ok) throw new Error(`${source}: ${result.message}`)
  return result.value
}

describe('parseCondition', () => {
  it('reads the example from the docs', () => {
    expect(parsed('C7.01 >= 2 and (A1.05 = yes or A1.05 = partial)')).toEqual({
      all: [
        { question: 'C7.01', gte: 2 },
        {
          any: [
            { question: 'A1.05', equals: 'yes' },
            { question: 'A1.05', equals: 'partial' }
          ]
        }
      ]
    })
  })

  it('reads every leaf operator', () => {
    expect(parsed('a = 1')).toEqual({ question: 'a', equals: 1 })
    expect(parsed('a = "1"')).toEqual({ question: 'a', equals: '1' })
    expect(parsed('a = true')).toEqual({ question: 'a', equals: true })
    expect(parsed('a != no')).toEqual({ question: 'a', notEquals: 'no' })
    expect(parsed('a <> no')).toEqual({ question: 'a', notEquals: 'no' })
    expect(parsed('a > -1.5')).toEqual({ question: 'a', gt: -1.5 })
    expect(parsed('a>=2')).toEqual({ question: 'a', gte: 2 })
    expect(parsed('a < 3')).toEqual({ question: 'a', lt: 3 })
    expect(parsed('a <= 1e3')).toEqual({ question: 'a', lte: 1000 })
    expect(parsed('a in [x, 2, "y z"]')).toEqual({ question: 'a', in: ['x', 2, 'y z'] })
    expect(parsed('answered(C1.01)')).toEqual({ question: 'C1.01', answered: true })
    expect(parsed('unanswered(C1.01)')).toEqual({ question: 'C1.01', unanswered: true })
    expect(parsed('na(C1.01)')).toEqual({ question: 'C1.01', na: true })
    expect(parsed('not na(C1.01)')).toEqual({ not: { question: 'C1.01', na: true } })
  })

  it('gives and a higher precedence than or, and keeps parenthesised groups', () => {
    expect(parsed('a = 1 or b = 2 and c = 3')).toEqual({
      any: [
        { question: 'a', equals: 1 },
        {
          all: [
            { question: 'b', equals: 2 },
            { question: 'c', equals: 3 }
          ]
        }
      ]
    })
    expect(parsed('a = 1 and (b = 2 and c = 3)')).toEqual({
      all: [
        { question: 'a', equals: 1 },
        {
          all: [
            { question: 'b', equals: 2 },
            { question: 'c', equals: 3 }
          ]
        }
      ]
    })
    expect(parsed('all(a = 1)')).toEqual({ all: [{ question: 'a', equals: 1 }] })
    expect(parsed('any(a = 1, b = 2)')).toEqual({
      any: [
        { question: 'a', equals: 1 },
        { question: 'b', equals: 2 }
      ]
    })
  })

  it('accepts the full-width forms a Chinese keyboard types, and any case of the words', () => {
    expect(parsed('（a ≥ 2 AND b ＝ “是”） Or c in ［1，2］')).toEqual(
      parsed('(a >= 2 and b = "是") or c in [1, 2]')
    )
  })

  it('reads reserved words as question ids where a comparison follows them', () => {
    expect(parsed('not = 1')).toEqual({ question: 'not', equals: 1 })
    expect(parsed('not in [1]')).toEqual({ question: 'not', in: [1] })
    expect(parsed('not in = 1')).toEqual({ not: { question: 'in', equals: 1 } })
    expect(parsed('and = 1 and or = 2')).toEqual({
      all: [
        { question: 'and', equals: 1 },
        { question: 'or', equals: 2 }
      ]
    })
  })

  it('reports syntax errors with their character position', () => {
    expect(parseCondition('C1.01 >= ')).toMatchObject({
      ok: false,
      position: 10,
      message:
        'at character 10: expected a value (a number, a word or "quoted text"), found the end of the text',
      problem: {
        code: 'syntax.atCharacter',
        params: {
          position: 10,
          detail: { 'zh-CN': '此处应为取值（数字、单词或“带引号的文字”），却遇到文本结尾' }
        }
      }
    })
    expect(parseCondition('(a = 1')).toMatchObject({ ok: false, position: 7 })
    expect(parseCondition('a = 1 b = 2')).toMatchObject({ ok: false, position: 7 })
    expect(parseCondition('a > yes')).toMatchObject({ ok: false, position: 3 })
    expect(parseCondition('a in [true]')).toMatchObject({ ok: false, position: 7 })
    expect(parseCondition('a = "open')).toMatchObject({ ok: false, position: 5 })
    expect(parseCondition('a = 1 & b = 2')).toMatchObject({ ok: false, position: 7 })
    expect(parseCondition('sum(a)')).toMatchObject({ ok: false, position: 1 })
    expect(parseCondition('   ')).toMatchObject({ ok: false, message: 'is empty' })
  })
})

describe('parseValueList', () => {
  it('reads lists with or without brackets and keeps quoted numbers as texts', () => {
    expect(parseValueList('no, partial')).toEqual({ ok: true, value: ['no', 'partial'] })
    expect(parseValueList('[0, "1"]')).toEqual({ ok: true, value: [0, '1'] })
    expect(parseValueList('no partial')).toMatchObject({ ok: false, position: 4 })
  })
})

describe('printValue', () => {
  it('quotes what would not read back as the same text', () => {
    expect(printValue('yes')).toBe('yes')
    expect(printValue('true')).toBe('"true"')
    expect(printValue('2')).toBe('"2"')
    expect(printValue('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"')
    expect(printValue(-0)).toBe('-0')
  })
})

const ids = fc.oneof(
  fc.constantFrom('C7.01', 'A1.05', 'q', 'not', 'and', 'or', 'in', 'na', 'all', 'any', 'TRUE'),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,8}$/)
)
const numbers = fc.double({ noNaN: true, noDefaultInfinity: true })
const texts = fc.oneof(fc.string(), fc.constantFrom('yes', 'no', 'true', 'and', '是', '"', '\\'))
const scalars = fc.oneof(numbers, texts, fc.boolean())

const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({ question: ids, equals: scalars }),
  fc.record({ question: ids, notEquals: scalars }),
  fc.record({
    question: ids,
    in: fc.array(fc.oneof(numbers, texts), { minLength: 1, maxLength: 4 })
  }),
  fc.record({ question: ids, gt: numbers }),
  fc.record({ question: ids, gte: numbers }),
  fc.record({ question: ids, lt: numbers }),
  fc.record({ question: ids, lte: numbers }),
  fc.record({ question: ids, answered: fc.constant(true as const) }),
  fc.record({ question: ids, unanswered: fc.constant(true as const) }),
  fc.record({ question: ids, na: fc.constant(true as const) })
)

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('condition') })
  )
}))

describe('printCondition ∘ parseCondition', () => {
  it('round-trips every generated condition exactly', () => {
    fc.assert(
      fc.property(condition, (c) => {
        expect(conditionSchema.safeParse(c).success).toBe(true)
        const text = printCondition(c)
        const back = parseCondition(text)
        expect(back).toEqual({ ok: true, value: c })
        if (back.ok) expect(Object.is(JSON.stringify(back.value), JSON.stringify(c))).toBe(true)
      }),
      { numRuns: 2000 }
    )
  })
})
