/**
 * The factor inputs a bank's measures compute from the assessment's registers. An input whose
 * register was not imported is not measured (its figure stays typed by hand): an absent incident
 * register is not "zero incidents".
 */
import type { MeasuredFigure, MeasureContext } from './compute'
import { measureFigure, systemFacts } from './compute'
import { MeasuredRows } from './measured-rows'
import type { MeasureSet } from './measure'

export interface ComputedInput {
  factorId: string
  inputId: string
  figure: MeasuredFigure
}

/** The factors of a bank, as far as measures need them. */
export interface MeasuredFactor {
  id: string
  inputs: ReadonlyArray<{ id: string }>
}

export function computeInputs(
  set: MeasureSet,
  factors: readonly MeasuredFactor[],
  context: MeasureContext
): ComputedInput[] {
  const present = new Set(context.tables.map((table) => table.kind))
  /** The rows as this computation reads them, prepared once per register kind for every measure. */
  const rows = new MeasuredRows(context, systemFacts(context))
  /** Inputs measured alike (F01's and F18's count of incidents) share one figure, measured once. */
  const measured = new Map<string, MeasuredFigure>()
  const out: ComputedInput[] = []
  for (const factor of factors) {
    const measures = set.factors[factor.id] ?? {}
    for (const input of factor.inputs) {
      const measure = measures[input.id]
      if (measure === undefined || !present.has(measure.register)) continue
      const key = JSON.stringify(measure)
      let figure = measured.get(key)
      if (figure === undefined) measured.set(key, (figure = measureFigure(measure, context, rows)))
      out.push({ factorId: factor.id, inputId: input.id, figure })
    }
  }
  return out
}
