import type { ParseResult, ValidationIssue } from './validation'
import type { IssueCode, IssueParam, IssueParams, IssueText } from './issue-codes'
import { issueText, issueTexts, TextProblem } from './issue-codes'
import { fieldIssue, formatPath, issueAt, wholeFileIssue } from './validation'

/**
 * Reading JSON that other people made (bank and assessment files are untrusted input,
 * reliability.md XLS-08): a size cap before parsing, a nesting-depth cap, syntax errors reported
 * by line and column, and no `__proto__` / `constructor` / `prototype` keys anywhere.
 */

/** 32 MiB of text: far above any real assessment or bank, low enough to refuse a runaway file early. */
export const DEFAULT_MAX_JSON_CHARS = 32 * 1024 * 1024
/** The deepest legitimate nesting in our formats is about 8; 32 leaves room and stops stack abuse. */
export const DEFAULT_MAX_JSON_DEPTH = 32
/** Keys that could reach Object.prototype or a constructor if a consumer ever merged the data. */
export const FORBIDDEN_JSON_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype']

export interface JsonTextOptions {
  maxChars?: number
  maxDepth?: number
}

/** A JSON syntax problem, located for a person reading the file in an editor (1-based). */
export interface JsonSyntaxError {
  offset: number
  line: number
  column: number
  /** Why, in English; `problem` is the same as a coded problem. */
  message: string
  problem: IssueText
}

/** A problem in JSON text; `at` is its character offset. */
class SyntaxProblem extends TextProblem {}

/** 1-based line and column of a character offset (a column counts UTF-16 code units). */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      lineStart = i + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}

const THE_END = { 'zh-CN': '文本结尾', 'en-US': 'the end of the text' }
const A_LINE_BREAK = { 'zh-CN': '换行符', 'en-US': 'a line break' }

function describeChar(ch: string | undefined): IssueParam {
  if (ch === undefined) return THE_END
  if (ch === '\n') return A_LINE_BREAK
  return `"${ch}"`
}

/**
 * A strict JSON grammar check (RFC 8259) that stops at the first problem or at a nesting deeper
 * than `maxDepth`. JSON.parse builds the value; this only finds *where* a file is broken, because
 * engines differ in whether (and how) their messages give a position.
 */
function scanJson(text: string, maxDepth: number): void {
  let i = 0
  const fail = (code: IssueCode, params?: IssueParams, at = i): never => {
    throw new SyntaxProblem(at, code, params)
  }
  const skipWhitespace = (): void => {
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 32 || c === 9 || c === 10 || c === 13) i++
      else break
    }
  }
  const expectColon = (): void => {
    if (text[i] !== ':') fail('json.expectedColon', { found: describeChar(text[i]) })
    i++
  }
  const scanString = (): void => {
    const start = i
    i++ // opening quote
    for (;;) {
      const ch = text[i]
      if (ch === undefined) fail('json.unterminatedString', {}, start)
      if (ch === '"') {
        i++
        return
      }
      if (ch === '\\') {
        const esc = text[i + 1]
        if (esc === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('json.badUnicodeEscape')
          i += 6
        } else if (esc !== undefined && '"\\/bfnrt'.includes(esc)) i += 2
        else fail('json.badEscape', { escape: esc ?? '' })
        continue
      }
      if (text.charCodeAt(i) < 0x20) fail('json.controlCharacter')
      i++
    }
  }
  const scanDigits = (): number => {
    const start = i
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++
    return i - start
  }
  const scanNumber = (): void => {
    if (text[i] === '-') i++
    if (text[i] === '0') i++
    else if (scanDigits() === 0) fail('json.invalidNumber')
    if (text[i] === '.') {
      i++
      if (scanDigits() === 0) fail('json.fractionDigits')
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++
      if (text[i] === '+' || text[i] === '-') i++
      if (scanDigits() === 0) fail('json.exponentDigits')
    }
  }
  const scanLiteral = (word: string): void => {
    if (text.slice(i, i + word.length) !== word)
      fail('json.unexpected', { found: describeChar(text[i]) })
    i += word.length
  }
  const scanValue = (depth: number): void => {
    skipWhitespace()
    const ch = text[i]
    switch (ch) {
      case '{':
      case '[':
        if (depth >= maxDepth) fail('json.tooDeep', { maximum: maxDepth })
        if (ch === '{') scanObject(depth + 1)
        else scanArray(depth + 1)
        return
      case '"':
        scanString()
        return
      case 't':
        scanLiteral('true')
        return
      case 'f':
        scanLiteral('false')
        return
      case 'n':
        scanLiteral('null')
        return
      default:
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
          scanNumber()
          return
        }
        if (ch === undefined) fail('json.valueMissing')
        fail('json.unexpected', { found: describeChar(ch) })
    }
  }
  /** An object or an array: `member` reads one member; commas between, none after the last. */
  const scanMembers = (close: '}' | ']', member: () => void): void => {
    i++ // { or [
    skipWhitespace()
    if (text[i] === close) {
      i++
      return
    }
    for (;;) {
      member()
      skipWhitespace()
      if (text[i] === ',') {
        const comma = i
        i++
        skipWhitespace()
        if (text[i] === close) fail('json.trailingComma', { bracket: close }, comma)
        continue
      }
      if (text[i] === close) {
        i++
        return
      }
      fail('json.expectedCommaOr', { bracket: close, found: describeChar(text[i]) })
    }
  }
  const scanObject = (depth: number): void =>
    scanMembers('}', () => {
      skipWhitespace()
      if (text[i] !== '"') fail('json.expectedPropertyName', { found: describeChar(text[i]) })
      scanString()
      skipWhitespace()
      expectColon()
      scanValue(depth)
    })
  const scanArray = (depth: number): void => scanMembers(']', () => scanValue(depth))

  scanValue(0)
  skipWhitespace()
  if (i < text.length) fail('json.afterEnd', { found: describeChar(text[i]) })
}

