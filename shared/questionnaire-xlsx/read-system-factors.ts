/**
 * Reads the system_factors sheet: one value per input of a per-system factor for one key system,
 * and a comment per factor. Each system's inputs are checked together (limits, then constraints),
 * and a problem in any row of a factor leaves the whole factor out, as on the factors sheet.
 */
import { issueText } from '../util/issue-codes'
import {
  factorEntrySchema,
  type Assessment,
  type FactorEntry,
  type KeySystem
} from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { EvaluationFactor, FactorInput } from '../bank/factor'
import { RowReader, shown, type SheetTable } from '../bank-xlsx/index'
import {
  normalizeText,
  parseBaseline,
  systemInputValue,
  takesField,
  type Baseline
} from './content'
import type { FormIssues } from './form-issues'
import { checkConstraints, readValue, type FactorChange, type FactorsRead } from './read-factors'

const MAX_COMMENT = 20_000

interface SystemFactorRows {
  factor: EvaluationFactor
  failed: boolean
  /** Values taken from the form: system id → input id → value. */
  values: Map<string, Map<string, number | null>>
  /** The row of each `system.input`. */
  rowOf: Map<string, number>
  comment?: string | null
  takenRows: number[]
  /** The row that may hold the factor's comment: its first row in the sheet. */
  firstRow?: number
}

/** Where a row's ids are wrong (unknown system or input, a repeated row, an id typed over). */
function checkKey(
  reader: RowReader,
  group: SystemFactorRows,
  key: { factorId: string; systemId: string; inputId: string },
  systems: ReadonlyMap<string, KeySystem>,
  baselineKey: string | undefined
): void {
  const { factorId, systemId, inputId } = key
  const factor = group.factor
  const seen = group.rowOf.get(`${systemId}.${inputId}`)
  if (!systems.has(systemId))
    reader.fail('system', issueText('form.unknownSystem', { id: shown(systemId) }))
  else if (!factor.inputs.some((input) => input.id === inputId))
    reader.fail(
      'input',
      issueText('form.notInput', {
        input: shown(inputId),
        factor: factorId,
        inputs: factor.inputs.map((i) => i.id).join(', ')
      })
    )
  else if (seen !== undefined)
    reader.fail(
      'input',
      issueText('form.systemInputTwice', {
        factor: factorId,
        system: systems.get(systemId)?.name ?? systemId,
        input: inputId,
        first: seen
      })
    )
  else if (baselineKey !== undefined && baselineKey !== `${factorId}@${systemId}:${inputId}`)
    reader.fail(
      'input',
      issueText('form.rowOfOtherInput', { key: baselineKey.replace(/[@:]/g, ' ') })
    )
}

/** Reads a checked row's value and (first row) comment; notes what the filler changed. */
function takeRow(
  reader: RowReader,
  group: SystemFactorRows,
  row: { systemId: string; input: FactorInput; first: boolean; baseline: Baseline | undefined },
  entry: FactorEntry | undefined,
  issues: FormIssues
): void {
  const { systemId, input, first, baseline } = row
  const comment = reader.text('comment')
  if (!first && comment !== undefined)
    reader.fail(
      'comment',
      issueText('form.commentOnFirstRow', { input: group.factor.inputs[0]?.id ?? '' })
    )
  else if (comment !== undefined && comment.length > MAX_COMMENT)
    reader.fail(
      'comment',
      issueText('form.tooLong', { length: comment.length, maximum: MAX_COMMENT })
    )
  const value = readValue(reader, input)
  if (value === undefined || issues.rowFailed(reader.sheet, reader.row.row)) {
    group.failed = true
    return
  }
  let taken = false
  if (takesField(value, systemInputValue(entry, systemId, input.id), baseline?.fingerprints[0])) {
    const inputs = group.values.get(systemId) ?? new Map<string, number | null>()
    inputs.set(input.id, value)
    group.values.set(systemId, inputs)
    taken = true
  }
  if (
    first &&
    takesField(normalizeText(comment), normalizeText(entry?.comment), baseline?.fingerprints[1])
  ) {
    group.comment = normalizeText(comment)
    taken = true
  }
  if (taken) group.takenRows.push(reader.row.row)
}

