import type { EvaluationFactor, FactorFormula } from '../factor'
import { BAND_GRADES } from '../factor'
import { expressionInputIds, parseExpression } from '../expression'
import { checkScoresNonIncreasing, checkThresholds } from './bands'
import { BANK_PARTS } from '../../issues/catalogue/terms'
import { issueText, issueTexts } from '../../util/issue-codes'
import { checkFactorFormat3 } from './per-system'
import type { BankContext } from './context'
import { quote } from './context'

type RequireInput = (id: string, at: string) => void

/** Each factor: inputs and their ranges, constraints, formula, section fed, bands, red lines. */
export function checkFactors(ctx: BankContext): void {
  for (const { item: factor, path } of ctx.factors.values()) {
    const inputIds = new Set<string>()
    const seen = new Map<string, string>()
    factor.inputs.forEach((input, ii) => {
      const inputPath = `${path}.inputs[${ii}]`
      ctx.unique(seen, input.id, inputPath, BANK_PARTS.input)
      inputIds.add(input.id)
      if (input.max !== undefined && input.min > input.max) {
        ctx.add(
          `${inputPath}.min`,
          issueText('bank.minAboveMax', { min: input.min, max: input.max })
        )
      }
    })
    const requireInput: RequireInput = (id, at) => {
      if (!inputIds.has(id)) {
        ctx.add(at, issueText('bank.unknownInput', { input: quote(id), factor: quote(factor.id) }))
      }
    }
    factor.constraints.forEach((constraint, ci) => {
      requireInput(constraint.left, `${path}.constraints[${ci}].left`)
      requireInput(constraint.right, `${path}.constraints[${ci}].right`)
    })
    checkFormula(ctx, factor.formula, `${path}.formula`, inputIds, requireInput)
    if (!ctx.sections.has(factor.feeds)) {
      ctx.add(`${path}.feeds`, issueText('bank.unknownSection', { section: quote(factor.feeds) }))
    }
    checkBands(ctx, factor, `${path}.bands`)
    if (factor.display === 'percent') checkPercentScale(ctx, factor, path)
    factor.redLines.forEach((redLine, ri) => {
      ctx.unique(ctx.redLineIds, redLine.id, `${path}.redLines[${ri}]`, BANK_PARTS.redLine)
    })
    checkFactorFormat3(ctx, factor, path)
    ctx.checkDocumentRefs(factor.references, path)
  }
}

/** Percent factors are stored as fractions; a target of 95 almost certainly meant 0.95. */
function checkPercentScale(ctx: BankContext, factor: EvaluationFactor, path: string): void {
  const outOfRange = (n: number): boolean => n < 0 || n > 1
  if (outOfRange(factor.target)) {
    ctx.add(`${path}.target`, issueText('bank.percentTargetFraction', { value: factor.target }))
  }
  factor.bands.forEach((band, bi) => {
    if (band.threshold !== null && outOfRange(band.threshold)) {
      ctx.add(
        `${path}.bands[${bi}].threshold`,
        issueText('bank.percentThresholdFraction', { value: band.threshold })
      )
    }
  })
}

function checkFormula(
  ctx: BankContext,
  formula: FactorFormula,
  path: string,
  inputIds: Set<string>,
  requireInput: RequireInput
): void {
  switch (formula.kind) {
    case 'ratio':
      requireInput(formula.numerator, `${path}.numerator`)
      requireInput(formula.denominator, `${path}.denominator`)
      return
    case 'complementRatio':
      requireInput(formula.part, `${path}.part`)
      requireInput(formula.whole, `${path}.whole`)
      return
    case 'meanDuration':
      requireInput(formula.total, `${path}.total`)
      requireInput(formula.count, `${path}.count`)
      return
    case 'meanOfRatios':
    case 'minOfRatios':
      formula.terms.forEach((term, ti) => {
        requireInput(term.numerator, `${path}.terms[${ti}].numerator`)
        requireInput(term.denominator, `${path}.terms[${ti}].denominator`)
      })
      return
    case 'expression': {
      const parsed = parseExpression(formula.expression)
      if (!parsed.ok) {
        ctx.add(
          `${path}.expression`,
          issueText('bank.expressionSyntax', {
            problem: issueTexts(parsed.problem),
            position: parsed.position + 1
          })
        )
        return
      }
      for (const id of expressionInputIds(parsed.ast)) {
        if (!inputIds.has(id)) requireInput(id, `${path}.expression`)
      }
      return
    }
  }
}

function checkBands(ctx: BankContext, factor: EvaluationFactor, path: string): void {
  factor.bands.forEach((band, bi) => {
    const expected = BAND_GRADES[bi]
    if (band.grade !== expected) {
      ctx.add(`${path}[${bi}].grade`, issueText('bank.bandGrade', { expected: quote(expected) }))
    }
  })
  checkThresholds(
    ctx,
    factor.bands.map((band) => band.threshold),
    factor.direction,
    path
  )
  checkScoresNonIncreasing(
    ctx,
    factor.bands.map((band) => band.score),
    path
  )
}
