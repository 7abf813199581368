import { expressionInputIds, parseExpression } from '../bank/expression'
import type { FactorFormula, RatioTerm } from '../bank/factor'
import { assertNever } from '../util/assert-never'
import { compare, exactCompare, expressionToExcel, num, str } from './excel-formula'
import type { FactorRow } from './model'

/**
 * The Evaluation factors sheet's formulas, one function per column. Each reproduces what the
 * scoring engine does (shared/scoring/factor.ts, formula.ts, bands.ts), with the same tolerance,
 * so the value a spreadsheet recalculates equals the engine's.
 */

/** Where a factor's cells are: its inputs, their validity flags, and the Method sheet's cells. */
export interface FactorCells {
  input: (inputId: string) => string
  /** True when any entered input is invalid (e.g. `MIN(validity flags)=0`). */
  invalid: string
  /** The validity flag (1 = missing or acceptable) of an input; for red lines on an input. */
  inputValid: (inputId: string) => string
  value: string
  band: string
  target: string
  thresholds: Array<string | null>
  scores: string[]
  redLineLimits: string[]
  tolerance: string
}

/** Words the formulas return. */
export interface FactorWords {
  noValue: string
  yes: string
  no: string
  dash: string
  breached: string
  clear: string
  notEvaluated: string
}

const ratio = (n: string, d: string): string => `${n}/${d}`

function term(t: RatioTerm, cell: (id: string) => string): { den: string; value: string } {
  const den = cell(t.denominator)
  const base = ratio(cell(t.numerator), den)
  return {
    den,
    value: t.divisor === undefined || t.divisor === 1 ? base : `${base}/${num(t.divisor)}`
  }
}

/** The input ids a formula reads (a missing one makes the factor N/A). */
export function formulaReads(formula: FactorFormula): string[] {
  switch (formula.kind) {
    case 'ratio':
      return [formula.numerator, formula.denominator]
    case 'complementRatio':
      return [formula.part, formula.whole]
    case 'meanDuration':
      return [formula.total, formula.count]
    case 'meanOfRatios':
    case 'minOfRatios':
      return [...new Set(formula.terms.flatMap((t) => [t.numerator, t.denominator]))]
    case 'expression': {
      const parsed = parseExpression(formula.expression)
      return parsed.ok ? expressionInputIds(parsed.ast) : []
    }
  }
}

/**
 * The value's arithmetic, once inputs are known to be present and valid. Division by zero is
 * N/A: guarded explicitly for the fixed kinds; for expressions IFERROR turns #DIV/0! into N/A,
 * as the engine turns its NaN into "undefined".
 */
function kindFormula(formula: FactorFormula, cell: (id: string) => string, na: string): string {
  switch (formula.kind) {
    case 'ratio': {
      const d = cell(formula.denominator)
      return `IF(${d}=0,${na},${ratio(cell(formula.numerator), d)})`
    }
    case 'complementRatio': {
      const w = cell(formula.whole)
      return `IF(${w}=0,${na},1-${ratio(cell(formula.part), w)})`
    }
    case 'meanDuration': {
      const c = cell(formula.count)
      return `IF(${c}=0,${na},${ratio(cell(formula.total), c)})`
    }
    case 'meanOfRatios': {
      // Terms with a zero denominator are skipped: summed as 0 and not counted, in term order,
      // which is the engine's running sum exactly.
      const terms = formula.terms.map((t) => term(t, cell))
      const count = terms.map((t) => `(${t.den}<>0)`).join('+')
      const sum = terms.map((t) => `IF(${t.den}=0,0,${t.value})`).join('+')
      return `IF((${count})=0,${na},(${sum})/(${count}))`
    }
    case 'minOfRatios': {
      // A skipped term stands in as 1E+307, which no real ratio reaches; at least one term counts.
      const terms = formula.terms.map((t) => term(t, cell))
      const count = terms.map((t) => `(${t.den}<>0)`).join('+')
      const min = terms.map((t) => `IF(${t.den}=0,1E+307,${t.value})`).join(',')
      return `IF((${count})=0,${na},MIN(${min}))`
    }
    case 'expression': {
      const parsed = parseExpression(formula.expression)
      if (!parsed.ok) throw new Error(`report: factor expression does not parse: ${parsed.message}`)
      return `IFERROR(${expressionToExcel(parsed.ast, cell)},${na})`
    }
    default:
      return assertNever(formula, 'formula kind')
  }
}

