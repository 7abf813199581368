import { issueText } from '../../util/issue-codes'
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
      ctx.add(`${path}.perSystem.classWeights`, issueText('bank.classWeightsNeeded'))
    if (!weighted && perSystem.classWeights !== undefined)
      ctx.add(
        `${path}.perSystem.classWeights`,
        issueText('bank.classWeightsUnused', { combine: quote(perSystem.combine) })
      )
    perSystem.classWeights?.forEach((weight, ci) => {
      if (!(weight > 0))
        ctx.add(
          `${path}.perSystem.classWeights[${ci}]`,
          issueText('bank.classWeightPositive', { weight })
        )
    })
    if (weighted && factor.direction !== 'higher')
      ctx.add(`${path}.perSystem.combine`, issueText('bank.classWeightedNeedsHigher'))
  }
  const small = factor.smallSample
  if (small !== undefined) {
    if (factor.formula.kind !== 'ratio')
      ctx.add(
        `${path}.smallSample`,
        issueText('bank.smallSampleNeedsRatio', { kind: factor.formula.kind })
      )
    if (perSystem !== undefined)
      ctx.add(`${path}.smallSample`, issueText('bank.smallSamplePerSystem'))
    const bands = small.missBands
    bands?.forEach((misses, bi) => {
      const before = bi > 0 ? bands[bi - 1] : undefined
      if (before !== undefined && misses < before)
        ctx.add(
          `${path}.smallSample.missBands[${bi}]`,
          issueText('bank.missBandsFall', { before, misses })
        )
    })
  }
  const inputIds = factor.inputs.map((input) => input.id)
  factor.redLines.forEach((line, ri) => {
    if (line.input === undefined) return
    const at = `${path}.redLines[${ri}].input`
    if (!inputIds.includes(line.input))
      ctx.add(
        at,
        issueText('bank.noSuchInput', { factor: quote(factor.id), input: quote(line.input) })
      )
    if (perSystem !== undefined) ctx.add(at, issueText('bank.redLineInputPerSystem'))
  })
}
