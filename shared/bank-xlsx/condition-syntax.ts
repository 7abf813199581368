/**
 * The compact condition syntax of the `visible_when` and `when` columns, e.g.
 * `C7.01 >= 2 and (A1.05 = yes or A1.05 = partial)`. Grammar (lowest precedence first):
 *
 *   or      := and ("or" and)*
 *   and     := unary ("and" unary)*
 *   unary   := "not" unary | primary
 *   primary := "(" or ")" | fn "(" id ")" | group "(" or ("," or)* ")" | id op value | id "in" "[" list "]"
 *   fn      := answered | unanswered | na          group := all | any
 *   op      := = | != | > | >= | < | <=            value := number | "text" | bare-word | true | false
 *
 * A chain `a and b and c` is one `all`; parentheses keep a nested group nested, so printing and
 * parsing round-trip exactly. Words are case-insensitive. Nothing is evaluated: this is a parser.
 */
import type { Condition } from '../bank/conditions'
import { issueText } from '../util/issue-codes'
import type { SyntaxResult } from './syntax-lexer'
import { CompactSyntaxError, TokenStream, tokenize, type Token } from './syntax-lexer'

type Scalar = string | number | boolean
type Leaf = Extract<Condition, { question: string }>

const COMPARISONS: Record<string, string> = {
  '=': 'equals',
  '!=': 'notEquals',
  '>': 'gt',
  '>=': 'gte',
  '<': 'lt',
  '<=': 'lte'
}
const PRESENCE = ['answered', 'unanswered', 'na'] as const
/** Words a bare value may not spell, so the printer quotes them. */
const RESERVED = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'all', 'any', ...PRESENCE])
const BARE_WORD = /^[A-Za-z_][A-Za-z0-9_.-]*$/

/** Parses a condition; a syntax error carries its 1-based character position. */
export function parseCondition(source: string): SyntaxResult<Condition> {
  return runParser(source, (stream) => parseOr(stream))
}

/** Parses a comma-separated list of values such as `no, partial` or `[0, 1]` (no booleans). */
export function parseValueList(source: string): SyntaxResult<Array<string | number>> {
  return runParser(source, (stream) => {
    const bracketed = stream.is('[')
    if (bracketed) stream.next()
    const values = parseListItems(stream, bracketed ? ']' : 'end')
    if (bracketed) stream.expect(']')
    return values
  })
}

function runParser<T>(source: string, parse: (stream: TokenStream) => T): SyntaxResult<T> {
  try {
    const stream = new TokenStream(tokenize(source))
    if (stream.peek().kind === 'end') {
      const problem = issueText('syntax.empty')
      return { ok: false, position: 1, message: problem.message, problem }
    }
    const value = parse(stream)
    if (stream.peek().kind !== 'end') stream.fail('syntax.expectedAndOr')
    return { ok: true, value }
  } catch (error) {
    if (error instanceof CompactSyntaxError)
      return {
        ok: false,
        position: error.position,
        message: error.message,
        problem: error.problem
      }
    throw error
  }
}

/** `item (word item)*`: a lone item as it is, several joined by `join`. */
function parseSeries(
  stream: TokenStream,
  word: 'or' | 'and',
  parseItem: (stream: TokenStream) => Condition,
  join: (items: Condition[]) => Condition
): Condition {
  const items = [parseItem(stream)]
  while (stream.is(word)) {
    stream.next()
    items.push(parseItem(stream))
  }
  return items.length === 1 ? (items[0] as Condition) : join(items)
}

function parseOr(stream: TokenStream): Condition {
  return parseSeries(stream, 'or', parseAnd, (any) => ({ any }))
}

function parseAnd(stream: TokenStream): Condition {
  return parseSeries(stream, 'and', parseUnary, (all) => ({ all }))
}

/** `not` is a question id when a comparison follows it (`not = 1`, `not in [..]`). */
function startsComparison(stream: TokenStream, offset: number): boolean {
  const token = stream.peek(offset)
  return token.kind === 'op' || (stream.is('in', offset) && stream.is('[', offset + 1))
}

function parseUnary(stream: TokenStream): Condition {
  if (stream.is('not') && !startsComparison(stream, 1)) {
    stream.next()
    return { not: parseUnary(stream) }
  }
  return parsePrimary(stream)
}

function parsePrimary(stream: TokenStream): Condition {
  if (stream.is('(')) {
    stream.next()
    const inner = parseOr(stream)
    stream.expect(')')
    return inner
  }
  const token = stream.peek()
  if (token.kind !== 'ident') stream.fail('syntax.expectedConditionStart')
  const word = token.text.toLowerCase()
  if (stream.is('(', 1)) {
    if (word === 'all' || word === 'any') return parseGroup(stream, word)
    const presence = PRESENCE.find((name) => name === word)
    if (presence !== undefined) return parsePresence(stream, presence)
    stream.fail('syntax.notConditionFunction', { name: token.text })
  }
  stream.next()
  return parseComparison(stream, token.text)
}