/**
 * True while the value cannot be computed: an input the formula reads is missing, an entered
 * input is invalid, or an entry check fails (the engine's missing/invalid/constraint statuses).
 */
export function inputGuards(factor: FactorRow, cells: FactorCells): string {
  const reads = formulaReads(factor.formula).map(cells.input)
  const guards = [`COUNT(${reads.join(',')})<${reads.length}`, cells.invalid]
  for (const c of factor.constraints) {
    const l = cells.input(c.left)
    const r = cells.input(c.right)
    guards.push(`NOT(OR(ISBLANK(${l}),ISBLANK(${r}),${exactCompare(l, c.op, r)}))`)
  }
  return `OR(${guards.join(',')})`
}

/** The value formula: N/A while {@link inputGuards} holds; otherwise the formula kind's arithmetic. */
export function valueFormula(factor: FactorRow, cells: FactorCells, words: FactorWords): string {
  const na = str(words.noValue)
  return `IF(${inputGuards(factor, cells)},${na},${kindFormula(factor.formula, cells.input, na)})`
}

/** The value once {@link inputGuards} is known to be false (a per-system row's own guard cell). */
export function arithmeticFormula(
  factor: FactorRow,
  cells: FactorCells,
  words: FactorWords
): string {
  return kindFormula(factor.formula, cells.input, str(words.noValue))
}

/** 1 when an input is missing or acceptable (a number within its limits, whole if required). */
export function inputValidFormula(input: FactorRow['inputs'][number], cell: string): string {
  const checks = [`${cell}>=${num(input.min)}`]
  if (input.max !== null) checks.push(`${cell}<=${num(input.max)}`)
  if (input.integer) checks.push(`${cell}=INT(${cell})`)
  return `IF(ISBLANK(${cell}),1,IF(ISNUMBER(${cell}),IF(AND(${checks.join(',')}),1,0),0))`
}

const meets = (factor: FactorRow, value: string, threshold: string, tol: string): string =>
  compare(value, factor.direction === 'higher' ? 'gte' : 'lte', threshold, tol)

/** The band: the first whose threshold the value meets, within the tolerance; the last catches all. */
export function bandFormula(factor: FactorRow, cells: FactorCells, words: FactorWords): string {
  const v = cells.value
  let chain = str(factor.bands[factor.bands.length - 1]?.grade ?? 'E')
  for (let i = factor.bands.length - 2; i >= 0; i--) {
    const grade = str((factor.bands[i] as FactorRow['bands'][number]).grade)
    const threshold = cells.thresholds[i] ?? null
    chain =
      threshold === null
        ? grade
        : `IF(${meets(factor, v, threshold, cells.tolerance)},${grade},${chain})`
  }
  const misses = missesBanding(factor, cells)
  const banded = misses === null ? chain : `IF(${misses.small},${misses.chain},${chain})`
  return `IF(ISNUMBER(${v}),${banded},${str(words.noValue)})`
}

/**
 * A ratio factor's small-sample banding (the engine's sampleCount and bandIndexForMisses): with
 * the denominator below minN, the band is the first of A…D whose allowed misses the misses (N − n
 * when higher is better, else n) do not exceed, else E. Null when the factor has no such rule.
 */
function missesBanding(
  factor: FactorRow,
  cells: FactorCells
): { small: string; chain: string } | null {
  const rule = factor.smallSample
  if (rule === null || rule.missBands === null || factor.formula.kind !== 'ratio') return null
  const n = cells.input(factor.formula.numerator)
  const N = cells.input(factor.formula.denominator)
  const misses = factor.direction === 'higher' ? `(${N}-${n})` : n
  const grades = factor.bands.map((b) => str(b.grade))
  let chain = grades[rule.missBands.length] ?? str('E')
  for (let i = rule.missBands.length - 1; i >= 0; i--)
    chain = `IF(${misses}<=${num(rule.missBands[i] as number)},${grades[i] ?? str('E')},${chain})`
  return { small: `${N}<${num(rule.minN)}`, chain }
}

