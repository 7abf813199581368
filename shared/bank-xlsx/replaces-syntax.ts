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

/**
 * A reader of `replaces` texts (see the file comment): each item's id under `idKey`, `confirm`
 * when marked so, and its `from -> to` details, each read by `mapping`, under `listKey`.
 */
function replacesParser<R, M>(
  idKey: 'question' | 'factor',
  listKey: 'values' | 'inputs',
  mapping: (from: string, to: string, position: number) => SyntaxResult<M>
): (source: string) => SyntaxResult<R[]> {
  return (source) => {
    const items = splitItems(source)
    if (!items.ok) return items
    const out: R[] = []
    for (const item of items.value) {
      let confirm = false
      const mappings: M[] = []
      for (const detail of item.details) {
        const trimmed = detail.text.trim()
        const arrow = detail.text.indexOf('->')
        if (trimmed === 'confirm') confirm = true
        else if (arrow < 0)
          return fail(detail.position, 'syntax.expectedConfirmOrMapping', { text: trimmed })
        else {
          const [from, to] = [detail.text.slice(0, arrow), detail.text.slice(arrow + 2)]
          const read = mapping(from, to, detail.position)
          if (!read.ok) return read
          mappings.push(read.value)
        }
      }
      out.push({
        [idKey]: item.id,
        ...(confirm ? { confirm } : {}),
        ...(mappings.length > 0 ? { [listKey]: mappings } : {})
      } as R)
    }
    return { ok: true, value: out }
  }
}

/** A question's `old -> new` answer value. */
function readValueMapping(from: string, to: string, position: number): SyntaxResult<ValueMapping> {
  const a = parseValue(from, position)
  if (!a.ok) return a
  const b = parseValue(to, position)
  if (!b.ok) return b
  return { ok: true, value: { from: a.value, to: b.value } }
}

/** A factor's `old -> new` input id. */
function readInputRename(
  from: string,
  to: string,
  position: number
): SyntaxResult<{ from: string; to: string }> {
  const [a, b] = [from.trim(), to.trim()]
  if (!ID.test(a)) return fail(position, 'syntax.notInputId', { text: a })
  if (!ID.test(b)) return fail(position, 'syntax.notInputId', { text: b })
  return { ok: true, value: { from: a, to: b } }
}

/** Question `replaces` (see the file comment). */
export const parseQuestionReplaces = replacesParser<QuestionReplacement, ValueMapping>(
  'question',
  'values',
  readValueMapping
)

/** Factor `replaces` (see the file comment). */
export const parseFactorReplaces = replacesParser<FactorReplacement, { from: string; to: string }>(
  'factor',
  'inputs',
  readInputRename
)

/** Prints replacements as `id; id (confirm, a -> b, …)`, the text their parser reads back. */
function printItems<R extends { confirm?: boolean }>(
  replaces: readonly R[],
  idAndMappings: (replacement: R) => [string, string[]]
): string {
  return replaces
    .map((replacement) => {
      const [id, mappings] = idAndMappings(replacement)
      const details = [...(replacement.confirm ? ['confirm'] : []), ...mappings]
      return details.length === 0 ? id : `${id} (${details.join(', ')})`
    })
    .join('; ')
}

export const printQuestionReplaces = (replaces: readonly QuestionReplacement[]): string =>
  printItems(replaces, (r) => [
    r.question,
    (r.values ?? []).map((v) => `${printValue(v.from)} -> ${printValue(v.to)}`)
  ])

export const printFactorReplaces = (replaces: readonly FactorReplacement[]): string =>
  printItems(replaces, (r) => [r.factor, (r.inputs ?? []).map((m) => `${m.from} -> ${m.to}`)])

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
