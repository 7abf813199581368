/**
 * The cell checks and the store step that the factors sheet and the system_factors sheet share:
 * a factor input's value, a factor's comment, an input id not in the factor, the factor's
 * constraints, and the factor entry the assessment stores.
 */
import { issueText } from '../util/issue-codes'
import { firstByKey } from '../util/first-by-key'
import { factorEntrySchema, type Assessment, type FactorEntry } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { EvaluationFactor, FactorInput } from '../bank/factor'
import {
  parseNumberText,
  RowReader,
  shown,
  type CellData,
  type SheetTable
} from '../bank-xlsx/index'
import { normalizeText, takesField, type Baseline } from './content'
import type { FormIssues } from './form-issues'

const MAX_COMMENT = 20_000
const SYMBOLS = { lte: '≤', lt: '<', gte: '≥', gt: '>' } as const

export interface FactorChange {
  factorId: string
  /** The rows of the inputs (and comment) taken from the form. */
  rows: number[]
  /** Input ids; for a per-system factor `system.input` (`sys-1.T_down`). */
  inputs: string[]
  comment: boolean
}

/** A factor sheet being read: its rows, the bank and assessment they are read against, the problems. */
export interface FactorSheet {
  table: SheetTable
  bank: Bank
  assessment: Assessment
  issues: FormIssues
}

export interface FactorsRead {
  factorEntries: FactorEntry[]
  changes: FactorChange[]
  rows: number
}

/**
 * A factor's rows as read so far; `V` is an input's value on the factors sheet and a system's
 * input values on the system_factors sheet.
 */
export interface FactorRows<V> {
  factor: EvaluationFactor
  failed: boolean
  /** Values taken from the form, by input id (factors) or system id (system_factors). */
  values: Map<string, V>
  /** The row of each input (factors) or `system.input` (system_factors). */
  rowOf: Map<string, number>
  comment?: string | null
  takenRows: number[]
  /** The row that may hold the factor's comment: its first row in the sheet. */
  firstRow?: number
}

/** The group of `factor`'s rows, opened on its first row. */
export function groupOf<V>(
  groups: Map<string, FactorRows<V>>,
  factor: EvaluationFactor
): FactorRows<V> {
  const open = groups.get(factor.id)
  if (open !== undefined) return open
  const group: FactorRows<V> = {
    factor,
    failed: false,
    values: new Map(),
    rowOf: new Map(),
    takenRows: []
  }
  groups.set(factor.id, group)
  return group
}

/**
 * The trimmed ids of a row's key `columns` (factor, [system,] input), or undefined when one is
 * empty: reported at the first empty one when the row holds a value or a comment.
 */
function rowIds<const C extends readonly string[]>(
  reader: RowReader,
  columns: C
): { [K in keyof C]: string } | undefined {
  const ids = columns.map((column) => reader.text(column)?.trim())
  const missing = ids.findIndex((id) => id === undefined)
  if (missing === -1) return ids as { [K in keyof C]: string }
  if (reader.has('value') || reader.has('comment'))
    reader.fail(columns[missing] ?? 'factor', issueText('form.idMissing'))
  return undefined
}

/**
 * The rows of a factor sheet with their key ids (`columns`) and the bank factor they name; a row
 * with an empty id or an unknown factor is reported (rowIds, knownFactor) and passed over.
 */
export function* factorSheetRows<const C extends readonly string[]>(
  { table, bank, issues }: FactorSheet,
  columns: C
): Generator<{ reader: RowReader; ids: { [K in keyof C]: string }; factor: EvaluationFactor }> {
  const factors = new Map(bank.factors.map((factor) => [factor.id, factor]))
  for (const row of table.rows) {
    const reader = new RowReader(table, row, issues)
    const ids = rowIds(reader, columns)
    if (ids === undefined) continue
    const factor = knownFactor(reader, factors, ids[0] ?? '')
    if (factor !== undefined) yield { reader, ids, factor }
  }
}

/** The bank factor a row names; reported at the factor cell when the bank has none. */
function knownFactor(
  reader: RowReader,
  factors: ReadonlyMap<string, EvaluationFactor>,
  factorId: string
): EvaluationFactor | undefined {
  const factor = factors.get(factorId)
  if (factor === undefined)
    reader.fail('factor', issueText('form.unknownFactor', { id: shown(factorId) }))
  return factor
}

/** The first entry of each factor in the assessment as it stands. */
export const currentEntries = (entries: readonly FactorEntry[]): Map<string, FactorEntry> =>
  firstByKey(entries, (entry) => entry.factorId)

/** A fresh record (no prototype), so an input id can never reach Object.prototype. */
export const inputRecord = (): Record<string, number | null> =>
  Object.create(null) as Record<string, number | null>

/** A factor input's value cell: null when empty; undefined (reported at the cell) when wrong. */
export function readValue(reader: RowReader, input: FactorInput): number | null | undefined {
  const raw: CellData | undefined = reader.raw('value')
  if (raw === undefined) return null
  const number =
    typeof raw === 'number'
      ? raw
      : typeof raw === 'string'
        ? parseNumberText(raw.normalize('NFKC'))
        : undefined
  if (number === undefined || !Number.isFinite(number))
    return reader.fail(
      'value',
      issueText('form.notNumber', {
        unit: ` (${input.unit['zh-CN']} / ${input.unit['en-US']})`,
        value: shown(raw)
      })
    )
  if (input.integer && !Number.isInteger(number))
    return reader.fail('value', issueText('form.notCount', { value: shown(raw) }))
  if (number < input.min)
    return reader.fail(
      'value',
      issueText('form.belowMin', { minimum: input.min, value: shown(raw) })
    )
  if (input.max !== undefined && number > input.max)
    return reader.fail(
      'value',
      issueText('form.aboveMax', { maximum: input.max, value: shown(raw) })
    )
  return number
}

