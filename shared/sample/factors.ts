import type { FactorEntry } from '../assessment/assessment'
import type { BandGrade, EvaluationFactor, FactorInput } from '../bank/factor'
import type { ComparisonOp } from '../bank/primitives'
import type { Prng } from '../util/prng'
import type { SystemMinutes } from './catalog'

/** Magnitudes shared across factors, so related counts agree (F01 and F05 count the same faults). */
export interface FirmScale {
  faults: number
  importantSystems: number
  tradingSystems: number
}

export function drawFirmScale(prng: Prng): FirmScale {
  const importantSystems = prng.int(12, 24)
  return {
    faults: prng.int(25, 60),
    importantSystems,
    tradingSystems: prng.int(6, Math.min(14, importantSystems))
  }
}

/** A trading-hours system's planned minutes a year when the system's own are not known. */
const TRADING_YEAR_MINUTES = 242 * 240

/**
 * Typical denominators by factor id of the default bank; unknown factors get 20–200. A per-system
 * factor's denominator is the system's own planned minutes (`system`), as a firm would enter them.
 */
const DENOMINATORS: Readonly<
  Record<string, (scale: FirmScale, prng: Prng, system?: SystemMinutes) => number>
> = {
  F01: (s) => s.faults,
  F02: (_s, p) => p.int(800, 1500),
  F03: (s) => s.importantSystems,
  F04: (_s, p) => p.int(1500, 3200),
  F05: (s) => s.faults,
  F06: (s) => s.faults,
  F07: (_s, p) => p.int(2000, 9000),
  F08: (_s, p) => p.int(150, 4000),
  F09: (s) => s.importantSystems,
  F11: (_s, _p, system) => system?.service ?? TRADING_YEAR_MINUTES,
  F12: (_s, p) => p.int(300, 900),
  F13: (_s, p) => p.int(30, 90),
  F14: (s) => s.tradingSystems,
  F15: (_s, p) => p.int(40, 150),
  F16: (_s, _p, system) => system?.trading ?? TRADING_YEAR_MINUTES,
  // The same production faults as F01 counts.
  F18: (s) => s.faults
}

/**
 * Inputs no formula term sets, by factor and input id: the subsets a firm reports beside the
 * figure. Without an entry here such an input gets a small count, cut to its entry checks.
 */
const SIDE_INPUTS: Readonly<
  Record<string, (values: Record<string, number | null>, prng: Prng) => number>
> = {
  // Systems with RTO/RPO targets: at least those that met them, at most all important systems.
  'F03.S_target': (v, p) => {
    const ok = v.S_ok ?? 0
    return ok + p.int(0, Math.max(0, (v.S_imp ?? ok) - ok))
  },
  // Failing to report a major incident is rare: a firm that had one reported it, as a rule.
  'F17.N_major_unreported': (v, p) => ((v.N_major ?? 0) > 0 && p.chance(0.1) ? 1 : 0)
}

/** Historical peaks for capacity terms: orders/s, trades/s, bandwidth (Mbit/s), others. */
const PEAK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [8000, 30000],
  [3000, 12000],
  [400, 2000],
  [100, 1000]
]

const BAND_WEIGHTS: Readonly<Record<BandGrade, number>> = { A: 30, B: 35, C: 20, D: 10, E: 5 }
/**
 * One system of a per-system factor: most systems run clean in a year, and the factor's worst
 * system (the minimum) should look like a firm's, not like the worst of several typical draws.
 */
export const SYSTEM_BAND_WEIGHTS: Readonly<Record<BandGrade, number>> = {
  A: 82,
  B: 10,
  C: 5,
  D: 2,
  E: 1
}

interface BandRange {
  grade: BandGrade
  lo: number
  hi: number
}

/** The value range of each band, from the thresholds (open ends get a plausible width). */
export function bandRanges(factor: EvaluationFactor): BandRange[] {
  const t = factor.bands.map((b) => b.threshold)
  const percent = factor.display === 'percent'
  return factor.bands.map((band, i) => {
    const own = t[i] ?? null
    const prev = i > 0 ? (t[i - 1] ?? null) : null
    const before = i > 1 ? (t[i - 2] ?? null) : null
    if (factor.direction === 'higher') {
      const lo =
        own ??
        (prev === null
          ? 0
          : percent
            ? Math.max(0, prev - ((before ?? prev) - prev || 0.1))
            : prev * 0.75)
      const hi = prev ?? (percent ? Math.max(lo, 1) : lo * 1.25)
      return { grade: band.grade, lo, hi }
    }
    const hi = own ?? (prev === null ? 1 : prev + (prev - (before ?? 0)))
    const lo = prev ?? hi * 0.4
    return { grade: band.grade, lo, hi }
  })
}

function holds(left: number, op: ComparisonOp, right: number): boolean {
  switch (op) {
    case 'eq':
      return left === right
    case 'ne':
      return left !== right
    case 'gt':
      return left > right
    case 'gte':
      return left >= right
    case 'lt':
      return left < right
    case 'lte':
      return left <= right
  }
}

/**
 * A target value for the factor: a band drawn by realistic weights, then a value inside it.
 * Red lines are breached rarely, except the capacity multiple (display "multiple", F10), which a
 * seed breaches about one time in three so the red-line gate shows up in samples.
 */
