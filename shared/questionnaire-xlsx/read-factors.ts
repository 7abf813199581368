/**
 * Reads the factors sheet: one value per factor input and a comment per factor. A factor's inputs
 * are checked together (limits, then constraints such as N_mon ≤ N_fault), so a problem in any row
 * of a factor leaves the whole factor out.
 */
import { issueText } from '../util/issue-codes'
import { factorRowContent, parseBaseline } from './content'
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

export type { FactorChange, FactorsRead } from './factor-cells'

type InputRows = FactorRows<number | null>

/** Reads the rows into per-factor groups; ids are checked, values read, edits noted. */
function readRows(sheet: FactorSheet): Map<string, InputRows> {
  const { table, assessment, issues } = sheet
  const current = currentEntries(assessment.factors)
  const groups = new Map<string, InputRows>()
  const rows = factorSheetRows(sheet, ['factor', 'input'])
  for (const { reader, ids, factor } of rows) {
    const [factorId, inputId] = ids
    const row = reader.row.row
    // A form written before per-system factors had their own sheet lists them here.
    if (factor.perSystem !== undefined) {
      if (reader.has('value') || reader.has('comment'))
        reader.fail('factor', issueText('form.perSystemInFactors', { factor: factorId }))
      continue
    }
    const group = groupOf(groups, factor)
    const inputIndex = factor.inputs.findIndex((input) => input.id === inputId)
    const input = factor.inputs[inputIndex]
    const first = inputIndex === 0
    const baseline = parseBaseline(reader.text('baseline'), first ? 2 : 1)
    if (input === undefined) failNotInput(reader, factor, inputId)
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
    if (input === undefined || issues.rowFailed(table.spec.name, row)) {
      group.failed = true
      continue
    }
    group.rowOf.set(inputId, row)
    const now = factorRowContent(current.get(factorId), inputId, first)
    takeRow(reader, group, { input, first, baseline, now }, issues, (value) =>
      group.values.set(inputId, value)
    )
  }
  return groups
}

/** Reads every row of the factors sheet against the bank and the assessment as it stands. */
export function readFactors(sheet: FactorSheet): FactorsRead {
  const { table, issues } = sheet
  return collectEntries(readRows(sheet), sheet, (group, current) => {
    const values = inputRecord()
    for (const input of group.factor.inputs) {
      const value = current?.values[input.id]
      if (value !== undefined && Object.hasOwn(current?.values ?? {}, input.id))
        values[input.id] = value
    }
    for (const [inputId, value] of group.values) values[inputId] = value
    if (!checkConstraints(group.factor, values, group.rowOf, table, issues)) return undefined
    return { fields: { values: { ...values } }, inputs: [...group.values.keys()] }
  })
}
