import type { AuditEntry } from '@shared/assessment/assessment'
import { factorHref, questionHref } from '../review/jump-links'
import { answerValue, clip, plainValue, type ValueContext } from './audit-values'

/** One changed field: `field` is a message key under audit.fields, or a factor input's own label. */
export interface FieldChange {
  field: string
  /** The field is a factor input (its label is shown as is, not translated). */
  literal?: boolean
  old?: string
  new: string
}

export type TargetKind = 'question' | 'factor' | 'finding' | 'metadata' | 'report' | 'assessment'

export interface AuditLine {
  entry: AuditEntry
  targetKind: TargetKind
  /** Question, factor or finding id. */
  targetId: string | null
  /** The question text or factor name, for the target column and the filter. */
  targetLabel: string | null
  href: string | null
  changes: FieldChange[]
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The keys whose values differ, in a stable order (the newer record's keys first). */
function changedKeys(
  old: Record<string, unknown>,
  next: Record<string, unknown>,
  keys?: readonly string[]
) {
  const all = keys ?? [...new Set([...Object.keys(next), ...Object.keys(old)])]
  return all.filter((key) => !same(old[key], next[key]))
}

function parseTarget(target: string | undefined): { kind: TargetKind; id: string | null } {
  if (!target) return { kind: 'assessment', id: null }
  if (target === 'metadata') return { kind: 'metadata', id: null }
  // The report of record's own fields (the 报告 screen): report number, label, narrative parts.
  if (target === 'reportNumber' || target === 'confidentiality' || target.startsWith('narrative:'))
    return { kind: 'report', id: target }
  const [kind, ...rest] = target.split(':')
  const id = rest.join(':')
  if (kind === 'question' || kind === 'factor' || kind === 'finding') return { kind, id }
  return { kind: 'assessment', id: target }
}

const ANSWER_FIELDS = ['value', 'na', 'comment', 'evidence', 'flagged', 'carriedOver'] as const

function answerChanges(
  entry: AuditEntry,
  questionId: string,
  context: ValueContext
): FieldChange[] {
  const question = context.index.questions.get(questionId)?.question
  // Older entries (and the sample) store the bare value; the app stores the answer's audited fields.
  const wrap = (v: unknown) => (isRecord(v) ? v : v === undefined ? {} : { value: v })
  const old = wrap(entry.oldValue)
  const next = wrap(entry.newValue)
  const show = (field: string, value: unknown): string => {
    if (field === 'value') return answerValue(question, value, context)
    if (field === 'na') {
      return isRecord(value) && typeof value.justification === 'string'
        ? context.words.na(clip(value.justification))
        : context.words.empty
    }
    if (field === 'evidence') {
      return Array.isArray(value) && value.length > 0
        ? `${context.words.items(value.length)}${context.words.colon}${plainValue(value, context)}`
        : context.words.empty
    }
    return plainValue(value, context)
  }
  return changedKeys(old, next, ANSWER_FIELDS).map((field) => ({
    field,
    old: entry.oldValue === undefined ? undefined : show(field, old[field]),
    new: show(field, next[field])
  }))
}

function factorChanges(entry: AuditEntry, factorId: string, context: ValueContext): FieldChange[] {
  const factor = context.index.factors.get(factorId)
  const old = isRecord(entry.oldValue) ? entry.oldValue : {}
  const next = isRecord(entry.newValue) ? entry.newValue : {}
  const oldValues = isRecord(old.values) ? old.values : {}
  const newValues = isRecord(next.values) ? next.values : {}
  const inputs = changedKeys(oldValues, newValues).map((inputId): FieldChange => {
    const input = factor?.inputs.find((i) => i.id === inputId)
    const withUnit = (v: unknown) =>
      v === undefined || v === null
        ? context.words.empty
        : input
          ? `${String(v)} ${input.unit[context.locale]}`
          : String(v)
    return {
      field: input ? `${inputId} ${input.label[context.locale]}` : inputId,
      literal: true,
      old: entry.oldValue === undefined ? undefined : withUnit(oldValues[inputId]),
      new: withUnit(newValues[inputId])
    }
  })
  const comment = same(old.comment, next.comment)
    ? []
    : [
        {
          field: 'comment',
          old: entry.oldValue === undefined ? undefined : plainValue(old.comment, context),
          new: plainValue(next.comment, context)
        }
      ]
  return [...inputs, ...comment]
}

function recordChanges(
  entry: AuditEntry,
  context: ValueContext,
  keys?: readonly string[]
): FieldChange[] {
  const old = isRecord(entry.oldValue) ? entry.oldValue : {}
  const next = isRecord(entry.newValue) ? entry.newValue : {}
  const show = (field: string, value: unknown): string => {
    if (value === undefined || value === null) return context.words.empty
    if (field === 'status' && typeof value === 'string') return context.words.findingStatus(value)
    if (field === 'period' && isRecord(value))
      return context.words.periodRange(String(value.start), String(value.end))
    return plainValue(value, context)
  }
  return changedKeys(old, next, keys)
    .filter((field) => field !== 'findingId' && field !== 'assessmentId')
    .map((field) => ({
      field,
      old: entry.oldValue === undefined ? undefined : show(field, old[field]),
      new: show(field, next[field])
    }))
}

function statusChanges(entry: AuditEntry, context: ValueContext): FieldChange[] {
  const show = (value: unknown): string => {
    if (isRecord(value) && typeof value.contentHash === 'string')
      return context.words.sealed(value.contentHash.slice(0, 12))
    return typeof value === 'string' ? context.words.status(value) : plainValue(value, context)
  }
  return [
    {
      field: 'status',
      old: entry.oldValue === undefined ? undefined : show(entry.oldValue),
      new: show(entry.newValue)
    }
  ]
}

function changesOf(
  entry: AuditEntry,
  target: { kind: TargetKind; id: string | null },
  context: ValueContext
) {
  switch (entry.action) {
    case 'answer.set':
    case 'answer.clear':
      return target.id ? answerChanges(entry, target.id, context) : recordChanges(entry, context)
    case 'factor.set':
      return target.id
        ? factorChanges(entry, target.id.split('.')[0] ?? target.id, context)
        : recordChanges(entry, context)
    case 'status.change':
    case 'assessment.finalize':
    case 'assessment.reopen':
      return statusChanges(entry, context)
    default:
      return isRecord(entry.newValue) || isRecord(entry.oldValue)
        ? recordChanges(entry, context)
        : [
            {
              field: 'value',
              old: entry.oldValue === undefined ? undefined : plainValue(entry.oldValue, context),
              new: plainValue(entry.newValue, context)
            }
          ]
  }
}

/** Turns stored audit entries into readable lines: the target named and linked, each change old → new. */
export function describeAudit(
  entries: readonly AuditEntry[],
  assessmentId: string,
  context: ValueContext
): AuditLine[] {
  return entries.map((entry) => {
    const target = parseTarget(entry.target)
    let targetLabel: string | null = null
    let href: string | null = null
    const questionOf = (id: string) => context.index.questions.get(id)
    if (target.kind === 'question' && target.id) {
      const found = questionOf(target.id)
      targetLabel = found?.question.text[context.locale] ?? null
      href = found ? questionHref(assessmentId, found.section.id, target.id) : null
    } else if (target.kind === 'factor' && target.id) {
      const factorId = target.id.split('.')[0] ?? target.id
      targetLabel = context.index.factors.get(factorId)?.name[context.locale] ?? null
      href = factorHref(assessmentId, factorId)
    } else if (target.kind === 'finding' && target.id) {
      const [kind, id = ''] = [target.id.slice(0, 1), target.id.slice(2)]
      const found = kind === 'q' ? questionOf(id) : undefined
      targetLabel =
        kind === 'q'
          ? (found?.question.text[context.locale] ?? null)
          : (context.index.factors.get(id)?.name[context.locale] ?? null)
      href =
        kind === 'q'
          ? found
            ? questionHref(assessmentId, found.section.id, id)
            : null
          : factorHref(assessmentId, id)
    }
    return {
      entry,
      targetKind: target.kind,
      targetId: target.id,
      targetLabel,
      href,
      changes: changesOf(entry, target, context)
    }
  })
}