/** Finds the first syntax problem in a JSON text (or a nesting deeper than `maxDepth`), if any. */
export function findJsonSyntaxError(
  text: string,
  maxDepth = DEFAULT_MAX_JSON_DEPTH
): JsonSyntaxError | null {
  try {
    scanJson(text, maxDepth)
    return null
  } catch (error) {
    if (!(error instanceof SyntaxProblem)) throw error
    return {
      offset: error.at,
      ...lineAndColumn(text, error.at),
      message: error.message,
      problem: error.problem
    }
  }
}

/** What one walk over a parsed JSON value finds (inspectParsed). */
interface ParsedInspection {
  forbidden: ValidationIssue[]
  /** A container nested deeper than the cap (findJsonSyntaxError's `json.tooDeep`). */
  tooDeep: boolean
}

/**
 * One walk over a parsed JSON value: every forbidden key with its path, and whether containers
 * nest deeper than `maxDepth` (the scanner's rule: a container inside `maxDepth` others is too
 * deep). The path is one array pushed and popped, built into text only for a key it reports.
 */
function inspectParsed(value: unknown, maxDepth: number): ParsedInspection {
  const forbidden: ValidationIssue[] = []
  let tooDeep = false
  const path: Array<string | number> = []
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return
    if (path.length >= maxDepth) tooDeep = true
    if (path.length > maxDepth) return
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) {
        path.push(index)
        walk(node[index])
        path.pop()
      }
      return
    }
    for (const key of Object.keys(node)) {
      path.push(key)
      if (FORBIDDEN_JSON_KEYS.includes(key))
        forbidden.push(fieldIssue(formatPath(path), issueText('json.keyNotAllowed', { key })))
      else walk((node as Record<string, unknown>)[key])
      path.pop()
    }
  }
  walk(value)
  return { forbidden, tooDeep }
}

/**
 * Every `__proto__`, `constructor` or `prototype` key in a parsed JSON value, with its path.
 * JSON.parse makes `__proto__` an ordinary own key, but any later spread or merge could turn it
 * into a prototype change, so such files are refused outright.
 */
export function findForbiddenKeys(
  value: unknown,
  maxDepth = DEFAULT_MAX_JSON_DEPTH
): ValidationIssue[] {
  return inspectParsed(value, maxDepth).forbidden
}

function megabytes(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MiB`
}

/**
 * A problem of JSON text, located by the scanner at line and column; `otherwise` (whole-file) in
 * the case the scanner finds none.
 */
function syntaxIssue(
  body: string,
  maxDepth: number,
  otherwise: string | IssueText
): ValidationIssue {
  const syntax = findJsonSyntaxError(body, maxDepth)
  if (syntax !== null)
    return issueAt(
      { line: syntax.line, column: syntax.column },
      issueText('json.syntax', { detail: issueTexts(syntax.problem) })
    )
  const detail = typeof otherwise === 'string' ? otherwise : issueTexts(otherwise)
  return wholeFileIssue(issueText('json.syntax', { detail }))
}

/**
 * Parses untrusted JSON text: refuses oversized text before parsing, reports syntax errors as
 * `line L, column C`, refuses nesting deeper than the cap and prototype-polluting keys.
 * A leading byte-order mark (common in files saved by Windows editors) is ignored.
 */
export function parseJsonText(text: string, options: JsonTextOptions = {}): ParseResult<unknown> {
  const maxChars = options.maxChars ?? DEFAULT_MAX_JSON_CHARS
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_JSON_DEPTH
  if (text.length > maxChars) {
    return {
      ok: false,
      issues: [
        wholeFileIssue(
          issueText('json.tooLarge', { size: megabytes(text.length), limit: megabytes(maxChars) })
        )
      ]
    }
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, issues: [wholeFileIssue(issueText('json.empty'))] }
  // JSON.parse (native) first; the scanner, far slower, only runs to say where a text is broken
  // or too deep, so a sound file is never scanned (issue 15: restoring 1,100 assessments).
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    // The scanner accepting what JSON.parse refused means an engine limit, not a syntax error.
    return { ok: false, issues: [syntaxIssue(body, maxDepth, (error as Error).message)] }
  }
  const inspected = inspectParsed(value, maxDepth)
  if (inspected.tooDeep)
    return {
      ok: false,
      issues: [syntaxIssue(body, maxDepth, issueText('json.tooDeep', { maximum: maxDepth }))]
    }
  if (inspected.forbidden.length > 0) return { ok: false, issues: inspected.forbidden }
  return { ok: true, value }
}
