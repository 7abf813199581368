/**
 * The tiny arithmetic language of `expression` factor formulas: numbers, input ids, + − × ÷,
 * unary minus, parentheses, min(…) and max(…). It is parsed here into an AST (never evaluated
 * with eval/Function); the scoring engine evaluates the AST and the report renders it to Excel.
 *
 * Grammar (whitespace between tokens is ignored):
 *   expression := term (('+' | '-') term)*
 *   term       := unary (('*' | '/') unary)*
 *   unary      := '-' unary | primary
 *   primary    := number | identifier | call | '(' expression ')'
 *   call       := ('min' | 'max') '(' expression (',' expression)* ')'
 *   number     := digits ['.' digits] | '.' digits
 *   identifier := [A-Za-z_][A-Za-z0-9_]*
 */

import { SYNTAX_ENDS } from '../issues/catalogue/terms'
import type { IssueParams, IssueText } from '../util/issue-codes'
import { issueText, TextProblem } from '../util/issue-codes'

export type BinaryOperator = '+' | '-' | '*' | '/'
export type ExpressionFunction = 'min' | 'max'

export type ExpressionNode =
  | { type: 'num'; value: number }
  | { type: 'ref'; id: string }
  | { type: 'unary'; op: '-'; operand: ExpressionNode }
  | { type: 'binary'; op: BinaryOperator; left: ExpressionNode; right: ExpressionNode }
  | { type: 'call'; fn: ExpressionFunction; args: ExpressionNode[] }

export type ExpressionParseResult =
  | { ok: true; ast: ExpressionNode }
  | {
      ok: false
      /** Why, in English; `problem` is the same as a coded problem. */
      message: string
      problem: IssueText
      /** 0-based character offset of the offending token (the text length when input ended early). */
      position: number
    }

export const EXPRESSION_FUNCTIONS: readonly ExpressionFunction[] = ['min', 'max']

/**
 * Names that can never be input references: an evaluator that looks values up in a plain object
 * would otherwise reach Object.prototype through them.
 */
const RESERVED_NAMES = new Set(['__proto__', 'prototype', 'constructor'])

/** Deep enough for any real formula, shallow enough that recursion cannot blow the stack. */
const MAX_DEPTH = 64
const MAX_LENGTH = 2000

type Token =
  | { kind: 'num'; value: number; text: string; pos: number }
  | { kind: 'ident'; text: string; pos: number }
  | { kind: 'op'; text: '+' | '-' | '*' | '/' | '(' | ')' | ','; pos: number }
  | { kind: 'end'; text: ''; pos: number }

/** A problem in an expression; `at` is its 0-based character offset. */
class ExpressionSyntaxError extends TextProblem {}

const isDigit = (c: string): boolean => c >= '0' && c <= '9'
const isIdentStart = (c: string): boolean =>
  (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c === '_'
const isIdentPart = (c: string): boolean => isIdentStart(c) || isDigit(c)

function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++
      continue
    }
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1] ?? ''))) {
      const start = i
      while (isDigit(text[i] ?? '')) i++
      if (text[i] === '.') {
        i++
        if (!isDigit(text[i] ?? '')) throw new ExpressionSyntaxError(i, 'syntax.decimalDigit')
        while (isDigit(text[i] ?? '')) i++
      }
      const numberText = text.slice(start, i)
      tokens.push({ kind: 'num', value: Number(numberText), text: numberText, pos: start })
      continue
    }
    if (isIdentStart(c)) {
      const start = i
      while (isIdentPart(text[i] ?? '')) i++
      tokens.push({ kind: 'ident', text: text.slice(start, i), pos: start })
      continue
    }
    if (c === '+' || c === '-' || c === '*' || c === '/' || c === '(' || c === ')' || c === ',') {
      tokens.push({ kind: 'op', text: c, pos: i })
      i++
      continue
    }
    throw new ExpressionSyntaxError(i, 'syntax.unexpectedCharacter', { character: c })
  }
  tokens.push({ kind: 'end', text: '', pos: text.length })
  return tokens
}

function describe(token: Token): IssueParams[string] {
  return token.kind === 'end' ? SYNTAX_ENDS.expression : `"${token.text}"`
}

class Parser {
  private index = 0
  private depth = 0

  constructor(private readonly tokens: Token[]) {}

  parseAll(): ExpressionNode {
    const node = this.expression()
    const next = this.peek()
    if (next.kind !== 'end') {
      throw new ExpressionSyntaxError(next.pos, 'syntax.expectedOperator', {
        found: describe(next)
      })
    }
    return node
  }

  private peek(): Token {
    return this.tokens[this.index]!
  }

  private take(): Token {
    const token = this.tokens[this.index]!
    if (token.kind !== 'end') this.index++
    return token
  }

  private isOp(text: string): boolean {
    const token = this.peek()
    return token.kind === 'op' && token.text === text
  }

  private enter(pos: number): void {
    this.depth++
    if (this.depth > MAX_DEPTH)
      throw new ExpressionSyntaxError(pos, 'syntax.tooDeep', { maximum: MAX_DEPTH })
  }

