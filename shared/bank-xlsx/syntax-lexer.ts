/**
 * The tokenizer shared by the compact cell syntaxes (conditions, value lists). Authors type these
 * on Chinese keyboards, so the full-width forms an IME produces (（ ） ［ ］ ， “ ” ≥ ≤ ≠ ＝ ＞ ＜)
 * are read as their ASCII counterparts; the printers always write ASCII.
 */

import { SYNTAX_ENDS } from '../issues/catalogue/terms'
import type { IssueCode, IssueParams, IssueText } from '../util/issue-codes'
import { issueText, issueTexts } from '../util/issue-codes'

/**
 * What a compact-syntax parser returns: the value, or where (1-based character) and why it could
 * not read the text. `message` is the English of `problem`.
 */
export type SyntaxResult<T> =
  { ok: true; value: T } | { ok: false; position: number; message: string; problem: IssueText }

/** A syntax error at `position`: "at character 3: expected …". */
export function syntaxFailure(
  position: number,
  code: IssueCode,
  params?: IssueParams
): { ok: false; position: number; message: string; problem: IssueText } {
  const problem = atCharacter(position, issueText(code, params))
  return { ok: false, position, message: problem.message, problem }
}

const atCharacter = (position: number, detail: IssueText): IssueText =>
  issueText('syntax.atCharacter', { position, detail: issueTexts(detail) })

export type TokenKind = 'ident' | 'number' | 'string' | 'op' | 'punct' | 'end'

export interface Token {
  kind: TokenKind
  /** Normalised text: the identifier, the operator (`=`, `!=`, `>`, `>=`, `<`, `<=`), the punctuation. */
  text: string
  /** Parsed value of a number or string token. */
  value?: number | string
  /** 1-based character position in the source, for error messages. */
  position: number
}

export class CompactSyntaxError extends Error {
  readonly problem: IssueText
  constructor(
    readonly position: number,
    detail: IssueText
  ) {
    const problem = atCharacter(position, detail)
    super(problem.message)
    this.problem = problem
    this.name = 'CompactSyntaxError'
  }
}

const PUNCT: Record<string, string> = {
  '(': '(',
  ')': ')',
  '[': '[',
  ']': ']',
  ',': ',',
  '（': '(',
  '）': ')',
  '［': '[',
  '］': ']',
  '，': ','
}

/** Longest spellings first so `>=` wins over `>`. */
const OPERATORS: Array<[string, string]> = [
  ['>=', '>='],
  ['<=', '<='],
  ['!=', '!='],
  ['<>', '!='],
  ['==', '='],
  ['≥', '>='],
  ['≤', '<='],
  ['≠', '!='],
  ['=', '='],
  ['＝', '='],
  ['>', '>'],
  ['＞', '>'],
  ['<', '<'],
  ['＜', '<']
]

const IDENT = /^[A-Za-z_][A-Za-z0-9_.-]*/
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/
const CLOSING_QUOTE: Record<string, string> = { '"': '"', '“': '”', '”': '”' }

/** Splits `source` into tokens; throws {@link CompactSyntaxError} on a character it cannot read. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < source.length) {
    const ch = source.charAt(i)
    if (/\s/.test(ch)) {
      i++
      continue
    }
    const position = i + 1
    const rest = source.slice(i)
    const punct = PUNCT[ch]
    if (punct !== undefined) {
      tokens.push({ kind: 'punct', text: punct, position })
      i++
      continue
    }
    const op = OPERATORS.find(([spelling]) => rest.startsWith(spelling))
    if (op) {
      tokens.push({ kind: 'op', text: op[1], position })
      i += op[0].length
      continue
    }
    const closing = CLOSING_QUOTE[ch]
    if (closing !== undefined) {
      const [value, length] = readQuoted(source, i, closing)
      tokens.push({ kind: 'string', text: value, value, position })
      i += length
      continue
    }
    const number = NUMBER.exec(rest)
    if (number) {
      const text = number[0]
      tokens.push({ kind: 'number', text, value: Number(text), position })
      i += text.length
      continue
    }
    const ident = IDENT.exec(rest)
    if (ident) {
      tokens.push({ kind: 'ident', text: ident[0], position })
      i += ident[0].length
      continue
    }
    throw new CompactSyntaxError(
      position,
      issueText('syntax.unexpectedCharacter', { character: ch })
    )
  }
  tokens.push({ kind: 'end', text: '', position: source.length + 1 })
  return tokens
}

/** Reads a quoted text starting at `start`; `\"` and `\\` are escapes. Returns [value, length]. */
function readQuoted(source: string, start: number, closing: string): [string, number] {
  let value = ''
  let i = start + 1
  while (i < source.length) {
    const ch = source.charAt(i)
    if (ch === closing) return [value, i - start + 1]
    if (ch === '\\' && i + 1 < source.length) {
      value += source.charAt(i + 1)
      i += 2
      continue
    }
    value += ch
    i++
  }
  throw new CompactSyntaxError(start + 1, issueText('syntax.quoteNotClosed'))
}

/** A cursor over tokens with the small helpers every compact-syntax parser needs. */
export class TokenStream {
  private index = 0
  constructor(private readonly tokens: Token[]) {}

  peek(offset = 0): Token {
    const last = this.tokens[this.tokens.length - 1] as Token
    return this.tokens[this.index + offset] ?? last
  }

  next(): Token {
    const token = this.peek()
    if (token.kind !== 'end') this.index++
    return token
  }

  /** Whether the next token is this punctuation/operator, or this word (case-insensitive). */
  is(text: string, offset = 0): boolean {
    const token = this.peek(offset)
    if (token.kind === 'ident') return token.text.toLowerCase() === text
    return (token.kind === 'punct' || token.kind === 'op') && token.text === text
  }

  expect(text: string): Token {
    if (!this.is(text)) this.fail('syntax.expected', { expected: `"${text}"` })
    return this.next()
  }

  /** Fails at `token` (the next one by default), saying what it expected and what it found. */
  fail(code: IssueCode, params?: IssueParams, token: Token = this.peek()): never {
    const found = token.kind === 'end' ? SYNTAX_ENDS.text : `"${token.text}"`
    const detail = issueTexts(issueText(code, params))
    throw new CompactSyntaxError(token.position, issueText('syntax.found', { detail, found }))
  }
}