/** Reads the rows into per-factor groups; ids are checked, values read, edits noted. */
function readRows(
  table: SheetTable,
  bank: Bank,
  assessment: Assessment,
  issues: FormIssues
): Map<string, SystemFactorRows> {
  const factors = new Map(bank.factors.map((factor) => [factor.id, factor]))
  const systems = new Map(assessment.metadata.systems.map((system) => [system.id, system]))
  const current = new Map<string, FactorEntry>()
  for (const entry of assessment.factors)
    if (!current.has(entry.factorId)) current.set(entry.factorId, entry)
  const groups = new Map<string, SystemFactorRows>()
  for (const row of table.rows) {
    const reader = new RowReader(table, row, issues)
    const factorId = reader.text('factor')?.trim()
    const systemId = reader.text('system')?.trim()
    const inputId = reader.text('input')?.trim()
    if (factorId === undefined || systemId === undefined || inputId === undefined) {
      if (reader.has('value') || reader.has('comment'))
        reader.fail(
          factorId === undefined ? 'factor' : systemId === undefined ? 'system' : 'input',
          issueText('form.idMissing')
        )
      continue
    }
    const factor = factors.get(factorId)
    if (factor === undefined) {
      reader.fail('factor', issueText('form.unknownFactor', { id: shown(factorId) }))
      continue
    }
    if (factor.perSystem === undefined) {
      reader.fail('factor', issueText('form.notPerSystem', { factor: factorId }))
      continue
    }
    const group: SystemFactorRows = groups.get(factorId) ?? {
      factor,
      failed: false,
      values: new Map(),
      rowOf: new Map(),
      takenRows: []
    }
    groups.set(factorId, group)
    const first = group.firstRow === undefined
    group.firstRow ??= row.row
    const input = factor.inputs.find((candidate) => candidate.id === inputId)
    const key = `${systemId}.${inputId}`
    const baseline = parseBaseline(reader.text('baseline'), first ? 2 : 1)
    checkKey(reader, group, { factorId, systemId, inputId }, systems, baseline?.key)
    if (input === undefined || issues.rowFailed(table.spec.name, row.row)) {
      group.failed = true
      continue
    }
    group.rowOf.set(key, row.row)
    takeRow(reader, group, { systemId, input, first, baseline }, current.get(factorId), issues)
  }
  return groups
}

/** A fresh record (no prototype), so an input id can never reach Object.prototype. */
const record = (): Record<string, number | null> =>
  Object.create(null) as Record<string, number | null>

/**
 * Reads every row of the system_factors sheet against the bank and the assessment as it stands:
 * one factor entry per per-system factor with a changed input or comment, holding every system's
 * inputs (the form's changed values over the current ones).
 */
export function readSystemFactors(
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
    const bySystem: Record<string, Record<string, number | null>> = Object.create(null) as Record<
      string,
      Record<string, number | null>
    >
    for (const [systemId, inputs] of Object.entries(current?.bySystem ?? {}))
      bySystem[systemId] = Object.assign(record(), inputs)
    let holds = true
    for (const [systemId, taken] of group.values) {
      const values = Object.assign(record(), bySystem[systemId] ?? {})
      for (const [inputId, value] of taken) values[inputId] = value
      bySystem[systemId] = values
      const rowOf = new Map<string, number>()
      for (const input of group.factor.inputs) {
        const row = group.rowOf.get(`${systemId}.${input.id}`)
        if (row !== undefined) rowOf.set(input.id, row)
      }
      holds &&= checkConstraints(group.factor, values, rowOf, table, issues)
    }
    if (!holds) continue
    const comment = group.comment !== undefined ? group.comment : (current?.comment ?? null)
    const entry = factorEntrySchema.safeParse({
      factorId,
      values: { ...(current?.values ?? {}) },
      bySystem: Object.fromEntries(
        Object.entries(bySystem).map(([systemId, values]) => [systemId, { ...values }])
      ),
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
    const change: FactorChange = {
      factorId,
      rows: group.takenRows,
      inputs: [...group.values].flatMap(([systemId, inputs]) =>
        [...inputs.keys()].map((inputId) => `${systemId}.${inputId}`)
      ),
      comment: group.comment !== undefined
    }
    result.factorEntries.push(entry.data)
    result.changes.push(change)
  }
  return result
}
