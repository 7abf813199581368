/** Bank + assessment → the rows of the factors sheet: one per factor input, in bank order. */
import type { Assessment, FactorEntry } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { EvaluationFactor, FactorInput } from '../bank/factor'
import type { Locale } from '../bank/primitives'
import { columnLetter } from '../xlsx/address'
import { baselineText, factorRowContent } from './content'
import type { FormRow } from './form-writer'
import { columnIndex, factorsSheet } from './sheets'
import { factorValidation } from './validations'
import { currentEntries } from './factor-cells'

const SYMBOLS = { lte: '≤', lt: '<', gte: '≥', gt: '>' } as const

/** `整数；≥ 0；≤ R_total`: what the value must satisfy, in the form's language. */
export function inputRules(factor: EvaluationFactor, input: FactorInput, locale: Locale): string {
  const parts: string[] = []
  if (input.integer) parts.push(locale === 'zh-CN' ? '整数' : 'whole number')
  parts.push(`≥ ${input.min}`)
  if (input.max !== undefined) parts.push(`≤ ${input.max}`)
  for (const constraint of factor.constraints) {
    if (constraint.left === input.id) parts.push(`${SYMBOLS[constraint.op]} ${constraint.right}`)
  }
  return parts.join(locale === 'zh-CN' ? '；' : '; ')
}

/** What a factor input's row holds beside the bank's texts of the factor and the input. */
export interface InputRowContent {
  /** The factor's first row, the one that takes its comment. */
  first: boolean
  value: number | null
  comment: string | null | undefined
  baseline: string
  /** The value cell's address (`H5`), for its validation. */
  valueCell: string
  /** Key cells only one sheet has (system_factors: the key system's id and name). */
  keyCells?: Readonly<Record<string, string>>
}

/** The row of one factor input on the factors or the system_factors sheet. */
export function inputRow(
  factor: EvaluationFactor,
  input: FactorInput,
  locale: Locale,
  content: InputRowContent
): FormRow {
  const { first } = content
  return {
    cells: {
      factor: factor.id,
      factor_name: factor.name[locale],
      ...content.keyCells,
      input: input.id,
      input_label: input.label[locale],
      unit: input.unit[locale],
      value: content.value ?? undefined,
      comment: first ? (content.comment ?? undefined) : undefined,
      rules: inputRules(factor, input, locale),
      baseline: content.baseline
    },
    notes: {
      factor_name: first ? factor.definition[locale] : undefined,
      input_label: input.description?.[locale]
    },
    // The comment belongs to the factor, so only its first row takes one.
    editable: new Set(first ? ['value', 'comment'] : ['value']),
    validations: { value: factorValidation(input, content.valueCell, locale) }
  }
}

/** The baseline of a factor row: `F01:N_fault`, the value's fingerprint and, on the first row, the comment's. */
export function factorBaseline(
  entry: FactorEntry | undefined,
  factorId: string,
  inputId: string,
  first: boolean
): string {
  const content = factorRowContent(entry, inputId, first)
  const parts: unknown[] = first ? [content.value, content.comment] : [content.value]
  return baselineText(`${factorId}:${inputId}`, parts)
}

/**
 * One row per input of every factor entered once for the firm, pre-filled with the assessment's
 * values. Per-system factors are on the system_factors sheet instead.
 */
export function factorRows(bank: Bank, assessment: Assessment, locale: Locale): FormRow[] {
  const entries = currentEntries(assessment.factors)
  const valueColumn = columnLetter(columnIndex(factorsSheet, 'value'))
  const rows: FormRow[] = []
  for (const factor of bank.factors) {
    if (factor.perSystem !== undefined) continue
    const entry = entries.get(factor.id)
    factor.inputs.forEach((input, i) => {
      const first = i === 0
      const content = factorRowContent(entry, input.id, first)
      rows.push(
        inputRow(factor, input, locale, {
          first,
          value: content.value,
          comment: content.comment,
          baseline: factorBaseline(entry, factor.id, input.id, first),
          valueCell: `${valueColumn}${rows.length + 2}`
        })
      )
    })
  }
  return rows
}
