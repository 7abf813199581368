import { parseExpression, type BinaryOperator, type ExpressionNode } from '../bank/expression'
import type { FactorFormula, RatioTerm } from '../bank/factor'
import { assertNever } from '../util/assert-never'

/**
 * A factor formula compiled once per bank into a closure over input positions.
 * `evaluate` receives every declared input by position (all present: the caller checks `reads`
 * first) and returns the value, or null when it is undefined (a zero denominator — every term's,
 * for mean/min of ratios — or a non-finite result), plus per-term values for the workings.
 */
export interface CompiledFormula {
  /** Positions of the inputs the formula reads. */
  reads: number[]
  evaluate: (inputs: readonly number[]) => FormulaValue
}

/** A formula's value for one set of inputs. */
export interface FormulaValue {
  value: number | null
  /** For mean/min of ratios: each term's (num ÷ den) ÷ divisor, null where skipped. */
  terms: Array<number | null> | null
}

/** A compiled formula, or why the bank's formula cannot be evaluated. */
export type FormulaCompileResult =
  { ok: true; formula: CompiledFormula } | { ok: false; message: string }

type Evaluator = (inputs: readonly number[]) => number

function binaryEvaluator(op: BinaryOperator, left: Evaluator, right: Evaluator): Evaluator {
  switch (op) {
    case '+':
      return (inputs) => left(inputs) + right(inputs)
    case '-':
      return (inputs) => left(inputs) - right(inputs)
    case '*':
      return (inputs) => left(inputs) * right(inputs)
    case '/':
      return (inputs) => {
        const divisor = right(inputs)
        return divisor === 0 ? Number.NaN : left(inputs) / divisor
      }
    default:
      return assertNever(op, 'operator')
  }
}

/**
 * Compiles an expression AST. Division by zero yields NaN, which min/max and every operator
 * propagate, so `min(a / 0, 5)` is undefined rather than silently 5.
 */
function compileNode(node: ExpressionNode, position: (id: string) => number): Evaluator {
  switch (node.type) {
    case 'num': {
      const value = node.value
      return () => value
    }
    case 'ref': {
      const i = position(node.id)
      return (inputs) => inputs[i] as number
    }
    case 'unary': {
      const operand = compileNode(node.operand, position)
      return (inputs) => -operand(inputs)
    }
    case 'binary':
      return binaryEvaluator(
        node.op,
        compileNode(node.left, position),
        compileNode(node.right, position)
      )
    case 'call': {
      const args = node.args.map((arg) => compileNode(arg, position))
      const pick = node.fn === 'min' ? Math.min : Math.max
      return (inputs) => pick(...args.map((arg) => arg(inputs)))
    }
    default:
      return assertNever(node, 'expression node')
  }
}

const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null)

class UnknownInputError extends Error {}

/**
 * Compiles a factor formula over the factor's declared inputs (`inputIds`, in declaration order).
 * Fails — without throwing — when the formula names an input the factor does not declare or the
 * expression does not parse; the factor is then N/A with a `formulaError`.
 */
export function compileFormula(
  formula: FactorFormula,
  inputIds: readonly string[]
): FormulaCompileResult {
  const reads: number[] = []
  const position = (id: string): number => {
    const i = inputIds.indexOf(id)
    if (i < 0) throw new UnknownInputError(id)
    if (!reads.includes(i)) reads.push(i)
    return i
  }
  try {
    return { ok: true, formula: { reads, evaluate: buildEvaluate(formula, position) } }
  } catch (error) {
    if (error instanceof UnknownInputError) {
      return {
        ok: false,
        message: `the formula reads "${error.message}", which is not an input of the factor`
      }
    }
    if (error instanceof ExpressionError) return { ok: false, message: error.message }
    throw error
  }
}

class ExpressionError extends Error {}

function compileTerms(
  terms: readonly RatioTerm[],
  position: (id: string) => number
): Array<(inputs: readonly number[]) => number | null> {
  return terms.map((term) => {
    const numerator = position(term.numerator)
    const denominator = position(term.denominator)
    const divisor = term.divisor ?? 1
    return (inputs) => {
      const den = inputs[denominator] as number
      // A zero denominator means "nothing in scope" for this term (e.g. a monitoring layer the
      // firm does not have): the term is skipped, as the schema specifies.
      return den === 0 ? null : finiteOrNull((inputs[numerator] as number) / den / divisor)
    }
  })
}

/**
 * A formula of one input divided by another, then `then`: no value (null) when the divisor is 0
 * (nothing in scope) or the quotient is not a finite number.
 */
function dividing(
  numerator: number,
  denominator: number,
  then: (quotient: number) => number | null
): (inputs: readonly number[]) => FormulaValue {
  return (inputs) => {
    const den = inputs[denominator] as number
    const quotient = den === 0 ? null : finiteOrNull((inputs[numerator] as number) / den)
    return { value: quotient === null ? null : then(quotient), terms: null }
  }
}

function buildEvaluate(
  formula: FactorFormula,
  position: (id: string) => number
): (inputs: readonly number[]) => FormulaValue {
  switch (formula.kind) {
    case 'ratio':
      return dividing(position(formula.numerator), position(formula.denominator), (q) => q)
    case 'complementRatio':
      return dividing(position(formula.part), position(formula.whole), (q) => finiteOrNull(1 - q))
    case 'meanDuration':
      return dividing(position(formula.total), position(formula.count), (q) => q)
    case 'meanOfRatios':
    case 'minOfRatios': {
      const terms = compileTerms(formula.terms, position)
      const isMean = formula.kind === 'meanOfRatios'
      return (inputs) => {
        const values = terms.map((term) => term(inputs))
        let count = 0
        let acc = isMean ? 0 : Number.POSITIVE_INFINITY
        for (const v of values) {
          if (v === null) continue
          count++
          acc = isMean ? acc + v : Math.min(acc, v)
        }
        return { value: count === 0 ? null : isMean ? acc / count : acc, terms: values }
      }
    }
    case 'expression': {
      const parsed = parseExpression(formula.expression)
      if (!parsed.ok) {
        throw new ExpressionError(
          `the expression does not parse at character ${parsed.position}: ${parsed.message}`
        )
      }
      const evaluator = compileNode(parsed.ast, position)
      return (inputs) => ({ value: finiteOrNull(evaluator(inputs)), terms: null })
    }
    default:
      return assertNever(formula, 'formula kind')
  }
}
