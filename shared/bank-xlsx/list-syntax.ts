/**
 * Small list syntaxes of single cells: references (`CSRC-2023:Art.36; JR-T-0099`), id lists
 * (`C1.01, C1.02`) and value references of consistency rules (`C3.01`, `F10:peak`, `1.5`).
 * Each printer's output reads back to the same value.
 */
import type { RegulatoryReference } from '../bank/primitives'
import type { ValueRef } from '../bank/rules'
import type { SyntaxResult } from './syntax-lexer'
import { syntaxFailure as fail } from './syntax-lexer'

const ID = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/
const NUMBER = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/

/** Reads a number the way the compact syntaxes write it (`String(n)`, plus `-0`). */
export function parseNumberText(text: string): number | undefined {
  const trimmed = text.trim()
  return NUMBER.test(trimmed) ? Number(trimmed) : undefined
}

/** A number as `parseNumberText` reads it back exactly (including `-0`). */
export function printNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value)
}

/** Splits at `;` or line breaks outside "double quotes" (`""` inside quotes is one quote). */
function splitItems(source: string): Array<{ text: string; position: number }> {
  const items: Array<{ text: string; position: number }> = []
  let start = 0
  let quoted = false
  for (let i = 0; i <= source.length; i++) {
    const ch = source.charAt(i)
    if (ch === '"') quoted = !quoted
    else if (((ch === ';' || ch === '\n') && !quoted) || i === source.length) {
      items.push({ text: source.slice(start, i), position: start + 1 })
      start = i + 1
    }
  }
  return items
}

/** `DOC`, `DOC:clause` or `DOC:"clause with ; or quotes"`, separated by `;` or line breaks. */
export function parseReferences(source: string): SyntaxResult<RegulatoryReference[]> {
  const references: RegulatoryReference[] = []
  const items = splitItems(source)
  for (const item of items) {
    if (item.text.trim() === '') continue
    const colon = item.text.indexOf(':')
    const document = (colon < 0 ? item.text : item.text.slice(0, colon)).trim()
    const at = item.position + item.text.search(/\S/)
    if (!ID.test(document)) return fail(at, 'syntax.notReferenceId', { text: document })
    if (colon < 0) {
      references.push({ document })
      continue
    }
    const clause = unquote(item.text.slice(colon + 1).trim())
    if (clause === undefined) return fail(item.position + colon + 1, 'syntax.clauseNotClosed')
    references.push({ document, clause })
  }
  return { ok: true, value: references }
}

function unquote(text: string): string | undefined {
  if (!text.startsWith('"')) return text
  if (text.length < 2 || !text.endsWith('"')) return undefined
  return text.slice(1, -1).replace(/""/g, '"')
}

/** Prints references as `DOC:clause; DOC`, quoting clauses that need it; `parseReferences` reads it back. */
export function printReferences(references: readonly RegulatoryReference[]): string {
  return references
    .map(({ document, clause }) => {
      if (clause === undefined) return document
      const plain = !/[;"\n\r]/.test(clause) && clause.trim() === clause && clause !== ''
      return `${document}:${plain ? clause : `"${clause.replace(/"/g, '""')}"`}`
    })
    .join('; ')
}

/** Ids separated by commas, semicolons, blanks or line breaks. */
export function parseIdList(source: string): SyntaxResult<string[]> {
  const ids: string[] = []
  const pattern = /[^\s,;，；]+/g
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (!ID.test(match[0])) return fail(match.index + 1, 'syntax.notId', { text: match[0] })
    ids.push(match[0])
  }
  return { ok: true, value: ids }
}

/** Prints ids as `a, b, c`; `parseIdList` reads it back. */
export function printIdList(ids: readonly string[]): string {
  return ids.join(', ')
}

/** A question id, `factor:input`, or a number constant. */
export function parseValueRef(source: string): SyntaxResult<ValueRef> {
  const text = source.trim()
  const constant = parseNumberText(text)
  if (constant !== undefined) return { ok: true, value: { constant } }
  const colon = text.indexOf(':')
  if (colon < 0) {
    return ID.test(text)
      ? { ok: true, value: { question: text } }
      : fail(1, 'syntax.notValueRef', { text })
  }
  const factor = text.slice(0, colon).trim()
  const input = text.slice(colon + 1).trim()
  if (!ID.test(factor)) return fail(1, 'syntax.notFactorId', { text: factor })
  if (!ID.test(input)) return fail(colon + 2, 'syntax.notInputId', { text: input })
  return { ok: true, value: { factor, input } }
}

/** Prints a value reference; `parseValueRef` reads it back. */
export function printValueRef(ref: ValueRef): string {
  if ('constant' in ref) return printNumber(ref.constant)
  if ('factor' in ref) return `${ref.factor}:${ref.input}`
  return ref.question
}
