/**
 * What a form row says, in a form that compares equal however it was typed, and the fingerprints
 * of what was exported. The reader takes a field from the form only when the filler changed it
 * (it differs from the exported fingerprint) and it differs from the assessment now, so cells
 * left as exported never overwrite what was changed in the app since the form went out.
 */
import type { Answer, AnswerValue, FactorEntry, KeySystem } from '../assessment/assessment'
import type { Question } from '../bank/question'
import { isEmptyAnswerValue } from '../scoring/index'
import type { RowReader } from '../bank-xlsx/index'
import { canonicalJson } from '../util/canonical-json'
import { issueText, type IssueCode } from '../util/issue-codes'
import { sha256Hex } from '../util/sha256'
import { referenceNames } from './evidence-cell'

/** The answer proper: a value, or N/A with its justification. */
export type AnswerPart = { value: AnswerValue } | { na: string }

/** The three things a question row carries, each imported on its own. */
export interface RowContent {
  answer: AnswerPart
  comment: string | null
  /** Names of written references (attached files are not part of the form's content). */
  references: string[]
}

export const ROW_FIELDS = ['answer', 'comment', 'references'] as const
export type RowField = (typeof ROW_FIELDS)[number]

/** Empty values are null; a multiple-choice selection is in option order (order means nothing). */
export function normalizeValue(question: Question, value: AnswerValue | undefined): AnswerValue {
  if (value === undefined || isEmptyAnswerValue(value)) return null
  if (question.type === 'multiChoice' && Array.isArray(value)) {
    const order = new Map(question.options.map((option, i) => [option.id, i]))
    const rank = (id: string): number => order.get(id) ?? order.size
    return [...value].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
  }
  return value
}

/**
 * A blank comment is no comment, and line endings are not content: spreadsheet programs and XML
 * parsers turn CR and CRLF into LF, so a form saved elsewhere must not read as an edit.
 */
export const normalizeText = (text: string | undefined): string | null =>
  text === undefined || text.trim() === '' ? null : text.replace(/\r\n?/g, '\n')

/** The content of a question's row for the answer the assessment holds (or none). */
export function answerContent(question: Question, answer: Answer | undefined): RowContent {
  return {
    answer:
      answer?.na !== undefined
        ? { na: answer.na.justification.trim() }
        : { value: normalizeValue(question, answer?.value) },
    comment: normalizeText(answer?.comment),
    references: referenceNames(answer?.evidence ?? [])
  }
}

/** The content of one factor input row: its value and, on the factor's first row, the comment. */
export interface FactorRowContent {
  value: number | null
  comment?: string | null
}

export function factorRowContent(
  entry: FactorEntry | undefined,
  inputId: string,
  first: boolean
): FactorRowContent {
  const value = entry?.values[inputId]
  const content: FactorRowContent = { value: typeof value === 'number' ? value : null }
  if (first) content.comment = normalizeText(entry?.comment)
  return content
}

/** The value of one input of a per-system factor for one key system (null: not entered). */
export function systemInputValue(
  entry: FactorEntry | undefined,
  systemId: string,
  inputId: string
): number | null {
  const value = entry?.bySystem?.[systemId]?.[inputId]
  return typeof value === 'number' ? value : null
}

/** The four things a key system's row carries, each imported on its own; null when not set. */
export interface SystemRowContent {
  name: string | null
  class: number | null
  realTime: boolean | null
  serviceWindow: string | null
}

export const SYSTEM_FIELDS = ['name', 'class', 'realTime', 'serviceWindow'] as const

export function systemRowContent(system: KeySystem | undefined): SystemRowContent {
  return {
    name: system?.name ?? null,
    class: system?.class ?? null,
    realTime: system?.realTime ?? null,
    serviceWindow: system?.serviceWindow ?? null
  }
}

/** Two parts are the same content (canonical JSON compares numbers, texts and lists exactly). */
export const samePart = (a: unknown, b: unknown): boolean =>
  canonicalJson(a ?? null) === canonicalJson(b ?? null)

/** A short fingerprint of one field: 48 bits of SHA-256 are plenty to notice an edit. */
export function fingerprint(part: unknown): string {
  return sha256Hex(canonicalJson(part ?? null)).slice(0, 12)
}

/** The hidden baseline cell: the row's key, then one fingerprint per field. */
export function baselineText(key: string, parts: readonly unknown[]): string {
  return [key, ...parts.map(fingerprint)].join(' ')
}

export interface Baseline {
  key: string
  fingerprints: string[]
}

/** Reads a baseline cell; undefined when it is missing or not in the written shape. */
export function parseBaseline(text: string | undefined, fields: number): Baseline | undefined {
  if (text === undefined) return undefined
  const [key, ...fingerprints] = text.trim().split(' ')
  if (key === undefined || key === '' || fingerprints.length !== fields) return undefined
  if (!fingerprints.every((f) => /^[0-9a-f]{12}$/.test(f))) return undefined
  return { key, fingerprints }
}

/**
 * Whether the form's field is taken: the filler changed it (no baseline counts as changed) and it
 * differs from the assessment now.
 */
export function takesField(
  formPart: unknown,
  currentPart: unknown,
  baseline: string | undefined
): boolean {
  if (baseline !== undefined && fingerprint(formPart) === baseline) return false
  return !samePart(formPart, currentPart)
}

/**
 * Whether a row is read as the row of `id`: the first row naming it (`seen` keeps where) and the
 * row the form was written with for it (its baseline's key). Reported at `column` otherwise.
 */
export function claimRowKey(
  reader: RowReader,
  column: string,
  id: string,
  seen: Map<string, number>,
  baseline: Baseline | undefined,
  codes: { twice: IssueCode; otherRow: IssueCode }
): boolean {
  const first = seen.get(id)
  if (first !== undefined) {
    reader.fail(column, issueText(codes.twice, { id, first }))
    return false
  }
  seen.set(id, reader.row.row)
  if (baseline !== undefined && baseline.key !== id) {
    reader.fail(column, issueText(codes.otherRow, { id: baseline.key }))
    return false
  }
  return true
}
