import { ID_PATTERN, isoDateSchema } from '../bank/primitives'
import type { Answer } from './assessment'
import { MAX_ANSWERS, answerSchema, assessmentFileSchema } from './assessment'
import { MAX_EVIDENCE_CAPTION_LENGTH, isoDateTime } from './evidence'

/**
 * A fast path for answerSchema over the answers of a stored assessment (issue 15: a backup of
 * 100,000 answers spent half its packing in the schema, which runs without its compiled fast
 * path under the app's Content-Security-Policy). It accepts only what answerSchema accepts AND
 * returns unchanged (no string to trim, no key set to `undefined`, plain objects only), and builds
 * the value the schema would return: the same keys in the schema's order, defaults written out.
 * Anything else — a string to trim, an unknown key, a doubtful value — goes to answerSchema
 * itself, which stays the one authority (answer-check.test.ts holds the two equal).
 */

/** What a field's check returns for a value that is not for the fast path. */
const NO = Symbol('not for the fast path')

/** One field of a strict object, in the schema's order: its check, and what the schema adds. */
interface Field {
  key: string
  /** The value as the schema returns it, or NO: not for the fast path. */
  take: (value: unknown) => unknown
  required?: true
  default?: () => unknown
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype

/** A strict object as the schema returns it, or null. */
function strictObject(row: unknown, fields: readonly Field[]): Record<string, unknown> | null {
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

const same = (ok: (value: unknown) => boolean) => (value: unknown) => (ok(value) ? value : NO)
const isId = (value: unknown): boolean => typeof value === 'string' && ID_PATTERN.test(value)
const id = same(isId)
/** `z.string().max(max)`. */
const text = (max: number) => same((v) => typeof v === 'string' && v.length <= max)
/** `z.string().trim().min(1).max(max)` on a string it leaves unchanged. */
const trimmed = (max: number) =>
  same((v) => typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v)
const boolean = same((v) => typeof v === 'boolean')
const dateTime = same((v) => isoDateTime.safeParse(v).success)
const date = same((v) => isoDateSchema.safeParse(v).success)
const literal = (expected: string) => same((v) => v === expected)
const optional = (key: string, take: Field['take']): Field => ({ key, take })
const required = (key: string, take: Field['take']): Field => ({ key, take, required: true })

/** answerValueSchema: a number, a text, option ids or null. */
function answerValue(value: unknown): unknown {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : NO
  if (typeof value === 'string') return value.length <= 20_000 ? value : NO
  return Array.isArray(value) && value.length <= 100 && value.every(isId) ? [...value] : NO
}

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
  required(
    'sha256',
    same((v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v))
  ),
  required(
    'size',
    same((v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
  ),
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

function evidenceList(value: unknown): unknown {
  if (!Array.isArray(value) || value.length > 200) return NO
  const out: unknown[] = []
  for (const item of value) {
    const kind = isPlainObject(item) ? item.kind : undefined
    const ref = strictObject(item, kind === 'file' ? fileRef : referenceRef)
    if (ref === null) return NO
    out.push(ref)
  }
  return out
}

const answer: Field[] = [
  required('questionId', id),
  { key: 'value', take: answerValue, required: true },
  optional('na', (v) => strictObject(v, [required('justification', trimmed(4000))]) ?? NO),
  optional('comment', text(20_000)),
  { key: 'evidence', take: evidenceList, default: () => [] },
  { key: 'flagged', take: boolean, default: () => false },
  { key: 'carriedOver', take: boolean, default: () => false },
  optional('answeredBy', trimmed(200)),
  optional('answeredAt', dateTime)
]

/**
 * The answers as answerSchema returns them (each by the fast path or the schema), or null when
 * one is invalid: the caller then checks the whole assessment with its schema, which says where.
 */
export function checkedAnswers(rows: readonly unknown[]): Answer[] | null {
  const out: Answer[] = []
  for (const row of rows) {
    const fast = strictObject(row, answer)
    if (fast !== null) {
      out.push(fast as Answer)
      continue
    }
    const parsed = answerSchema.safeParse(row)
    if (!parsed.success) return null
    out.push(parsed.data)
  }
  return out
}

/**
 * assessmentFileSchema.safeParse, with the answers (the bulk of an assessment) checked by their
 * fast path: the same result in a fraction of the time. When anything is invalid, the whole file
 * goes through the schema, so problems are reported exactly as the schema reports them.
 */
export function safeParseAssessmentFile(
  file: unknown
): ReturnType<typeof assessmentFileSchema.safeParse> {
  const assessment = isPlainObject(file) ? file.assessment : undefined
  const answers = isPlainObject(assessment) ? assessment.answers : undefined
  const fast =
    Array.isArray(answers) && answers.length <= MAX_ANSWERS ? checkedAnswers(answers) : null
  if (fast === null) return assessmentFileSchema.safeParse(file)
  const rest = assessmentFileSchema.safeParse({
    ...(file as Record<string, unknown>),
    assessment: { ...(assessment as Record<string, unknown>), answers: [] }
  })
  if (!rest.success) return assessmentFileSchema.safeParse(file)
  rest.data.assessment.answers = fast
  return rest
}
