/**
 * The bank's register measures applied to an assessment (loaded on first use, with zod and the
 * measures file, so neither rides with start-up): every computed input with its counted and
 * excluded rows, and the figures they give the factor entries.
 */
import measuresJson from '../../../../resources/registers/sac-stability-2025-measures.json'
import type { AssessmentMetadata } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import {
  assessmentMeasureContext,
  figureWrites,
  type FigureWrite
} from '@shared/registers/factor-writes'
import { computeInputs, type ComputedInput } from '@shared/registers/inputs'
import { measureSetSchema, type MeasureSet } from '@shared/registers/measure'
import type { RegisterTable } from '@shared/registers/read-table'

export { registerSheetInput } from '@shared/registers/sheet-input'

/** The measures shipped for a bank, or undefined when none are written for its id and version. */
const SHIPPED: readonly MeasureSet[] = [measureSetSchema.parse(measuresJson)]

export const measuresOf = (bank: Pick<Bank, 'id' | 'version'>): MeasureSet | undefined =>
  SHIPPED.find((set) => set.bankId === bank.id && set.bankVersions.includes(bank.version))

export interface MeasuredRegisters {
  computed: ComputedInput[]
  writes: FigureWrite[]
}

export function measureRegisters(
  bank: Pick<Bank, 'id' | 'version' | 'factors'>,
  metadata: Pick<AssessmentMetadata, 'period' | 'systems'>,
  tables: readonly RegisterTable[]
): MeasuredRegisters {
  const set = measuresOf(bank)
  if (set === undefined || tables.length === 0) return { computed: [], writes: [] }
  const context = assessmentMeasureContext(metadata.period, tables, metadata.systems)
  const computed = computeInputs(set, bank.factors, context)
  return { computed, writes: figureWrites(computed, bank.factors, metadata.systems) }
}
