/**
 * Cell syntaxes of bank format 3: `replaces` of questions and factors, and fixed-length number
 * lists (class weights, miss bands). Each printer's output reads back to the same value.
 *
 * replaces: items separated by `;` or line breaks, each an id with optional details in
 * parentheses, separated by commas:
 *   `A1.08`                          the answer of A1.08 moves here as it is
 *   `C6.06 (confirm)`                … and must be confirmed
 *   `C9.10 (level6 -> yes, level1 -> "no")`   values translated (questions)
 *   `F05 (confirm, N_fault -> N_fault_rt)`    inputs renamed (factors)
 * `→` may stand for `->`; full-width （）， are read as ()",".
 */
import type { FactorReplacement, QuestionReplacement, ValueMapping } from '../bank/replaces'
import { parseNumberText, printNumber } from './list-syntax'
import type { SyntaxResult } from './syntax-lexer'
import { syntaxFailure as fail } from './syntax-lexer'

const ID = /^[A-Za-z][A-Za-z0-9_.-]{0,63}$/
const BARE_WORD = /^[A-Za-z_][A-Za-z0-9_.-]*$/

const normalise = (source: string): string =>
  source.replace(/（/g, '(').replace(/）/g, ')').replace(/，/g, ',').replace(/→/g, '->')

interface Item {
  id: string
  idAt: number
  details: Array<{ text: string; position: number }>
}

