/**
 * Reads the factors sheet: one value per factor input and a comment per factor. A factor's inputs
 * are checked together (limits, then constraints such as N_mon ≤ N_fault), so a problem in any row
 * of a factor leaves the whole factor out.
 */
import { issueText } from '../util/issue-codes'
import type { Assessment } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { RowReader, type SheetTable } from '../bank-xlsx/index'
import { factorRowContent, normalizeText, parseBaseline, takesField } from './content'
import {
  checkConstraints,
  collectEntries,
  currentEntries,
  failNotInput,
  groupOf,
  knownFactor,
  inputRecord,
  readComment,
  readValue,
  type FactorRows,
  type FactorsRead
} from './factor-cells'
import type { FormIssues } from './form-issues'

export type { FactorChange, FactorsRead } from './factor-cells'

type InputRows = FactorRows<number | null>

/** Reads the rows into per-factor groups; ids are checked, values read, edits noted. */
function readRows(
  table: SheetTable,
  bank: Bank,
  assessment: Assessment,
  issues: FormIssues
): Map<string, InputRows> {
  const factors = new Map(bank.factors.map((factor) => [factor.id, factor]))
  const current = currentEntries(assessment.factors)
  const groups = new Map<string, InputRows>()
  for (const row of table.rows) {
    const reader = new RowReader(table, row, issues)
    const factorId = reader.text('factor')?.trim()
    const inputId = reader.text('input')?.trim()
    if (factorId === undefined || inputId === undefined) {
      if (reader.has('value') || reader.has('comment'))
        reader.fail(factorId === undefined ? 'factor' : 'input', issueText('form.idMissing'))
      continue
    }
    const factor = knownFactor(reader, factors, factorId)
    if (factor === undefined) continue
    // A form written before per-system factors had their own sheet lists them here.
    if (factor.perSystem !== undefined) {
      if (reader.has('value') || reader.has('comment'))
        reader.fail('factor', issueText('form.perSystemInFactors', { factor: factorId }))
      continue
    }
    const group = groupOf(groups, factor)
    const inputIndex = factor.inputs.findIndex((input) => input.id === inputId)
    const input = factor.inputs[inputIndex]
    const baseline = parseBaseline(reader.text('baseline'), inputIndex === 0 ? 2 : 1)
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
    if (input === undefined || issues.rowFailed(table.spec.name, row.row)) {
      group.failed = true
      continue
    }
    group.rowOf.set(inputId, row.row)
    const first = inputIndex === 0
    const comment = readComment(reader, factor, first)
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

/** Reads every row of the factors sheet against the bank and the assessment as it stands. */
export function readFactors(
  table: SheetTable,
  bank: Bank,
  assessment: Assessment,
  issues: FormIssues
): FactorsRead {
  const groups = readRows(table, bank, assessment, issues)
  return collectEntries(groups, assessment, { table, issues }, (group, current) => {
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