function drawTargetValue(
  factor: EvaluationFactor,
  prng: Prng,
  bandWeights: Readonly<Record<BandGrade, number>>
): number {
  const ranges = bandRanges(factor)
  const mid = (r: BandRange): number => (r.lo + r.hi) / 2
  // Red lines on one input (F17's unreported incidents) are not about the value drawn here.
  const onValue = factor.redLines.filter((line) => line.input === undefined)
  const breaches = (r: BandRange): boolean =>
    onValue.some((line) => holds(mid(r), line.op, line.value))
  let candidates = ranges
  if (onValue.length > 0) {
    const breach = prng.chance(factor.display === 'multiple' ? 0.3 : 0.04)
    const matching = ranges.filter((r) => breaches(r) === breach)
    if (matching.length > 0) candidates = matching
  }
  const range = prng.weighted(
    candidates,
    candidates.map((r) => bandWeights[r.grade])
  )
  if (range.hi <= range.lo) return range.lo
  // Stay off the exact edges so rounding of counts rarely moves the value into a neighbour band.
  return range.lo + (range.hi - range.lo) * (0.1 + 0.8 * prng.next())
}

function fitInput(input: FactorInput | undefined, value: number): number {
  if (input === undefined) return value
  let v = Math.max(input.min, value)
  if (input.max !== undefined) v = Math.min(input.max, v)
  return input.integer ? Math.round(v) : Math.round(v * 100) / 100
}

/** Adjusts the left side of each violated entry check (numerator ≤ denominator…). */
function enforceConstraints(factor: EvaluationFactor, values: Record<string, number | null>): void {
  for (const { left, op, right } of factor.constraints) {
    const l = values[left]
    const r = values[right]
    if (typeof l !== 'number' || typeof r !== 'number' || holds(l, op, r)) continue
    values[left] = op === 'lte' || op === 'gte' ? r : op === 'lt' ? Math.max(0, r - 1) : r + 1
  }
}

/**
 * Factors counting rare outcomes (major incidents): most firms have none in a year, so they are
 * drawn like one system's availability rather than like a firm-wide ratio.
 */
const RARE_OUTCOMES: ReadonlySet<string> = new Set(['F17'])

/**
 * Plausible inputs for one factor, respecting input limits and entry checks. For a per-system
 * factor, `system` gives the system's planned minutes and `bandWeights` how often a system falls
 * in each band.
 */
export function drawFactorValues(
  factor: EvaluationFactor,
  scale: FirmScale,
  prng: Prng,
  bandWeights: Readonly<Record<BandGrade, number>> = RARE_OUTCOMES.has(factor.id)
    ? SYSTEM_BAND_WEIGHTS
    : BAND_WEIGHTS,
  system?: SystemMinutes
): Record<string, number | null> {
  const inputs = new Map(factor.inputs.map((input) => [input.id, input]))
  const values: Record<string, number | null> = {}
  const set = (id: string, value: number): void => {
    values[id] = fitInput(inputs.get(id), value)
  }
  const denominator = (): number =>
    (DENOMINATORS[factor.id] ?? ((_s: FirmScale, p: Prng) => p.int(20, 200)))(scale, prng, system)
  const v = drawTargetValue(factor, prng, bandWeights)
  const formula = factor.formula
  switch (formula.kind) {
    case 'ratio': {
      const den = denominator()
      set(formula.denominator, den)
      set(formula.numerator, den * v)
      break
    }
    case 'complementRatio': {
      const whole = denominator()
      set(formula.whole, whole)
      set(formula.part, whole * (1 - v))
      break
    }
    case 'meanDuration': {
      const count = denominator()
      set(formula.count, count)
      set(formula.total, count * v)
      break
    }
    case 'meanOfRatios':
      for (const term of formula.terms) {
        const den = denominator()
        const share = Math.min(1, Math.max(0, v + (prng.next() - 0.5) * 0.04))
        set(term.denominator, den)
        set(term.numerator, den * share * (term.divisor ?? 1))
      }
      break
    case 'minOfRatios': {
      const binding = prng.int(0, formula.terms.length - 1)
      formula.terms.forEach((term, i) => {
        const [lo, hi] = PEAK_RANGES[Math.min(i, PEAK_RANGES.length - 1)]!
        const peak = prng.int(lo, hi)
        const ratio = i === binding ? v : v * (1.1 + prng.next() * 0.5)
        set(term.denominator, peak)
        set(term.numerator, peak * (term.divisor ?? 1) * ratio)
      })
      break
    }
    case 'expression': {
      // A count read straight from one input (F17): the band's worst whole count, so a band of
      // "at most 1" shows 1, not a rounded 0 that belongs to the band above.
      const input = inputs.get(formula.expression.trim())
      if (input !== undefined)
        set(input.id, input.integer && factor.direction === 'lower' ? Math.ceil(v - 1e-9) : v)
      break
    }
  }
  for (const input of factor.inputs) {
    if (values[input.id] !== undefined) continue
    const side = SIDE_INPUTS[`${factor.id}.${input.id}`]
    set(input.id, side ? side(values, prng) : input.min + prng.int(5, 60))
  }
  enforceConstraints(factor, values)
  return values
}

/**
 * Outage minutes in a system's trading session are outage minutes in its service window too
 * (every sample window holds the session): F11's downtime of a system is never below F16's.
 */
const NESTED_OUTAGES = [
  { part: { factor: 'F16', input: 'T_down_trading' }, whole: { factor: 'F11', input: 'T_down' } }
] as const

export function alignOutages(entries: FactorEntry[]): FactorEntry[] {
  const bySystem = (factorId: string) => entries.find((e) => e.factorId === factorId)?.bySystem
  for (const { part, whole } of NESTED_OUTAGES) {
    const within = bySystem(part.factor)
    const over = bySystem(whole.factor)
    if (within === undefined || over === undefined) continue
    for (const [systemId, values] of Object.entries(within)) {
      const down = values[part.input]
      const target = over[systemId]
      const current = target?.[whole.input]
      if (target && typeof down === 'number' && typeof current === 'number' && current < down)
        target[whole.input] = down
    }
  }
  return entries
}
