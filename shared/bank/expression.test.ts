import { describe, expect, it } from 'vitest'
import type { BinaryOperator, ExpressionNode } from './expression'
import { expressionInputIds, expressionToString, parseExpression } from './expression'

function ast(text: string): ExpressionNode {
  const result = parseExpression(text)
  if (!result.ok) throw new Error(`${text}: ${result.message} at ${result.position}`)
  return result.ast
}

function failure(text: string): { message: string; position: number } {
  const result = parseExpression(text)
  if (result.ok) throw new Error(`${text} parsed unexpectedly`)
  return { message: result.message, position: result.position }
}

const ref = (id: string): ExpressionNode => ({ type: 'ref', id })
const num = (value: number): ExpressionNode => ({ type: 'num', value })
const bin = (op: BinaryOperator, left: ExpressionNode, right: ExpressionNode): ExpressionNode => ({
  type: 'binary',
  op,
  left,
  right
})
const neg = (operand: ExpressionNode): ExpressionNode => ({ type: 'unary', op: '-', operand })
const call = (fn: 'min' | 'max', ...args: ExpressionNode[]): ExpressionNode => ({
  type: 'call',
  fn,
  args
})

describe('parseExpression', () => {
  it('parses numbers, including decimals', () => {
    expect(ast('42')).toEqual(num(42))
    expect(ast('0.25')).toEqual(num(0.25))
    expect(ast('.5')).toEqual(num(0.5))
  })

  it('gives * and / precedence over + and -', () => {
    expect(ast('a + b * c')).toEqual(bin('+', ref('a'), bin('*', ref('b'), ref('c'))))
    expect(ast('a / b - c')).toEqual(bin('-', bin('/', ref('a'), ref('b')), ref('c')))
  })

  it('is left-associative', () => {
    expect(ast('a - b - c')).toEqual(bin('-', bin('-', ref('a'), ref('b')), ref('c')))
    expect(ast('a / b / c')).toEqual(ast('(a / b) / c'))
  })

  it('honours parentheses', () => {
    expect(ast('(a + b) * c')).toEqual(bin('*', bin('+', ref('a'), ref('b')), ref('c')))
  })

  it('parses unary minus, binding tighter than * and nesting', () => {
    expect(ast('-a')).toEqual({ type: 'unary', op: '-', operand: ref('a') })
    expect(ast('-a * b')).toEqual(bin('*', neg(ref('a')), ref('b')))
    expect(ast('a - -b')).toEqual(bin('-', ref('a'), neg(ref('b'))))
    expect(ast('--2')).toEqual(neg(neg(num(2))))
  })

  it('parses min and max with one or several arguments', () => {
    expect(ast('min(a)')).toEqual({ type: 'call', fn: 'min', args: [ref('a')] })
    expect(ast('max(a, b / 2, 3, min(c, d))')).toEqual(
      call('max', ref('a'), bin('/', ref('b'), num(2)), num(3), call('min', ref('c'), ref('d')))
    )
  })

  it('accepts identifiers [A-Za-z_][A-Za-z0-9_]* and ignores whitespace', () => {
    expect(ast(' S_ok\t/\nS_imp ')).toEqual(bin('/', ref('S_ok'), ref('S_imp')))
    expect(ast('_x1 + R2_total')).toEqual(bin('+', ref('_x1'), ref('R2_total')))
  })

  it('reports an expression that ends too early, at the end position', () => {
    const { message, position } = failure('a +')
    expect(position).toBe(3)
    expect(message).toMatch(/ends too early/)
  })

  it('reports an unclosed call', () => {
    expect(failure('max(')).toEqual({
      message: expect.stringMatching(/ends too early/),
      position: 4
    })
    expect(failure('max(a, b')).toEqual({
      message: expect.stringMatching(/expected "\)" to close "max\("/),
      position: 8
    })
  })

  it('refuses ** (there is no power operator)', () => {
    const { message, position } = failure('2 ** 3')
    expect(position).toBe(3)
    expect(message).toMatch(/unexpected "\*"/)
  })

  it('refuses __proto__ and other reserved names', () => {
    expect(failure('__proto__')).toEqual({
      message: expect.stringMatching(/reserved/),
      position: 0
    })
    expect(failure('a + constructor')).toEqual({
      message: expect.stringMatching(/reserved/),
      position: 4
    })
    expect(failure('prototype').message).toMatch(/reserved/)
  })

  it('refuses unknown functions, naming them', () => {
    expect(failure('abs(a)')).toEqual({
      message: 'unknown function "abs" (only min and max are available)',
      position: 0
    })
    expect(failure('1 + eval(a)').position).toBe(4)
  })

  it('refuses min/max without arguments and a bare min', () => {
    expect(failure('min()').position).toBe(4)
    expect(failure('min + 1').message).toMatch(/is a function/)
  })

  it('refuses characters outside the language', () => {
    expect(failure('a.b')).toEqual({ message: 'unexpected character "."', position: 1 })
    expect(failure('a-b.c').position).toBe(3)
    expect(failure('$a').position).toBe(0)
    expect(failure('a["x"]').position).toBe(1)
    expect(failure('1e3').message).toMatch(/unexpected "e3"/)
    expect(failure('a = 1').position).toBe(2)
    expect(failure('3.').message).toMatch(/digit must follow/)
  })

  it('refuses a trailing operand or unbalanced parentheses', () => {
    expect(failure('a b').position).toBe(2)
    expect(failure('(a + b').position).toBe(6)
    expect(failure('a + b)').position).toBe(5)
    expect(failure('')).toEqual({ message: expect.stringMatching(/ends too early/), position: 0 })
    expect(failure('*a').position).toBe(0)
  })

  it('limits nesting depth instead of overflowing the stack', () => {
    expect(failure(`${'('.repeat(200)}1${')'.repeat(200)}`).message).toMatch(/nested/)
    expect(failure('-'.repeat(200) + '1').message).toMatch(/nested/)
  })
})

describe('expressionInputIds', () => {
  it('lists each input once, in order of first appearance', () => {
    expect(expressionInputIds(ast('min(b, a) / (a + c) - 2 * b'))).toEqual(['b', 'a', 'c'])
    expect(expressionInputIds(ast('1 + 2'))).toEqual([])
  })
})

describe('expressionToString', () => {
  it('round-trips through the parser with minimal parentheses', () => {
    for (const text of [
      'a + b * c',
      '(a + b) * c',
      'a - (b - c)',
      'a / (b * c)',
      '-(a + b) / max(c, 1, d - e)',
      '-a * -b',
      'min(a)'
    ]) {
      const printed = expressionToString(ast(text))
      expect(printed).toBe(text)
      expect(ast(printed)).toEqual(ast(text))
    }
    expect(expressionToString(ast('((a)) + (b * c)'))).toBe('a + b * c')
  })
})
