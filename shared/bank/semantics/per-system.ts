import type { EvaluationFactor } from '../factor'
import type { BankContext } from './context'
import { quote } from './context'

/**
 * What bank format 3 added to a factor: the per-system rule (class weights exactly with a
 * class-weighted minimum, positive, on a higher-is-better factor), the small-sample rule (ratio
 * factors entered once; miss bands not falling) and red lines on an input (an input of a factor
 * entered once).
 */
export function checkFactorFormat3(ctx: BankContext, factor: EvaluationFactor, path: string): void {
  const perSystem = factor.perSystem
  if (perSystem !== undefined) {
    const weighted = perSystem.combine === 'classWeightedMin'
    if (weighted && perSystem.classWeights === undefined)
      ctx.add(
        `${path}.perSystem.classWeights`,
        'a class-weighted minimum needs classWeights (one weight per class, 第一类 … 第五类)'
      )
    if (!weighted && perSystem.classWeights !== undefined)
      ctx.add(
        `${path}.perSystem.classWeights`,
        `classWeights are used only by combine "classWeightedMin", not ${quote(perSystem.combine)}`
      )
    perSystem.classWeights?.forEach((weight, ci) => {
      if (!(weight > 0))
        ctx.add(
          `${path}.perSystem.classWeights[${ci}]`,
          `a class weight is positive, not ${weight}`
        )
    })
    if (weighted && factor.direction !== 'higher')
      ctx.add(
        `${path}.perSystem.combine`,
        'a class-weighted minimum scales shortfalls below the target; it needs a higher-is-better factor'
      )
  }
  const small = factor.smallSample
  if (small !== undefined) {
    if (factor.formula.kind !== 'ratio')
      ctx.add(
        `${path}.smallSample`,
        `the small-sample rule counts misses of a ratio (numerator of denominator); this factor is ${factor.formula.kind}`
      )
    if (perSystem !== undefined)
      ctx.add(
        `${path}.smallSample`,
        'the small-sample rule is for a factor entered once; a per-system factor combines systems instead'
      )
    const bands = small.missBands
    bands?.forEach((misses, bi) => {
      const before = bi > 0 ? bands[bi - 1] : undefined
      if (before !== undefined && misses < before)
        ctx.add(
          `${path}.smallSample.missBands[${bi}]`,
          `misses allowed must not fall from band to band (${before} before ${misses})`
        )
    })
  }
  const inputIds = factor.inputs.map((input) => input.id)
  factor.redLines.forEach((line, ri) => {
    if (line.input === undefined) return
    const at = `${path}.redLines[${ri}].input`
    if (!inputIds.includes(line.input))
      ctx.add(at, `factor ${quote(factor.id)} has no input ${quote(line.input)}`)
    if (perSystem !== undefined)
      ctx.add(at, 'a red line on an input needs a factor entered once, not per system')
  })
}
