import type { Answer, FactorEntry, FindingRecord } from '@shared/assessment/assessment'
import type { StabilityDatabase } from '../database'
import type { AnswerRow } from '../schema'
import { changeAssessment, editReading } from './audited-change'

/** The parts of an answer an edit can change. */
export type AnswerChange = Partial<Omit<Answer, 'questionId' | 'answeredBy' | 'answeredAt'>>

const AUDITED_FIELDS = ['value', 'na', 'comment', 'evidence', 'flagged', 'carriedOver'] as const

function auditedPart(answer: Partial<Answer> | undefined): Record<string, unknown> | undefined {
  if (!answer) return undefined
  const out: Record<string, unknown> = {}
  for (const field of AUDITED_FIELDS) if (answer[field] !== undefined) out[field] = answer[field]
  return out
}

/**
 * Saves one answer change in a single transaction: the answer, its audit entry (old → new) and the
 * assessment's updatedAt. A value or N/A change confirms a carried-over answer.
 * Resolves only once IndexedDB has committed, so "saved" in the UI means saved.
 *
 * This runs on every answer change (PERF-UI-1), so it takes two round-trips: the reads (the
 * assessment, to check it is editable and stamp it; the newest audit entry, to coalesce a series
 * of edits; the previous answer) issued together, then the three writes issued together
 * (changeAssessment). A failed check aborts the transaction before anything is written.
 */
export function saveAnswer(
  db: StabilityDatabase,
  assessmentId: string,
  questionId: string,
  change: AnswerChange,
  by: string,
  now: Date = new Date()
): Promise<AnswerRow> {
  const options = editReading({ by, now }, [db.answers], () =>
    db.answers.get([assessmentId, questionId])
  )
  return changeAssessment(db, assessmentId, options, (_row, at, previous) => {
    const confirms = 'value' in change || 'na' in change
    const next: AnswerRow = {
      assessmentId,
      questionId,
      value: null,
      evidence: [],
      flagged: false,
      carriedOver: false,
      ...previous,
      ...change,
      ...(confirms && !('carriedOver' in change) ? { carriedOver: false } : {}),
      answeredBy: by,
      answeredAt: at
    }
    if ('na' in change && change.na === undefined) delete next.na
    return {
      audit: {
        action: 'answer.set',
        target: `question:${questionId}`,
        oldValue: auditedPart(previous),
        newValue: auditedPart(next)
      },
      writes: [db.answers.put(next)],
      result: next
    }
  })
}

/** Per-system figures merged system by system (absent on both sides: left out). */
export function mergedBySystem(
  previous: FactorEntry['bySystem'],
  change: FactorEntry['bySystem']
): Pick<FactorEntry, 'bySystem'> {
  if (previous === undefined && change === undefined) return {}
  const merged: NonNullable<FactorEntry['bySystem']> = { ...previous }
  for (const [systemId, values] of Object.entries(change ?? {}))
    merged[systemId] = { ...merged[systemId], ...values }
  return { bySystem: merged }
}

/** Saves the inputs entered for one evaluation factor (merged with what is there, system by system). */
export function saveFactorEntry(
  db: StabilityDatabase,
  assessmentId: string,
  factorId: string,
  change: Partial<Omit<FactorEntry, 'factorId' | 'updatedBy' | 'updatedAt'>>,
  by: string,
  now: Date = new Date()
): Promise<void> {
  const options = editReading({ by, now }, [db.factorInputs], () =>
    db.factorInputs.get([assessmentId, factorId])
  )
  return changeAssessment(db, assessmentId, options, (_row, at, previous) => {
    const next = {
      assessmentId,
      factorId,
      evidence: [],
      ...previous,
      ...change,
      values: { ...previous?.values, ...change.values },
      ...mergedBySystem(previous?.bySystem, change.bySystem),
      updatedBy: by,
      updatedAt: at
    }
    return {
      audit: {
        action: 'factor.set',
        target: `factor:${factorId}`,
        oldValue: previous
          ? { values: previous.values, bySystem: previous.bySystem, comment: previous.comment }
          : undefined,
        newValue: { values: next.values, bySystem: next.bySystem, comment: next.comment }
      },
      writes: [db.factorInputs.put(next)]
    }
  })
}

/** The parts of a finding record an edit can change. */
export type FindingChange = Partial<Omit<FindingRecord, 'findingId'>>

/**
 * Empty text is no value: a record keeps only what was actually entered, and a field set to
 * undefined is removed. Every other field (risk override, note, re-check, feedback, the history
 * carried from earlier periods) passes through untouched.
 */
export function cleanFindingRecord(record: FindingRecord): FindingRecord {
  const out: FindingRecord = { ...record }
  for (const key of Object.keys(out) as (keyof FindingRecord)[])
    if (out[key] === undefined) delete out[key]
  for (const key of ['owner', 'action', 'description', 'note'] as const)
    if (!out[key]?.trim()) delete out[key]
  if (!out.dueDate) delete out.dueDate
  return out
}

/**
 * Applies a change to one finding's record as stored at the moment of writing (or a fresh open
 * record), in one transaction with its audit entry: edits made on different screens, or before an
 * earlier write came back through the live query, never overwrite each other with stale fields.
 */
export function changeFinding(
  db: StabilityDatabase,
  assessmentId: string,
  findingId: string,
  change: FindingChange,
  by: string,
  now: Date = new Date()
): Promise<void> {
  const options = editReading({ by, now }, [db.findings], () =>
    db.findings.get([assessmentId, findingId])
  )
  return changeAssessment(db, assessmentId, options, (_row, _at, previous) => {
    const { assessmentId: _stored, ...base } = previous ?? {
      assessmentId,
      findingId,
      status: 'open' as const
    }
    const record = cleanFindingRecord({ ...base, ...change, findingId })
    return {
      audit: {
        action: 'finding.set',
        target: `finding:${findingId}`,
        oldValue: previous ? { ...previous, assessmentId: undefined } : undefined,
        newValue: record
      },
      writes: [db.findings.put({ ...record, assessmentId })]
    }
  })
}
