import type { Assessment } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import { figureKey } from '@shared/registers/factor-writes'
import { REGISTER_KIND_TABLE } from '@shared/registers/kinds'
import type { RegisterSheetInput } from '@shared/report'
import type { RegistersRow } from '../../db/schema'
import { loadMeasureModule } from './useRegisterFigures'

/**
 * What the workbook's 台账明细 / Registers sheet lists for an assessment: its register files and
 * every figure measured from them with the rows it counted (undefined when it has no registers).
 */
export async function registerSheetInput(
  assessment: Assessment,
  bank: Bank,
  row: RegistersRow | undefined,
  locale: 'zh-CN' | 'en-US'
): Promise<RegisterSheetInput | undefined> {
  if (!row || row.registers.length === 0) return undefined
  const { measureRegisters } = await loadMeasureModule()
  const { metadata } = assessment
  const tables = row.registers.map((r) => r.table)
  const { computed, writes } = measureRegisters(bank, metadata, tables)
  const inputs = new Map(computed.map((c) => [`${c.factorId}.${c.inputId}`, c.figure]))
  const systems = new Map(metadata.systems.map((s) => [s.id, s.name]))
  const factors = new Map(bank.factors.map((f) => [f.id, f]))
  return {
    sources: row.registers.map((r) => ({
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
      const override = row.overrides[key]
      return {
        key,
        factor: `${w.factorId} ${factor?.name[locale] ?? ''}`.trim(),
        input: factor?.inputs.find((i) => i.id === w.inputId)?.label[locale] ?? w.inputId,
        system,
        aggregate: figure.measure.aggregate,
        value: w.value,
        ...(override ? { override: { value: override.value, reason: override.reason } } : {}),
        counted: rows.counted
      }
    })
  }
}
