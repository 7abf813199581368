/**
 * Reads the factors sheet: one value per factor input and a comment per factor. A factor's inputs
 * are checked together (limits, then constraints such as N_mon ≤ N_fault), so a problem in any row
 * of a factor leaves the whole factor out.
 */
import { issueText } from '../util/issue-codes'
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
import { factorRowContent, normalizeText, parseBaseline, takesField } from './content'
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

interface FactorRows {
  factor: EvaluationFactor
  failed: boolean
  /** Values taken from the form, by input id. */
  values: Map<string, number | null>
  rowOf: Map<string, number>
  comment?: string | null
  takenRows: number[]
}

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

/** Reads the rows into per-factor groups; ids are checked, values read, edits noted. */
function readRows(
  table: SheetTable,
  bank: Bank,
  assessment: Assessment,
  issues: FormIssues
): Map<string, FactorRows> {
  const factors = new Map(bank.factors.map((factor) => [factor.id, factor]))
  const current = new Map<string, FactorEntry>()
  for (const entry of assessment.factors)
    if (!current.has(entry.factorId)) current.set(entry.factorId, entry)
  const groups = new Map<string, FactorRows>()
  for (const row of table.rows) {
    const reader = new RowReader(table, row, issues)
    const factorId = reader.text('factor')?.trim()
    const inputId = reader.text('input')?.trim()
    if (factorId === undefined || inputId === undefined) {
      if (reader.has('value') || reader.has('comment'))
        reader.fail(factorId === undefined ? 'factor' : 'input', issueText('form.idMissing'))
      continue
    }
    const factor = factors.get(factorId)
    if (factor === undefined) {
      reader.fail('factor', issueText('form.unknownFactor', { id: shown(factorId) }))
      continue
    }
    // A form written before per-system factors had their own sheet lists them here.
    if (factor.perSystem !== undefined) {
      if (reader.has('value') || reader.has('comment'))
        reader.fail('factor', issueText('form.perSystemInFactors', { factor: factorId }))
      continue
    }
    const group: FactorRows = groups.get(factorId) ?? {
      factor,
      failed: false,
      values: new Map(),
      rowOf: new Map(),
      takenRows: []
    }
    groups.set(factorId, group)
    const inputIndex = factor.inputs.findIndex((input) => input.id === inputId)
    const input = factor.inputs[inputIndex]
    const baseline = parseBaseline(reader.text('baseline'), inputIndex === 0 ? 2 : 1)
    if (input === undefined)
      reader.fail(
        'input',
        issueText('form.notInput', {
          input: shown(inputId),
          factor: factorId,
          inputs: factor.inputs.map((i) => i.id).join(', ')
        })
      )
    else if (group.rowOf.has(inputId))
      reader.fail(
        'input',
        issueText('form.inputTwice', {
          factor: factorId,
          input: inputId,
          first: group.rowOf.get(inputId) ?? 0
        })
      )
    else if (baseline !== undefined && baseline.key !== `${factorId}:${inputId}`)
      reader.fail(
        'input',
        issueText('form.rowOfOtherInput', { key: baseline.key.replace(':', ' ') })
      )
    if (input === undefined || issues.rowFailed(table.spec.name, row.row)) {
      group.failed = true
      continue
    }
    group.rowOf.set(inputId, row.row)
    const first = inputIndex === 0
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
    const value = readValue(reader, input)
    if (value === undefined || issues.rowFailed(table.spec.name, row.row)) {
      group.failed = true
      continue
    }
    const now = factorRowContent(current.get(factorId), inputId, first)
    let taken = false
    if (takesField(value, now.value, baseline?.fingerprints[0])) {
      group.values.set(inputId, value)
      taken = true
    }
    if (first && takesField(normalizeText(comment), now.comment, baseline?.fingerprints[1])) {
      group.comment = normalizeText(comment)
      taken = true
    }
    if (taken) group.takenRows.push(row.row)
  }
  return groups
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

export interface FactorsRead {
  factorEntries: FactorEntry[]
  changes: FactorChange[]
  rows: number
}

/** Reads every row of the factors sheet against the bank and the assessment as it stands. */
export function readFactors(
  table: SheetTable,
  bank: Bank,
  assessment: Assessment,
  issues: FormIssues
): FactorsRead {
  const groups = readRows(table, bank, assessment, issues)
  const result: FactorsRead = { factorEntries: [], changes: [], rows: table.rows.length }
  for (const [factorId, group] of groups) {
    if (group.failed || group.takenRows.length === 0) continue
    const current = assessment.factors.find((entry) => entry.factorId === factorId)
    const values: Record<string, number | null> = Object.create(null) as Record<
      string,
      number | null
    >
    for (const input of group.factor.inputs) {
      const value = current?.values[input.id]
      if (value !== undefined && Object.hasOwn(current?.values ?? {}, input.id))
        values[input.id] = value
    }
    for (const [inputId, value] of group.values) values[inputId] = value
    if (!checkConstraints(group.factor, values, group.rowOf, table, issues)) continue
    const comment = group.comment !== undefined ? group.comment : (current?.comment ?? null)
    const entry = factorEntrySchema.safeParse({
      factorId,
      values: { ...values },
      ...(comment === null ? {} : { comment }),
      evidence: current?.evidence ?? []
    })
    if (!entry.success) {
      const row = group.takenRows[0] ?? 0
      new RowReader(table, { row, cells: new Map() }, issues).fail(
        'value',
        issueText('form.factorCannotStore', {
          factor: factorId,
          detail: entry.error.issues[0]?.message ?? 'invalid'
        })
      )
      continue
    }
    result.factorEntries.push(entry.data)
    result.changes.push({
      factorId,
      rows: group.takenRows,
      inputs: [...group.values.keys()],
      comment: group.comment !== undefined
    })
  }
  return result
}
