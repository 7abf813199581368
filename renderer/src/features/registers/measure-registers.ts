/**
 * The bank's register measures applied to an assessment (loaded on first use, with zod and the
 * measures file, so neither rides with start-up): every computed input with its counted and
 * excluded rows, and the figures they give the factor entries.
 */
import measuresJson from '../../../../resources/registers/sac-stability-2025-measures.json'
import type { AssessmentMetadata } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import {
  figureMeasurer,
  measureAssessmentRegisters,
  type FigureMeasurer,
  type MeasuredRegisters
} from '@shared/registers/figure-measurer'
import { measureSetSchema, type MeasureSet } from '@shared/registers/measure'
import type { RegisterTable } from '@shared/registers/read-table'

export { registerSheetInput } from '@shared/registers/sheet-input'

/** The measures shipped for a bank, or undefined when none are written for its id and version. */
const SHIPPED: readonly MeasureSet[] = [measureSetSchema.parse(measuresJson)]

export const measuresOf = (bank: Pick<Bank, 'id' | 'version'>): MeasureSet | undefined =>
  SHIPPED.find((set) => set.bankId === bank.id && set.bankVersions.includes(bank.version))

export type { MeasuredRegisters }

export function measureRegisters(
  bank: Pick<Bank, 'id' | 'version' | 'factors'>,
  metadata: Pick<AssessmentMetadata, 'period' | 'systems'>,
  tables: readonly RegisterTable[]
): MeasuredRegisters {
  return measureAssessmentRegisters(bank, measuresOf(bank), metadata, tables)
}

/** The bank's measures as a merge uses them (figures, and the register each comes from). */
export const bankFigureMeasurer = (bank: Bank): FigureMeasurer =>
  figureMeasurer(bank, measuresOf(bank))