/** Splits `;`/line-break separated items, each `id` or `id (a, b, …)`, outside "quotes". */
function splitItems(source: string): SyntaxResult<Item[]> {
  const text = normalise(source)
  const items: Item[] = []
  let i = 0
  const skipBlanks = (): void => {
    while (i < text.length && /\s/.test(text.charAt(i)) && text.charAt(i) !== '\n') i++
  }
  while (i < text.length) {
    while (i < text.length && /[\s;]/.test(text.charAt(i))) i++
    if (i >= text.length) break
    const idStart = i
    while (i < text.length && !/[\s;(]/.test(text.charAt(i))) i++
    const id = text.slice(idStart, i)
    if (!ID.test(id)) return fail(idStart + 1, 'syntax.notId', { text: id })
    const item: Item = { id, idAt: idStart + 1, details: [] }
    skipBlanks()
    if (text.charAt(i) === '(') {
      i++
      let start = i
      let quoted = false
      for (; i < text.length; i++) {
        const ch = text.charAt(i)
        if (ch === '"') quoted = !quoted
        else if (!quoted && (ch === ',' || ch === ')')) {
          item.details.push({ text: text.slice(start, i), position: start + 1 })
          start = i + 1
          if (ch === ')') break
        }
      }
      if (text.charAt(i) !== ')') return fail(idStart + 1, 'syntax.detailsNotClosed', { id })
      i++
      skipBlanks()
    }
    if (i < text.length && !/[;\n]/.test(text.charAt(i)))
      return fail(i + 1, 'syntax.expectedItemEnd', { id })
    items.push(item)
  }
  return { ok: true, value: items }
}

function parseValue(text: string, position: number): SyntaxResult<string | number> {
  const trimmed = text.trim()
  if (trimmed.startsWith('"')) {
    if (trimmed.length < 2 || !trimmed.endsWith('"'))
      return fail(position, 'syntax.valueQuoteNotClosed')
    return { ok: true, value: trimmed.slice(1, -1).replace(/""/g, '"') }
  }
  const number = parseNumberText(trimmed)
  if (number !== undefined) return { ok: true, value: number }
  if (BARE_WORD.test(trimmed)) return { ok: true, value: trimmed }
  return fail(position, 'syntax.notReplacementValue', { text: trimmed })
}

function printValue(value: string | number): string {
  if (typeof value === 'number') return printNumber(value)
  return BARE_WORD.test(value) && parseNumberText(value) === undefined && value !== 'confirm'
    ? value
    : `"${value.replace(/"/g, '""')}"`
}

/** One detail: `confirm` or `from -> to`. */
function readDetail(
  detail: { text: string; position: number },
  mapping: (from: string, to: string, position: number) => SyntaxResult<true>
): SyntaxResult<'confirm' | true> {
  const trimmed = detail.text.trim()
  if (trimmed === 'confirm') return { ok: true, value: 'confirm' }
  const arrow = detail.text.indexOf('->')
  if (arrow < 0) return fail(detail.position, 'syntax.expectedConfirmOrMapping', { text: trimmed })
  return mapping(detail.text.slice(0, arrow), detail.text.slice(arrow + 2), detail.position)
}

/** Question `replaces` (see the file comment). */
export function parseQuestionReplaces(source: string): SyntaxResult<QuestionReplacement[]> {
  const items = splitItems(source)
  if (!items.ok) return items
  const out: QuestionReplacement[] = []
  for (const item of items.value) {
    const replacement: QuestionReplacement = { question: item.id }
    const values: ValueMapping[] = []
    for (const detail of item.details) {
      const read = readDetail(detail, (from, to, position) => {
        const a = parseValue(from, position)
        if (!a.ok) return a
        const b = parseValue(to, position)
        if (!b.ok) return b
        values.push({ from: a.value, to: b.value })
        return { ok: true, value: true }
      })
      if (!read.ok) return read
      if (read.value === 'confirm') replacement.confirm = true
    }
    if (values.length > 0) replacement.values = values
    out.push(replacement)
  }
  return { ok: true, value: out }
}

/** Factor `replaces` (see the file comment). */
export function parseFactorReplaces(source: string): SyntaxResult<FactorReplacement[]> {
  const items = splitItems(source)
  if (!items.ok) return items
  const out: FactorReplacement[] = []
  for (const item of items.value) {
    const replacement: FactorReplacement = { factor: item.id }
    const inputs: Array<{ from: string; to: string }> = []
    for (const detail of item.details) {
      const read = readDetail(detail, (from, to, position) => {
        const [a, b] = [from.trim(), to.trim()]
        if (!ID.test(a)) return fail(position, 'syntax.notInputId', { text: a })
        if (!ID.test(b)) return fail(position, 'syntax.notInputId', { text: b })
        inputs.push({ from: a, to: b })
        return { ok: true, value: true }
      })
      if (!read.ok) return read
      if (read.value === 'confirm') replacement.confirm = true
    }
    if (inputs.length > 0) replacement.inputs = inputs
    out.push(replacement)
  }
  return { ok: true, value: out }
}

function printItem(id: string, details: string[]): string {
  return details.length === 0 ? id : `${id} (${details.join(', ')})`
}

export function printQuestionReplaces(replaces: readonly QuestionReplacement[]): string {
  return replaces
    .map((r) =>
      printItem(r.question, [
        ...(r.confirm ? ['confirm'] : []),
        ...(r.values ?? []).map((v) => `${printValue(v.from)} -> ${printValue(v.to)}`)
      ])
    )
    .join('; ')
}

export function printFactorReplaces(replaces: readonly FactorReplacement[]): string {
  return replaces
    .map((r) =>
      printItem(r.factor, [
        ...(r.confirm ? ['confirm'] : []),
        ...(r.inputs ?? []).map((m) => `${m.from} -> ${m.to}`)
      ])
    )
    .join('; ')
}

/** Exactly `count` numbers separated by commas, semicolons or blanks, e.g. `0.2, 0.4, 0.6`. */
export function numberListParser(count: number): (source: string) => SyntaxResult<number[]> {
  return (source) => {
    const values: number[] = []
    const pattern = /[^\s,;，；]+/g
    for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
      const value = parseNumberText(match[0])
      if (value === undefined) return fail(match.index + 1, 'syntax.notNumber', { text: match[0] })
      values.push(value)
    }
    if (values.length !== count)
      return fail(1, 'syntax.numberCount', { count, found: values.length })
    return { ok: true, value: values }
  }
}

export function printNumberList(values: readonly number[]): string {
  return values.map(printNumber).join(', ')
}
