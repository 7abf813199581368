import { RISK_LEVELS } from '../scoring/risk-level'
import type { AuditEntry, FactorEntry } from './assessment'
import { AUDIT_ACTIONS, auditEntrySchema, factorEntrySchema } from './assessment'
import type { Field } from './fast-fields'
import {
  NO,
  arrayOf,
  boolean,
  checkedRows,
  date,
  dateTime,
  evidenceList,
  id,
  integer,
  isId,
  isPlainObject,
  matching,
  object,
  oneOf,
  optional,
  required,
  sha256,
  strictObject,
  text,
  trimmed
} from './fast-fields'
import type { FindingRecord } from './finding-record'
import {
  FEEDBACK_RESPONSES,
  FINDING_STATUSES,
  RECHECK_RESULTS,
  findingRecordSchema
} from './finding-record'

/**
 * Fast paths for the other bulk of a stored assessment, after the answers (answer-check.ts):
 * its factor entries, findings and audit log (issue 15: a backup spent a quarter of its
 * JavaScript in their schemas). Built from fast-fields.ts, held equal to the schemas by
 * record-check.test.ts; what they decline goes to the schema.
 */

/** `z.record(idSchema, value)` of a plain object: a copy in the input's key order. */
const recordOf =
  (take: (value: unknown) => unknown) =>
  (value: unknown): unknown => {
    if (!isPlainObject(value)) return NO
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value)) {
      const taken = isId(key) ? take(value[key]) : NO
      if (taken === NO) return NO
      out[key] = taken
    }
    return out
  }

/** factorValuesSchema: input id → a finite number or null. */
const factorValues = recordOf((v) =>
  v === null || (typeof v === 'number' && Number.isFinite(v)) ? v : NO
)

const factorEntry: Field[] = [
  required('factorId', id),
  required('values', factorValues),
  optional('bySystem', recordOf(factorValues)),
  optional('comment', text(20_000)),
  { key: 'evidence', take: evidenceList, default: () => [] },
  optional('updatedBy', trimmed(200)),
  optional('updatedAt', dateTime)
]

const assessmentId = matching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/)
const longText = text(20_000)
const recheck = object([
  required('date', date),
  required('by', trimmed(200)),
  required('result', oneOf(RECHECK_RESULTS)),
  optional('comment', longText)
])
const periodRecord: Field[] = [
  required('assessmentId', assessmentId),
  required('period', object([required('start', date), required('end', date)])),
  optional('reportNumber', text(64)),
  required('status', oneOf(FINDING_STATUSES)),
  optional('riskLevel', oneOf(RISK_LEVELS)),
  optional('owner', text(200)),
  optional('dueDate', date),
  optional('action', longText),
  optional('note', longText),
  optional('recheck', recheck)
]
const finding: Field[] = [
  required('findingId', matching(/^(q|f):[A-Za-z][A-Za-z0-9_.-]{0,63}$/)),
  optional('description', longText),
  optional(
    'risk',
    object([required('level', oneOf(RISK_LEVELS)), required('reason', trimmed(4000))])
  ),
  optional('owner', text(200)),
  optional('dueDate', date),
  optional('action', longText),
  optional('urgent', boolean),
  { key: 'status', take: oneOf(FINDING_STATUSES), default: () => 'open' },
  optional('note', longText),
  optional('noteEvidence', evidenceList),
  optional('recheck', recheck),
  optional(
    'feedback',
    object([
      required('response', oneOf(FEEDBACK_RESPONSES)),
      optional('explanation', longText),
      optional('plan', longText),
      optional('plannedDate', date),
      optional('by', trimmed(200)),
      optional('receivedAt', dateTime)
    ])
  ),
  optional('history', arrayOf(object(periodRecord), 100))
]

/** A finding as findingRecordSchema returns it, with its refinement, or null. */
function fastFinding(row: unknown): unknown {
  const out = strictObject(row, finding)
  if (out === null) return null
  const { status, recheck: done } = out as Partial<FindingRecord>
  return status !== 'verified' || done?.result === 'passed' ? out : null
}

/** Anything but `undefined` (`z.unknown().optional()`), as it is. */
const anyValue = (value: unknown): unknown => value

const auditEntry: Field[] = [
  required('id', id),
  required('at', dateTime),
  required('by', trimmed(200)),
  required('action', oneOf(AUDIT_ACTIONS)),
  optional('target', text(200)),
  optional('oldValue', anyValue),
  optional('newValue', anyValue),
  optional('reason', text(4000)),
  optional('seq', integer(0, 1_000_000)),
  optional('prev', sha256)
]

/** The factor entries as factorEntrySchema returns them, or null when it refuses one. */
export function checkedFactorEntries(rows: readonly unknown[]): FactorEntry[] | null {
  return checkedRows(rows, (row) => strictObject(row, factorEntry), factorEntrySchema)
}

/** The findings as findingRecordSchema returns them, or null when it refuses one. */
export function checkedFindings(rows: readonly unknown[]): FindingRecord[] | null {
  return checkedRows(rows, fastFinding, findingRecordSchema)
}

/** The audit log as auditEntrySchema returns it, or null when it refuses an entry. */
export function checkedAuditEntries(rows: readonly unknown[]): AuditEntry[] | null {
  return checkedRows(rows, (row) => strictObject(row, auditEntry), auditEntrySchema)
}
