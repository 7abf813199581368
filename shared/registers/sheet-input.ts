/**
 * What the scored workbook's 台账明细 / Registers sheet lists for an assessment: its register
 * files and every figure measured from them with the rows it counted and left out, the override (value and
 * reason) where the assessor typed one. Pure; the app and the tests build it the same way.
 */
import type { AssessmentMetadata } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import type { RegisterSheetInput } from '../report/sheet-registers'
import { assessmentMeasureContext, figureKey, figureWrites } from './factor-writes'
import { computeInputs } from './inputs'
import { REGISTER_KIND_TABLE } from './kinds'
import type { MeasureSet } from './measure'
import type { RegisterSource } from './read-file'
import type { RegisterTable } from './read-table'

export interface StoredRegisterFile {
  source: RegisterSource
  table: RegisterTable
}

export function registerSheetInput(args: {
  bank: Bank
  measures: MeasureSet
  metadata: Pick<AssessmentMetadata, 'period' | 'systems'>
  registers: readonly StoredRegisterFile[]
  /** By figure key. */
  overrides: Readonly<Record<string, { value: number | null; reason: string }>>
  locale: 'zh-CN' | 'en-US'
}): RegisterSheetInput {
  const { bank, metadata, registers, overrides, locale } = args
  const tables = registers.map((r) => r.table)
  const context = assessmentMeasureContext(metadata.period, tables, metadata.systems)
  const computed = computeInputs(args.measures, bank.factors, context)
  const writes = figureWrites(computed, bank.factors, metadata.systems)
  const inputs = new Map(computed.map((c) => [`${c.factorId}.${c.inputId}`, c.figure]))
  const systems = new Map(metadata.systems.map((s) => [s.id, s.name]))
  const factors = new Map(bank.factors.map((f) => [f.id, f]))
  return {
    sources: registers.map((r) => ({
      register: REGISTER_KIND_TABLE[r.table.kind].sheet[locale],
      source: r.source,
      rows: r.table.rows.length
    })),
    figures: writes.map((w) => {
      const figure = inputs.get(`${w.factorId}.${w.inputId}`)!
      const system = w.systemId === null ? null : (systems.get(w.systemId) ?? w.systemId)
      const rows = system === null ? figure.pooled : figure.bySystem[system]!
      const factor = factors.get(w.factorId)
      const key = figureKey(w)
      const override = overrides[key]
      return {
        key,
        factor: `${w.factorId} ${factor?.name[locale] ?? ''}`.trim(),
        input: factor?.inputs.find((i) => i.id === w.inputId)?.label[locale] ?? w.inputId,
        system,
        aggregate: figure.measure.aggregate,
        value: w.value,
        ...(override ? { override: { value: override.value, reason: override.reason } } : {}),
        counted: rows.counted,
        excluded: rows.excluded
      }
    })
  }
}
