/**
 * Reads the system_factors sheet: one value per input of a per-system factor for one key system,
 * and a comment per factor. Each system's inputs are checked together (limits, then constraints),
 * and a problem in any row of a factor leaves the whole factor out, as on the factors sheet.
 */
import { issueText } from '../util/issue-codes'
import type { KeySystem } from '../assessment/assessment'
import { shown, type RowReader } from '../bank-xlsx/index'
import { normalizeText, parseBaseline, systemInputValue } from './content'
import {
  checkConstraints,
  collectEntries,
  currentEntries,
  failNotInput,
  factorSheetRows,
  groupOf,
  inputRecord,
  takeRow,
  type FactorRows,
  type FactorSheet,
  type FactorsRead
} from './factor-cells'

type SystemFactorRows = FactorRows<Map<string, number | null>>

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
    failNotInput(reader, factor, inputId)
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

/** Reads the rows into per-factor groups; ids are checked, values read, edits noted. */
function readRows(sheet: FactorSheet): Map<string, SystemFactorRows> {
  const { table, assessment, issues } = sheet
  const systems = new Map(assessment.metadata.systems.map((system) => [system.id, system]))
  const current = currentEntries(assessment.factors)
  const groups = new Map<string, SystemFactorRows>()
  const rows = factorSheetRows(sheet, ['factor', 'system', 'input'])
  for (const { reader, ids, factor } of rows) {
    const [factorId, systemId, inputId] = ids
    const row = reader.row.row
    if (factor.perSystem === undefined) {
      reader.fail('factor', issueText('form.notPerSystem', { factor: factorId }))
      continue
    }
    const group = groupOf(groups, factor)
    const first = group.firstRow === undefined
    group.firstRow ??= row
    const input = factor.inputs.find((candidate) => candidate.id === inputId)
    const key = `${systemId}.${inputId}`
    const baseline = parseBaseline(reader.text('baseline'), first ? 2 : 1)
    checkKey(reader, group, { factorId, systemId, inputId }, systems, baseline?.key)
    if (input === undefined || issues.rowFailed(table.spec.name, row)) {
      group.failed = true
      continue
    }
    group.rowOf.set(key, row)
    const entry = current.get(factorId)
    const now = {
      value: systemInputValue(entry, systemId, input.id),
      comment: normalizeText(entry?.comment)
    }
    takeRow(reader, group, { input, first, baseline, now }, issues, (value) => {
      const inputs = group.values.get(systemId) ?? new Map<string, number | null>()
      inputs.set(input.id, value)
      group.values.set(systemId, inputs)
    })
  }
  return groups
}

/**
 * Reads every row of the system_factors sheet against the bank and the assessment as it stands:
 * one factor entry per per-system factor with a changed input or comment, holding every system's
 * inputs (the form's changed values over the current ones).
 */
export function readSystemFactors(sheet: FactorSheet): FactorsRead {
  const { table, issues } = sheet
  return collectEntries(readRows(sheet), sheet, (group, current) => {
    const bySystem: Record<string, Record<string, number | null>> = Object.create(null) as Record<
      string,
      Record<string, number | null>
    >
    for (const [systemId, inputs] of Object.entries(current?.bySystem ?? {}))
      bySystem[systemId] = Object.assign(inputRecord(), inputs)
    let holds = true
    for (const [systemId, taken] of group.values) {
      const values = Object.assign(inputRecord(), bySystem[systemId] ?? {})
      for (const [inputId, value] of taken) values[inputId] = value
      bySystem[systemId] = values
      const rowOf = new Map<string, number>()
      for (const input of group.factor.inputs) {
        const row = group.rowOf.get(`${systemId}.${input.id}`)
        if (row !== undefined) rowOf.set(input.id, row)
      }
      holds &&= checkConstraints(group.factor, values, rowOf, table, issues)
    }
    if (!holds) return undefined
    return {
      fields: {
        values: { ...(current?.values ?? {}) },
        bySystem: Object.fromEntries(
          Object.entries(bySystem).map(([systemId, values]) => [systemId, { ...values }])
        )
      },
      inputs: [...group.values].flatMap(([systemId, inputs]) =>
        [...inputs.keys()].map((inputId) => `${systemId}.${inputId}`)
      )
    }
  })
}