function parseGroup(stream: TokenStream, word: 'all' | 'any'): Condition {
  stream.next()
  stream.next()
  const items = [parseOr(stream)]
  while (stream.is(',')) {
    stream.next()
    items.push(parseOr(stream))
  }
  stream.expect(')')
  return word === 'all' ? { all: items } : { any: items }
}

function parsePresence(stream: TokenStream, name: (typeof PRESENCE)[number]): Condition {
  stream.next()
  stream.next()
  const id = stream.peek()
  if (id.kind !== 'ident') stream.fail('syntax.expectedQuestionId')
  stream.next()
  stream.expect(')')
  if (name === 'answered') return { question: id.text, answered: true }
  if (name === 'unanswered') return { question: id.text, unanswered: true }
  return { question: id.text, na: true }
}

function parseComparison(stream: TokenStream, question: string): Condition {
  if (stream.is('in')) {
    stream.next()
    if (!stream.is('[')) stream.fail('syntax.expectedBracketAfterIn')
    stream.next()
    const values = parseListItems(stream, ']')
    stream.expect(']')
    return { question, in: values }
  }
  const op = stream.peek()
  const key = op.kind === 'op' ? COMPARISONS[op.text] : undefined
  if (key === undefined) stream.fail('syntax.expectedComparison', { question })
  stream.next()
  const value = parseValue(stream)
  if (key === 'equals' || key === 'notEquals') return { question, [key]: value } as Leaf
  if (typeof value !== 'number') stream.fail('syntax.comparesNumbers', { op: op.text }, op)
  return { question, [key]: value } as Leaf
}

function parseValue(stream: TokenStream): Scalar {
  const token: Token = stream.peek()
  if (token.kind === 'number' || token.kind === 'string') {
    stream.next()
    return token.value as Scalar
  }
  if (token.kind === 'ident') {
    stream.next()
    const word = token.text.toLowerCase()
    if (word === 'true' || word === 'false') return word === 'true'
    return token.text
  }
  return stream.fail('syntax.expectedValue')
}

function parseListItems(stream: TokenStream, closing: string): Array<string | number> {
  const values: Array<string | number> = []
  for (;;) {
    const token = stream.peek()
    const value = parseValue(stream)
    if (typeof value === 'boolean') stream.fail('syntax.listNoBooleans', {}, token)
    values.push(value)
    if (!stream.is(',')) break
    stream.next()
  }
  if (closing === 'end' && stream.peek().kind !== 'end') stream.fail('syntax.expectedCommaOrEnd')
  return values
}

/** Prints a condition in the compact syntax; `parseCondition(printCondition(c))` deep-equals `c`. */
export function printCondition(condition: Condition): string {
  if ('any' in condition) {
    if (condition.any.length === 1) return `any(${printCondition(condition.any[0] as Condition)})`
    return condition.any.map((item) => printOperand(item)).join(' or ')
  }
  if ('all' in condition) {
    if (condition.all.length === 1) return `all(${printCondition(condition.all[0] as Condition)})`
    return condition.all.map((item) => printOperand(item)).join(' and ')
  }
  if ('not' in condition) return `not ${printOperand(condition.not)}`
  return printLeaf(condition)
}

/** Parenthesises groups that would otherwise merge into (or bind looser than) their parent. */
function printOperand(condition: Condition): string {
  const text = printCondition(condition)
  const multiAny = 'any' in condition && condition.any.length > 1
  const multiAll = 'all' in condition && condition.all.length > 1
  return multiAny || multiAll ? `(${text})` : text
}

function printLeaf(leaf: Leaf): string {
  const q = leaf.question
  if ('answered' in leaf) return `answered(${q})`
  if ('unanswered' in leaf) return `unanswered(${q})`
  if ('na' in leaf) return `na(${q})`
  if ('in' in leaf) return `${q} in [${printValueList(leaf.in)}]`
  if ('equals' in leaf) return `${q} = ${printValue(leaf.equals)}`
  if ('notEquals' in leaf) return `${q} != ${printValue(leaf.notEquals)}`
  if ('gt' in leaf) return `${q} > ${printValue(leaf.gt)}`
  if ('gte' in leaf) return `${q} >= ${printValue(leaf.gte)}`
  if ('lt' in leaf) return `${q} < ${printValue(leaf.lt)}`
  return `${q} <= ${printValue(leaf.lte)}`
}

/** Prints values separated by `, `; `parseValueList` reads it back. */
export function printValueList(values: ReadonlyArray<string | number>): string {
  return values.map(printValue).join(', ')
}

/** A value as the parser reads it back: numbers plain, safe words bare, anything else quoted. */
export function printValue(value: Scalar): string {
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value)
  if (BARE_WORD.test(value) && !RESERVED.has(value.toLowerCase())) return value
  return `"${value.replace(/[\\"]/g, (ch) => `\\${ch}`)}"`
}
