import type { Answer } from './assessment'
import { answerSchema } from './assessment'
import type { Field } from './fast-fields'
import {
  NO,
  boolean,
  checkedRows,
  dateTime,
  evidenceList,
  id,
  isId,
  object,
  optional,
  required,
  strictObject,
  text,
  trimmed
} from './fast-fields'

/**
 * A fast path for answerSchema over the answers of a stored assessment (issue 15: a backup of
 * 100,000 answers spent half its packing in the schema). Built from fast-fields.ts: it accepts
 * only what answerSchema accepts and returns unchanged, and builds the value the schema would
 * return; anything else goes to answerSchema itself (answer-check.test.ts holds the two equal).
 */

/** answerValueSchema: a number, a text, option ids or null. */
function answerValue(value: unknown): unknown {
  if (value === null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : NO
  if (typeof value === 'string') return value.length <= 20_000 ? value : NO
  return Array.isArray(value) && value.length <= 100 && value.every(isId) ? [...value] : NO
}

const answer: Field[] = [
  required('questionId', id),
  { key: 'value', take: answerValue, required: true },
  optional('na', object([required('justification', trimmed(4000))])),
  optional('comment', text(20_000)),
  { key: 'evidence', take: evidenceList, default: () => [] },
  { key: 'flagged', take: boolean, default: () => false },
  { key: 'carriedOver', take: boolean, default: () => false },
  optional('answeredBy', trimmed(200)),
  optional('answeredAt', dateTime)
]

/** The answers as answerSchema returns them, or null when it refuses one. */
export function checkedAnswers(rows: readonly unknown[]): Answer[] | null {
  return checkedRows(rows, (row) => strictObject(row, answer), answerSchema)
}
