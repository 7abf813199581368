/**
 * Compact texts of a factor's formula, its entry constraints and a numeric question's bands:
 *   ratio            `numerator / denominator`
 *   complementRatio  `1 - part / whole`
 *   meanDuration     `total / count`
 *   expression       the expression itself (checked by the bank's expression parser)
 *   meanOfRatios, minOfRatios: no text; each term is a row of the `factor_terms` sheet
 *   constraints      `a <= b; c < d` (operators < <= > >=)
 *   bands            `90: 100; 80: 60; *: 0` (threshold: score; `*` is the catch-all)
 */
import type { EvaluationFactor, FactorFormula } from '../bank/factor'
import type { NumericScoring } from '../bank/question'
import type { SyntaxResult } from './syntax-lexer'
import { syntaxFailure as fail } from './syntax-lexer'
import { parseNumberText, printNumber } from './list-syntax'

type Constraint = EvaluationFactor['constraints'][number]
type Band = NonNullable<NumericScoring['bands']>[number]
/** The formula kinds whose parts are written as one text in the `formula` column. */
export type TextFormulaKind = 'ratio' | 'complementRatio' | 'meanDuration' | 'expression'
export type TextFormula = Extract<FactorFormula, { kind: TextFormulaKind }>

const ID = '([A-Za-z][A-Za-z0-9_.-]{0,63})'
const RATIO = new RegExp(`^\\s*${ID}\\s*/\\s*${ID}\\s*$`)
const COMPLEMENT = new RegExp(`^\\s*1\\s*[-−－]\\s*${ID}\\s*/\\s*${ID}\\s*$`)
const CONSTRAINT = new RegExp(`^\\s*${ID}\\s*(<=|>=|<|>|≤|≥)\\s*${ID}\\s*$`)

/** Reads the `formula` text of a factor whose kind is `kind`. */
export function parseFormulaText(kind: TextFormulaKind, source: string): SyntaxResult<TextFormula> {
  if (kind === 'expression') {
    return source.trim() === ''
      ? fail(1, 'syntax.expressionNeeded')
      : { ok: true, value: { kind, expression: source } }
  }
  if (kind === 'complementRatio') {
    const match = COMPLEMENT.exec(source)
    if (!match) return fail(1, 'syntax.complementForm')
    return { ok: true, value: { kind, part: match[1] as string, whole: match[2] as string } }
  }
  const match = RATIO.exec(source)
  if (kind === 'ratio') {
    if (!match) return fail(1, 'syntax.ratioForm')
    return {
      ok: true,
      value: { kind, numerator: match[1] as string, denominator: match[2] as string }
    }
  }
  if (!match) return fail(1, 'syntax.meanDurationForm')
  return { ok: true, value: { kind, total: match[1] as string, count: match[2] as string } }
}

/** The `formula` text of a formula, or undefined for the term kinds (they use `factor_terms`). */
export function printFormulaText(formula: FactorFormula): string | undefined {
  switch (formula.kind) {
    case 'ratio':
      return `${formula.numerator} / ${formula.denominator}`
    case 'complementRatio':
      return `1 - ${formula.part} / ${formula.whole}`
    case 'meanDuration':
      return `${formula.total} / ${formula.count}`
    case 'expression':
      return formula.expression
    case 'meanOfRatios':
    case 'minOfRatios':
      return undefined
  }
}

const CONSTRAINT_OPS: Record<string, Constraint['op']> = {
  '<=': 'lte',
  '≤': 'lte',
  '<': 'lt',
  '>=': 'gte',
  '≥': 'gte',
  '>': 'gt'
}
const CONSTRAINT_SYMBOLS: Record<Constraint['op'], string> = {
  lte: '<=',
  lt: '<',
  gte: '>=',
  gt: '>'
}

/** The non-blank parts of a `;`- or line-separated list, each with its 1-based position. */
function listParts(source: string): Array<{ part: string; position: number }> {
  const parts: Array<{ part: string; position: number }> = []
  let offset = 0
  for (const part of source.split(/[;\n]/)) {
    if (part.trim() !== '') parts.push({ part, position: offset + 1 })
    offset += part.length + 1
  }
  return parts
}

/** `a <= b; c < d` (also separated by line breaks). */
export function parseConstraints(source: string): SyntaxResult<Constraint[]> {
  const constraints: Constraint[] = []
  for (const { part, position } of listParts(source)) {
    const match = CONSTRAINT.exec(part)
    if (!match) return fail(position, 'syntax.constraintForm', { text: part.trim() })
    const op = CONSTRAINT_OPS[match[2] as string] as Constraint['op']
    constraints.push({ left: match[1] as string, op, right: match[3] as string })
  }
  return { ok: true, value: constraints }
}

/** Prints constraints as `a <= b; c < d`; `parseConstraints` reads it back. */
export function printConstraints(constraints: readonly Constraint[]): string {
  return constraints.map((c) => `${c.left} ${CONSTRAINT_SYMBOLS[c.op]} ${c.right}`).join('; ')
}

/** `90: 100; 80: 60; *: 0` — threshold: score pairs, `*` for the catch-all (null) threshold. */
export function parseBands(source: string): SyntaxResult<Band[]> {
  const bands: Band[] = []
  for (const { part, position } of listParts(source)) {
    const colon = part.indexOf(':')
    const left = colon < 0 ? '' : part.slice(0, colon).trim()
    const threshold = left === '*' ? null : parseNumberText(left)
    const score = colon < 0 ? undefined : parseNumberText(part.slice(colon + 1))
    if (threshold === undefined || score === undefined)
      return fail(position, 'syntax.bandForm', { text: part.trim() })
    bands.push({ threshold, score })
  }
  if (bands.length === 0) return fail(1, 'syntax.noBands')
  return { ok: true, value: bands }
}

/** Prints bands as `90: 100; *: 0`; `parseBands` reads it back. */
export function printBands(bands: readonly Band[]): string {
  return bands
    .map((b) => `${b.threshold === null ? '*' : printNumber(b.threshold)}: ${printNumber(b.score)}`)
    .join('; ')
}