/** The row's comment cell; only the factor's first row may hold one (reported otherwise). */
export function readComment(
  reader: RowReader,
  factor: EvaluationFactor,
  first: boolean
): string | undefined {
  const comment = reader.text('comment')
  if (!first && comment !== undefined)
    reader.fail(
      'comment',
      issueText('form.commentOnFirstRow', { input: factor.inputs[0]?.id ?? '' })
    )
  else if (comment !== undefined && comment.length > MAX_COMMENT)
    reader.fail(
      'comment',
      issueText('form.tooLong', { length: comment.length, maximum: MAX_COMMENT })
    )
  return comment
}

/** A checked row: its input, whether it is the factor's first row, its baseline (when written). */
export interface FactorRow {
  input: FactorInput
  first: boolean
  baseline: Baseline | undefined
  /** What the assessment holds now: the input's value and the factor's comment. */
  now: { value: number | null; comment?: string | null }
}

/**
 * Reads a checked row's value and (first row) comment and notes what the filler changed against
 * the assessment and the row's baseline; `take` keeps a changed value. A wrong cell fails the group.
 */
export function takeRow<V>(
  reader: RowReader,
  group: FactorRows<V>,
  row: FactorRow,
  issues: FormIssues,
  take: (value: number | null) => void
): void {
  const comment = readComment(reader, group.factor, row.first)
  const value = readValue(reader, row.input)
  if (value === undefined || issues.rowFailed(reader.sheet, reader.row.row)) {
    group.failed = true
    return
  }
  let taken = false
  if (takesField(value, row.now.value, row.baseline?.fingerprints[0])) {
    take(value)
    taken = true
  }
  const text = normalizeText(comment)
  if (row.first && takesField(text, row.now.comment, row.baseline?.fingerprints[1])) {
    group.comment = text
    taken = true
  }
  if (taken) group.takenRows.push(reader.row.row)
}

/** Reports an input id the factor does not have, naming the ones it does. */
export function failNotInput(reader: RowReader, factor: EvaluationFactor, inputId: string): void {
  reader.fail(
    'input',
    issueText('form.notInput', {
      input: shown(inputId),
      factor: factor.id,
      inputs: factor.inputs.map((i) => i.id).join(', ')
    })
  )
}

/**
 * The first constraint of `factor` a set of values breaks, reported at the left input's row
 * (`rowOf`); true when all hold.
 */
export function checkConstraints(
  factor: EvaluationFactor,
  values: Record<string, number | null>,
  rowOf: ReadonlyMap<string, number>,
  table: SheetTable,
  issues: FormIssues
): boolean {
  for (const constraint of factor.constraints) {
    const left = values[constraint.left]
    const right = values[constraint.right]
    if (typeof left !== 'number' || typeof right !== 'number') continue
    const holds = { lte: left <= right, lt: left < right, gte: left >= right, gt: left > right }[
      constraint.op
    ]
    if (holds) continue
    const row = rowOf.get(constraint.left) ?? rowOf.get(constraint.right) ?? 0
    const reader = new RowReader(table, { row, cells: new Map() }, issues)
    reader.fail(
      'value',
      issueText('form.constraint', {
        left: constraint.left,
        leftValue: left,
        op: SYMBOLS[constraint.op],
        right: constraint.right,
        rightValue: right
      })
    )
    return false
  }
  return true
}

/** What a sheet makes of one factor's rows: the entry's values, and the inputs the form changed. */
export interface FactorValues {
  fields: Pick<FactorEntry, 'values'> & Partial<Pick<FactorEntry, 'bySystem'>>
  inputs: string[]
}

/**
 * One factor entry per factor whose rows changed something and passed every check; `values`
 * merges a group's taken values over the current entry (undefined when a constraint fails).
 */
export function collectEntries<V>(
  groups: ReadonlyMap<string, FactorRows<V>>,
  sheet: FactorSheet,
  values: (group: FactorRows<V>, current: FactorEntry | undefined) => FactorValues | undefined
): FactorsRead {
  const result: FactorsRead = { factorEntries: [], changes: [], rows: sheet.table.rows.length }
  for (const [factorId, group] of groups) {
    if (group.failed || group.takenRows.length === 0) continue
    const current = sheet.assessment.factors.find((entry) => entry.factorId === factorId)
    const read = values(group, current)
    if (read === undefined) continue
    const entry = storeEntry({ factorId, ...read.fields }, group, current, sheet)
    if (entry === undefined) continue
    result.factorEntries.push(entry)
    result.changes.push({
      factorId,
      rows: group.takenRows,
      inputs: read.inputs,
      comment: group.comment !== undefined
    })
  }
  return result
}

/**
 * The factor entry to store (comment and evidence kept from `current` unless the form changed
 * the comment), or undefined with the schema's reason reported at the factor's first taken row.
 */
function storeEntry(
  fields: { factorId: string } & FactorValues['fields'],
  group: { comment?: string | null; takenRows: number[] },
  current: FactorEntry | undefined,
  sheet: { table: SheetTable; issues: FormIssues }
): FactorEntry | undefined {
  const comment = group.comment !== undefined ? group.comment : (current?.comment ?? null)
  const entry = factorEntrySchema.safeParse({
    ...fields,
    ...(comment === null ? {} : { comment }),
    evidence: current?.evidence ?? []
  })
  if (entry.success) return entry.data
  const row = group.takenRows[0] ?? 0
  new RowReader(sheet.table, { row, cells: new Map() }, sheet.issues).fail(
    'value',
    issueText('form.factorCannotStore', {
      factor: fields.factorId,
      detail: entry.error.issues[0]?.message ?? 'invalid'
    })
  )
  return undefined
}
