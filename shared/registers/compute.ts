/**
 * Register rows → a factor input's figure, per system and for all systems together, keeping every
 * counted row and every excluded row with the reason it was left out, so a reviewer can check the
 * count row by row. The measure (measure.ts) says what to count; nothing here knows a factor.
 */
import { FigureRows, type Verdicts } from './figure-rows'
import type { RegisterKindId } from './kinds'
import type { RegisterMeasure } from './measure'
import {
  COUNTED,
  FILTER,
  MeasuredRows,
  MISSING_COLUMN,
  MISSING_FROM,
  MISSING_TO,
  NEGATIVE,
  NOT_REAL_TIME,
  OUTSIDE_PERIOD,
  REAL_TIME,
  SYSTEM_CLASS,
  UNKNOWN_SYSTEM,
  type KindRows
} from './measured-rows'
import type { RegisterRow, RegisterTable } from './read-table'
import type { RegisterValue } from './values'

/** A row of a register, as a reviewer finds it again: register, sheet, row number, its number. */
export interface RowRef {
  register: RegisterKindId
  sheet: string
  row: number
  id: string
  system: string
}

export type ExclusionReason =
  | { code: 'outsidePeriod'; at: string }
  | { code: 'unknownSystem' }
  | { code: 'notRealTime' }
  | { code: 'realTime' }
  | { code: 'systemClass'; systemClass: string }
  | { code: 'filter'; column: string; value: RegisterValue | null }
  | { code: 'missing'; column: string }
  | { code: 'negativeDuration'; minutes: number }

export interface ExcludedRow extends RowRef {
  reason: ExclusionReason
}

/** A counted row and what it adds (1 for a count, its minutes or number otherwise). */
export interface CountedRow extends RowRef {
  amount: number
}

/** The rows behind a figure: those it counted, those it left out. */
export type FigureRowKind = 'counted' | 'excluded'

export interface Figure {
  /** null: nothing to take a mean or minimum of. */
  value: number | null
  /** How many rows it counted and left out (known without making the rows). */
  readonly size: Readonly<Record<FigureRowKind, number>>
  /** Every counted row, in row order: made when first read (figure-rows.ts). */
  readonly counted: readonly CountedRow[]
  /** Every row left out, in row order, with why: made when first read. */
  readonly excluded: readonly ExcludedRow[]
  /** Rows start..end (as Array.slice) of one list, made for the asking: a drill-down's page. */
  slice(which: FigureRowKind, start: number, end: number): Array<CountedRow | ExcludedRow>
}

export interface MeasuredFigure {
  measure: RegisterMeasure
  /** Every system together. */
  pooled: Figure
  /** Per system name (systems with no counted row appear only when they have excluded rows). */
  bySystem: Record<string, Figure>
}

/** A system as the measures see it: from the systems register, else the assessment's key systems. */
export interface SystemFacts {
  name: string
  systemClass?: string
  realTime?: boolean
}

export interface MeasureContext {
  period: { start: string; end: string }
  tables: readonly RegisterTable[]
  /** Key systems of the assessment, for systems the systems register does not list. */
  keySystems?: readonly SystemFacts[]
}

/** The systems known to the measures, by name: the systems register first, then key systems. */
export function systemFacts(context: MeasureContext): Map<string, SystemFacts> {
  const facts = new Map<string, SystemFacts>()
  for (const table of context.tables.filter((t) => t.kind === 'systems'))
    for (const { values } of table.rows) {
      const name = values.system as string
      const fact: SystemFacts = { name }
      if (typeof values.systemClass === 'string') fact.systemClass = values.systemClass
      if (typeof values.realTime === 'boolean') fact.realTime = values.realTime
      facts.set(name, fact)
    }
  for (const system of context.keySystems ?? [])
    if (!facts.has(system.name)) facts.set(system.name, system)
  return facts
}

/**
 * A measure's judge of a kind's rows: the code of why the row at position p is left out, or
 * COUNTED with what it adds in `verdict.amount`.
 */