/** The band's score, looked up by the band cell. */
function bandScore(factor: FactorRow, cells: FactorCells): string {
  const grades = factor.bands.map((b) => str(b.grade)).join(',')
  return `CHOOSE(MATCH(${cells.band},{${grades}},0),${cells.scores.join(',')})`
}

/**
 * The score: the band's score, or in linear mode the engine's interpolation between the E floor
 * (the D threshold) and the A threshold, clamped — falling back to the band score where the
 * engine does (a missing threshold, or A and D thresholds that coincide).
 */
export function scoreFormula(factor: FactorRow, cells: FactorCells, words: FactorWords): string {
  const v = cells.value
  const na = str(words.noValue)
  const byBand = bandScore(factor, cells)
  const topAt = factor.bands[0]?.threshold ?? null
  const floorAt = factor.bands[3]?.threshold ?? null
  const linear =
    factor.scoring === 'linear' &&
    topAt !== null &&
    floorAt !== null &&
    Math.abs(topAt - floorAt) > 1e-12 &&
    cells.thresholds[0] != null &&
    cells.thresholds[3] != null
  if (!linear) return `IF(ISNUMBER(${v}),${byBand},${na})`
  // A small sample banded by misses scores its band, in linear mode too.
  const misses = missesBanding(factor, cells)
  const top = cells.thresholds[0] as string
  const floor = cells.thresholds[3] as string
  const sTop = cells.scores[0] as string
  const sE = cells.scores[cells.scores.length - 1] as string
  const tol = cells.tolerance
  const beyondFloor = compare(v, factor.direction === 'higher' ? 'gt' : 'lt', floor, tol)
  const t = `MIN(1,MAX(0,(${v}-${floor})/(${top}-${floor})))`
  const interpolated = `IF(${meets(factor, v, top, tol)},${sTop},IF(${beyondFloor},${sE}+${t}*(${sTop}-${sE}),${sE}))`
  const scored = misses === null ? interpolated : `IF(${misses.small},${byBand},${interpolated})`
  return `IF(ISNUMBER(${v}),${scored},${na})`
}

/** Whether the value meets the factor's target (a dash while N/A). */
export function passFormula(factor: FactorRow, cells: FactorCells, words: FactorWords): string {
  const v = cells.value
  const ok = meets(factor, v, cells.target, cells.tolerance)
  return `IF(ISNUMBER(${v}),IF(${ok},${str(words.yes)},${str(words.no)}),${str(words.dash)})`
}

/**
 * Breached when any of the factor's red lines holds — on the value, or on an input's accepted
 * number (a per-system factor has none entered once, so such a line is not evaluated); otherwise
 * clear, or not evaluated while the factor is N/A (the engine's red-line state).
 */
export function redLineFormula(factor: FactorRow, cells: FactorCells, words: FactorWords): string {
  const v = cells.value
  const checks = factor.redLines.map((line, i) => {
    const limit = cells.redLineLimits[i] as string
    if (line.input === null)
      return `IF(ISNUMBER(${v}),${compare(v, line.op, limit, cells.tolerance)},FALSE())`
    if (factor.perSystem !== null) return 'FALSE()'
    const cell = cells.input(line.input)
    const accepted = `AND(ISNUMBER(${cell}),${cells.inputValid(line.input)}=1)`
    return `IF(${accepted},${compare(cell, line.op, limit, cells.tolerance)},FALSE())`
  })
  const any = checks.length === 1 ? checks[0] : `OR(${checks.join(',')})`
  return `IF(${any},${str(words.breached)},IF(ISNUMBER(${v}),${str(words.clear)},${str(words.notEvaluated)}))`
}