  private expression(): ExpressionNode {
    this.enter(this.peek().pos)
    let left = this.term()
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.take().text as '+' | '-'
      left = { type: 'binary', op, left, right: this.term() }
    }
    this.depth--
    return left
  }

  private term(): ExpressionNode {
    let left = this.unary()
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.take().text as '*' | '/'
      left = { type: 'binary', op, left, right: this.unary() }
    }
    return left
  }

  private unary(): ExpressionNode {
    if (this.isOp('-')) {
      const minus = this.take()
      this.enter(minus.pos)
      const operand = this.unary()
      this.depth--
      return { type: 'unary', op: '-', operand }
    }
    return this.primary()
  }

  private primary(): ExpressionNode {
    const token = this.take()
    switch (token.kind) {
      case 'num':
        return { type: 'num', value: token.value }
      case 'ident':
        return this.identifier(token)
      case 'op':
        if (token.text === '(') {
          const inner = this.expression()
          this.expect(')', '(')
          return inner
        }
        throw new ExpressionSyntaxError(token.pos, 'syntax.expectedOperand', {
          found: describe(token)
        })
      case 'end':
        throw new ExpressionSyntaxError(token.pos, 'syntax.endsEarly')
    }
  }

  private identifier(token: Extract<Token, { kind: 'ident' }>): ExpressionNode {
    const name = token.text
    if (this.isOp('(')) {
      if (name !== 'min' && name !== 'max') {
        throw new ExpressionSyntaxError(token.pos, 'syntax.unknownFunction', { name })
      }
      this.take()
      const args = [this.expression()]
      while (this.isOp(',')) {
        this.take()
        args.push(this.expression())
      }
      this.expect(')', `${name}(`)
      return { type: 'call', fn: name, args }
    }
    if (name === 'min' || name === 'max') {
      throw new ExpressionSyntaxError(token.pos, 'syntax.functionNeedsCall', { name })
    }
    if (RESERVED_NAMES.has(name)) {
      throw new ExpressionSyntaxError(token.pos, 'syntax.reservedName', { name })
    }
    return { type: 'ref', id: name }
  }

  /** The closing `text` of `opening`, or a syntax error. */
  private expect(text: string, opening: string): void {
    const token = this.peek()
    if (token.kind === 'op' && token.text === text) {
      this.take()
      return
    }
    throw new ExpressionSyntaxError(token.pos, 'syntax.unclosed', {
      closing: text,
      opening,
      found: describe(token)
    })
  }
}

/**
 * Parses an expression formula into an AST. Never throws: a syntax error comes back with a
 * message and the character position where it was found.
 */
export function parseExpression(text: string): ExpressionParseResult {
  if (text.length > MAX_LENGTH) {
    const problem = issueText('syntax.tooLong', { maximum: MAX_LENGTH })
    return { ok: false, message: problem.message, problem, position: MAX_LENGTH }
  }
  try {
    return { ok: true, ast: new Parser(tokenize(text)).parseAll() }
  } catch (error) {
    if (error instanceof ExpressionSyntaxError) {
      return {
        ok: false,
        message: error.message,
        problem: error.problem,
        position: error.at
      }
    }
    throw error
  }
}

/** The input ids an expression reads, each once, in order of first appearance. */
export function expressionInputIds(ast: ExpressionNode): string[] {
  const seen = new Set<string>()
  const visit = (node: ExpressionNode): void => {
    switch (node.type) {
      case 'num':
        return
      case 'ref':
        seen.add(node.id)
        return
      case 'unary':
        visit(node.operand)
        return
      case 'binary':
        visit(node.left)
        visit(node.right)
        return
      case 'call':
        node.args.forEach(visit)
        return
    }
  }
  visit(ast)
  return [...seen]
}

const PRECEDENCE: Record<BinaryOperator, number> = { '+': 1, '-': 1, '*': 2, '/': 2 }

/**
 * Renders an AST back to text with only the parentheses it needs; parsing the result gives the
 * same AST. Used for display and for round-trip tests.
 */
export function expressionToString(ast: ExpressionNode): string {
  const render = (
    node: ExpressionNode,
    parentPrecedence: number,
    rightOperand: boolean
  ): string => {
    switch (node.type) {
      case 'num':
        return String(node.value)
      case 'ref':
        return node.id
      case 'unary': {
        const inner = render(node.operand, 3, false)
        return `-${inner}`
      }
      case 'call':
        return `${node.fn}(${node.args.map((arg) => render(arg, 0, false)).join(', ')})`
      case 'binary': {
        const own = PRECEDENCE[node.op]
        const text = `${render(node.left, own, false)} ${node.op} ${render(node.right, own, true)}`
        // Left-associative: a right operand of equal precedence keeps its parentheses (a − (b − c)).
        const needsParens = own < parentPrecedence || (rightOperand && own === parentPrecedence)
        return needsParens ? `(${text})` : text
      }
    }
  }
  return render(ast, 0, false)
}