function judgeOf(measure: RegisterMeasure, rows: KindRows, verdict: { amount: number }) {
  const { realTime, column, from, to } = measure
  const systemClasses = measure.systemClass?.map(String)
  const filters = measure.where.map((f) => ({ column: f.column, in: f.in as RegisterValue[] }))
  const minutes =
    column === undefined && from !== undefined && to !== undefined
      ? rows.minutes(from, to)
      : undefined
  return (p: number, values: RegisterRow['values']): number => {
    if (rows.outside[p] === 1) return OUTSIDE_PERIOD
    const system = rows.facts[p]
    if (system === undefined) return UNKNOWN_SYSTEM
    if (realTime === true && system.realTime !== true) return NOT_REAL_TIME
    if (realTime === false && system.realTime === true) return REAL_TIME
    if (systemClasses !== undefined && !systemClasses.includes(system.systemClass ?? ''))
      return SYSTEM_CLASS
    for (let k = 0; k < filters.length; k++) {
      const filter = filters[k]!
      const value = values[filter.column]
      if (value === undefined || !filter.in.includes(value)) return FILTER + k
    }
    if (column !== undefined) {
      const value = values[column]
      if (typeof value !== 'number') return MISSING_COLUMN
      verdict.amount = value
      return COUNTED
    }
    if (minutes === undefined) {
      verdict.amount = 1
      return COUNTED
    }
    const found = minutes(p, values)
    if (found >= 0) {
      verdict.amount = found
      return COUNTED
    }
    if (typeof values[from!] !== 'string') return MISSING_FROM
    if (typeof values[to!] !== 'string') return MISSING_TO
    return NEGATIVE
  }
}

/** The figure's value from its counted rows: how many, the distinct systems, and their total. */
function valueOf(
  aggregate: RegisterMeasure['aggregate'],
  counted: number,
  systems: number,
  total: number
): number | null {
  if (aggregate === 'count') return counted
  if (aggregate === 'countSystems') return systems
  if (aggregate !== 'sum' && counted === 0) return null
  return aggregate === 'mean' ? total / counted : total
}

/**
 * The figure a measure gives over the assessment's registers, per system and together. `measured`:
 * the rows as this computation reads them, when the caller has them (computeInputs prepares them
 * once for every measure).
 */
export function measureFigure(
  measure: RegisterMeasure,
  context: MeasureContext,
  measured: MeasuredRows = new MeasuredRows(context, systemFacts(context))
): MeasuredFigure {
  const rows = measured.of(measure.register)
  const verdict = { amount: 0 }
  const judge = judgeOf(measure, rows, verdict)
  const { aggregate } = measure
  const systems = rows.names.length
  const codes = new Uint8Array(rows.length)
  const counted = new Int32Array(systems)
  const excluded = new Int32Array(systems)
  // In row order, as the rows' amounts were always added (the same sum to the last bit).
  const first = aggregate === 'min' ? Infinity : aggregate === 'max' ? -Infinity : 0
  const totals = new Float64Array(systems).fill(first)
  let total = first
  let p = 0
  for (const table of rows.tables)
    for (const { values } of table.rows) {
      const code = judge(p, values)
      const g = rows.group[p]!
      if (code === COUNTED) {
        const { amount } = verdict
        counted[g]!++
        if (aggregate === 'min') {
          total = Math.min(total, amount)
          totals[g] = Math.min(totals[g]!, amount)
        } else if (aggregate === 'max') {
          total = Math.max(total, amount)
          totals[g] = Math.max(totals[g]!, amount)
        } else {
          total += amount
          totals[g]! += amount
        }
      } else {
        codes[p] = code
        excluded[g]!++
      }
      p++
    }
  const verdicts: Verdicts = { measure, rows, codes }
  const bySystem: Record<string, Figure> = {}
  let countedAll = 0
  let systemsCounted = 0
  for (let g = 0; g < systems; g++) {
    countedAll += counted[g]!
    if (counted[g]! > 0) systemsCounted++
  }
  for (const name of rows.names.toSorted()) {
    const g = rows.names.indexOf(name)
    const size = { counted: counted[g]!, excluded: excluded[g]! }
    const value = valueOf(aggregate, size.counted, size.counted > 0 ? 1 : 0, totals[g]!)
    bySystem[name] = new FigureRows(value, size, verdicts, g)
  }
  const size = { counted: countedAll, excluded: rows.length - countedAll }
  const value = valueOf(aggregate, countedAll, systemsCounted, total)
  return { measure, pooled: new FigureRows(value, size, verdicts, -1), bySystem }
}
