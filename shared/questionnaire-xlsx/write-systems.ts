/**
 * Bank + assessment → the rows of the systems sheet (one per key system, then empty rows for new
 * ones) and of the system_factors sheet (one per input of every per-system factor, for each key
 * system the factor is entered for).
 */
import type { Assessment, FactorEntry, KeySystem } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { Locale } from '../bank/primitives'
import { systemsInScope } from '../scoring/index'
import { columnLetter } from '../xlsx/address'
import { baselineText, normalizeText, systemInputValue, systemRowContent } from './content'
import type { FormRow } from './form-writer'
import { SYSTEM_CLASS_LABELS, YES_NO } from './labels'
import type { DropdownLists } from './lists'
import { columnIndex, systemFactorsSheet } from './sheets'
import { inputRow } from './write-factors'
import { currentEntries } from './factor-cells'

/** Empty rows offered for systems the filler adds (a protected sheet cannot gain rows). */
export const NEW_SYSTEM_ROWS = 10
/** The baseline key of an empty row for a new system. */
export const NEW_SYSTEM_KEY = 'new'

const SYSTEM_EDITABLE = new Set(['name', 'class', 'real_time', 'service_window'])
const MESSAGES = {
  'zh-CN': { pick: '请从下拉列表中选择' },
  'en-US': { pick: 'Pick from the list' }
} as const

/** Whether the form carries key systems: the assessment has some, or the bank asks per system. */
export function formHasSystems(bank: Bank, assessment: Assessment): boolean {
  return (
    assessment.metadata.systems.length > 0 ||
    bank.factors.some((factor) => factor.perSystem !== undefined)
  )
}

/** The baseline of a system row: its id, then the fingerprints of name, class, real-time, window. */
export function systemBaseline(system: KeySystem): string {
  const content = systemRowContent(system)
  return baselineText(system.id, [
    content.name,
    content.class,
    content.realTime,
    content.serviceWindow
  ])
}

/** One row per key system, then {@link NEW_SYSTEM_ROWS} empty ones; class and real-time as dropdowns. */
export function systemRows(
  assessment: Assessment,
  locale: Locale,
  lists: DropdownLists
): FormRow[] {
  const pick = MESSAGES[locale].pick
  const validations = {
    class: lists.dropdown(
      SYSTEM_CLASS_LABELS.map((label) => label[locale]),
      'class',
      pick
    ),
    real_time: lists.dropdown([YES_NO.yes[locale], YES_NO.no[locale]], 'real_time', pick)
  }
  const rows: FormRow[] = assessment.metadata.systems.map((system) => ({
    cells: {
      system: system.id,
      name: system.name,
      class:
        system.class === undefined ? undefined : SYSTEM_CLASS_LABELS[system.class - 1]?.[locale],
      real_time:
        system.realTime === undefined ? undefined : YES_NO[system.realTime ? 'yes' : 'no'][locale],
      service_window: system.serviceWindow,
      baseline: systemBaseline(system)
    },
    editable: SYSTEM_EDITABLE,
    validations
  }))
  for (let i = 0; i < NEW_SYSTEM_ROWS; i++)
    rows.push({ cells: { baseline: NEW_SYSTEM_KEY }, editable: SYSTEM_EDITABLE, validations })
  return rows
}

/** The baseline of a per-system input row: `F11@sys-1:T_down`, the value's and (first row) the comment's fingerprints. */
export function systemInputBaseline(
  entry: FactorEntry | undefined,
  key: { factorId: string; systemId: string; inputId: string },
  first: boolean
): string {
  const value = systemInputValue(entry, key.systemId, key.inputId)
  const parts: unknown[] = first ? [value, normalizeText(entry?.comment)] : [value]
  return baselineText(`${key.factorId}@${key.systemId}:${key.inputId}`, parts)
}

/** One row per input of every per-system factor, for each key system it is entered for. */
export function systemFactorRows(bank: Bank, assessment: Assessment, locale: Locale): FormRow[] {
  const entries = currentEntries(assessment.factors)
  const valueColumn = columnLetter(columnIndex(systemFactorsSheet, 'value'))
  const rows: FormRow[] = []
  for (const factor of bank.factors) {
    if (factor.perSystem === undefined) continue
    const entry = entries.get(factor.id)
    let first = true
    for (const system of systemsInScope(factor.perSystem, assessment.metadata.systems))
      for (const input of factor.inputs) {
        const key = { factorId: factor.id, systemId: system.id, inputId: input.id }
        rows.push(
          inputRow(factor, input, locale, {
            first,
            value: systemInputValue(entry, system.id, input.id),
            comment: normalizeText(entry?.comment),
            baseline: systemInputBaseline(entry, key, first),
            valueCell: `${valueColumn}${rows.length + 2}`,
            keyCells: { system: system.id, system_name: system.name }
          })
        )
        first = false
      }
  }
  return rows
}
