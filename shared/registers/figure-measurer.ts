/**
 * An assessment's register figures under its period and key systems, as one function the app,
 * the command line and a merge all use: the bank's measures over the registers' rows, each figure
 * with the register it is measured from.
 */
import type { AssessmentMetadata } from '../assessment/assessment'
import type { Bank } from '../bank/bank'
import { assessmentMeasureContext, figureWrites, type FigureWrite } from './factor-writes'
import { computeInputs, type ComputedInput } from './inputs'
import type { RegisterKindId } from './kinds'
import type { MeasureSet } from './measure'
import type { RegisterTable } from './read-table'

export type MeasuredScope = Pick<AssessmentMetadata, 'period' | 'systems'>

export interface MeasuredRegisters {
  computed: ComputedInput[]
  writes: FigureWrite[]
}

/** Every computed input with its rows, and the figures they give the factor entries. */
export function measureAssessmentRegisters(
  bank: Pick<Bank, 'factors'>,
  measures: MeasureSet | undefined,
  scope: MeasuredScope,
  tables: readonly RegisterTable[]
): MeasuredRegisters {
  if (measures === undefined || tables.length === 0) return { computed: [], writes: [] }
  const context = assessmentMeasureContext(scope.period, tables, scope.systems)
  const computed = computeInputs(measures, bank.factors, context)
  return { computed, writes: figureWrites(computed, bank.factors, scope.systems) }
}

/** What a merge needs to know of the measures: the figures, and which register each comes from. */
export interface FigureMeasurer {
  figures(scope: MeasuredScope, tables: readonly RegisterTable[]): FigureWrite[]
  /** The register a factor input is measured from (undefined: typed by hand). */
  registerOf(factorId: string, inputId: string): RegisterKindId | undefined
}

export function figureMeasurer(
  bank: Pick<Bank, 'factors'>,
  measures: MeasureSet | undefined
): FigureMeasurer {
  return {
    figures: (scope, tables) => measureAssessmentRegisters(bank, measures, scope, tables).writes,
    registerOf: (factorId, inputId) => measures?.factors[factorId]?.[inputId]?.register
  }
}
