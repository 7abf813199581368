import { ID_PATTERN, isoDateSchema } from '../bank/primitives'
import { MAX_EVIDENCE_CAPTION_LENGTH, isoDateTime } from './evidence'

/**
 * The pieces of the hand-written fast checks of a stored assessment's bulk (answer-check.ts,
 * record-check.ts; issue 15: a backup spent most of its JavaScript in zod, which runs without
 * its compiled fast path under the app's Content-Security-Policy). A check accepts only what
 * its schema accepts AND returns unchanged (no string to trim, no key set to `undefined`, plain
 * objects only), and builds the value the schema would return: the same keys in the schema's
 * order, defaults written out. Anything else goes to the schema, the one authority; the tests
 * hold each check equal to its schema.
 */

/** What a field's check returns for a value that is not for the fast path. */
export const NO = Symbol('not for the fast path')

/** One field of a strict object, in the schema's order: its check, and what the schema adds. */
export interface Field {
  key: string
  /** The value as the schema returns it, or NO: not for the fast path. */
  take: (value: unknown) => unknown
  required?: true
  default?: () => unknown
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/** A strict object as the schema returns it, or null. */
export function strictObject(
  row: unknown,
  fields: readonly Field[]
): Record<string, unknown> | null {
  if (!isPlainObject(row)) return null
  const keys = Object.keys(row)
  const out: Record<string, unknown> = {}
  let known = 0
  for (const field of fields) {
    const value = row[field.key]
    if (value === undefined) {
      if (field.required === true || field.key in row) return null
      if (field.default !== undefined) out[field.key] = field.default()
      continue
    }
    const taken = field.take(value)
    if (taken === NO) return null
    out[field.key] = taken
    known++
  }
  return known === keys.length ? out : null
}

/** A strict object as a field's check. */
export const object =
  (fields: readonly Field[]) =>
  (value: unknown): unknown =>
    strictObject(value, fields) ?? NO

/** An array of at most `max` items, each by `take`. */
export const arrayOf =
  (take: (value: unknown) => unknown, max: number) =>
  (value: unknown): unknown => {
    if (!Array.isArray(value) || value.length > max) return NO
    const out: unknown[] = []
    for (const item of value) {
      const taken = take(item)
      if (taken === NO) return NO
      out.push(taken)
    }
    return out
  }

export const same = (ok: (value: unknown) => boolean) => (value: unknown) =>
  ok(value) ? value : NO
export const isId = (value: unknown): boolean => typeof value === 'string' && ID_PATTERN.test(value)
export const id = same(isId)
/** `z.string().regex(pattern)`. */
export const matching = (pattern: RegExp) => same((v) => typeof v === 'string' && pattern.test(v))
/** `z.string().max(max)`. */
export const text = (max: number) => same((v) => typeof v === 'string' && v.length <= max)
/** `z.string().trim().min(1).max(max)` on a string it leaves unchanged. */
export const trimmed = (max: number) =>
  same((v) => typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v)
export const boolean = same((v) => typeof v === 'boolean')
/** isoDateTime's own pattern (zod's datetime check is this pattern alone). */
const DATE_TIME: RegExp | undefined = isoDateTime._zod.def.pattern
export const dateTime = same((v) =>
  DATE_TIME === undefined
    ? isoDateTime.safeParse(v).success
    : typeof v === 'string' && DATE_TIME.test(v)
)
export const date = same((v) => isoDateSchema.safeParse(v).success)
export const literal = (expected: string) => same((v) => v === expected)
/** `z.enum(values)`. */
export const oneOf = (values: readonly string[]) =>
  same((v) => typeof v === 'string' && values.includes(v))
/** `z.number().int().min(min).max(max)`. */
export const integer = (min: number, max: number) =>
  same((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max)
export const sha256 = matching(/^[0-9a-f]{64}$/)
export const optional = (key: string, take: Field['take']): Field => ({ key, take })
export const required = (key: string, take: Field['take']): Field => ({ key, take, required: true })

const details: Field[] = [
  optional('effectiveDate', date),
  optional('caption', trimmed(MAX_EVIDENCE_CAPTION_LENGTH)),
  optional('addedBy', trimmed(200)),
  optional('addedAt', dateTime)
]
const fileRef: Field[] = [
  required('kind', literal('file')),
  required('id', id),
  required('name', trimmed(500)),
  required('sha256', sha256),
  required('size', integer(0, Number.MAX_SAFE_INTEGER)),
  optional('mimeType', text(200)),
  ...details
]
const referenceRef: Field[] = [
  required('kind', literal('reference')),
  required('id', id),
  required('name', trimmed(500)),
  optional('location', text(1000)),
  optional('page', text(100)),
  optional('interviewee', text(200)),
  optional('note', text(4000)),
  ...details
]

/** `z.array(evidenceRefSchema).max(200)`. */
export const evidenceList = arrayOf((item) => {
  const kind = isPlainObject(item) ? item.kind : undefined
  return strictObject(item, kind === 'file' ? fileRef : referenceRef) ?? NO
}, 200)

/**
 * Rows as `schema` returns them, each by its fast check (`fast`: the schema's value, or null)
 * or, when that declines, by the schema; null when the schema refuses one: the caller then
 * checks the whole assessment with its schema, which says where.
 */
export function checkedRows<T>(
  rows: readonly unknown[],
  fast: (row: unknown) => unknown,
  schema: { safeParse: (row: unknown) => { success: true; data: T } | { success: false } }
): T[] | null {
  const out: T[] = []
  for (const row of rows) {
    const taken = fast(row)
    if (taken !== null && taken !== NO) {
      out.push(taken as T)
      continue
    }
    const parsed = schema.safeParse(row)
    if (!parsed.success) return null
    out.push(parsed.data)
  }
  return out
}
