/**
 * A register kind's rows as one computation's measures read them: every table of the kind one
 * after another (a row's position is its place in that sequence), each row's system, whether its
 * day is in the period, and its minutes between two times — each worked out once per computation
 * and read by every measure of the kind. The measures keep no row object: a figure keeps a reason
 * code per position (figure-rows.ts), and a row is made as a reviewer sees it (`made`) only when
 * someone reads it.
 */
import type { RegisterKindId } from './kinds'
import { REGISTER_KIND_TABLE } from './kinds'
import type {
  CountedRow,
  ExcludedRow,
  ExclusionReason,
  MeasureContext,
  SystemFacts
} from './compute'
import type { RegisterMeasure } from './measure'
import type { RegisterRow, RegisterTable } from './read-table'
import { dateTimeMs, minutesBetween, type RegisterValue } from './values'

/** Why a measure leaves a row out, as a code per position (0: counted). */
export const COUNTED = 0
export const OUTSIDE_PERIOD = 1
export const UNKNOWN_SYSTEM = 2
export const NOT_REAL_TIME = 3
export const REAL_TIME = 4
export const SYSTEM_CLASS = 5
export const MISSING_COLUMN = 6
export const MISSING_FROM = 7
export const MISSING_TO = 8
export const NEGATIVE = 9
/** The measure's `where` filter k left the row out: FILTER + k. */
export const FILTER = 10

/** A time not read yet (no time is this many milliseconds: Date.UTC stays within ±8.64e15). */
const UNREAD = -Infinity

export class KindRows {
  readonly tables: readonly RegisterTable[]
  /** Each table's first position. */
  private readonly starts: number[] = []
  readonly length: number
  /** Per position: the row's system as written (String(system ?? '')), as an index into `names`. */
  readonly group: Int32Array
  /** The systems the rows name, as written (a figure per system is one per name). */
  readonly names: string[] = []
  /** Per position: the system's facts (undefined: not a system the measures know). */
  readonly facts: Array<SystemFacts | undefined>
  /** Per position: 1 when the row's day is outside the period. */
  readonly outside: Uint8Array
  /** Per date-time column: each row's time in milliseconds, read when a measure first asks. */
  private readonly times = new Map<string, Float64Array>()

  constructor(
    readonly kind: RegisterKindId,
    context: MeasureContext,
    systems: Map<string, SystemFacts>
  ) {
    this.tables = context.tables.filter((t) => t.kind === kind)
    let length = 0
    for (const table of this.tables) {
      this.starts.push(length)
      length += table.rows.length
    }
    this.length = length
    this.group = new Int32Array(length)
    this.facts = new Array<SystemFacts | undefined>(length)
    this.outside = new Uint8Array(length)
    const { periodField } = REGISTER_KIND_TABLE[kind]
    const { start, end } = context.period
    const groups = new Map<string, number>()
    /** Per name: the system's facts (a system written as text is found by its name). */
    const named: Array<SystemFacts | undefined> = []
    // A day is the time's first ten characters: compared whole, without slicing it, where that
    // gives the same answer (a start of ten characters at most; past the end, sliced to tell).
    const whole = start.length <= 10
    let p = 0
    for (const table of this.tables)
      for (const { values } of table.rows) {
        const { system } = values
        const name = String(system ?? '')
        let g = groups.get(name)
        if (g === undefined) {
          groups.set(name, (g = this.names.length))
          this.names.push(name)
          named.push(systems.get(name))
        }
        this.group[p] = g
        this.facts[p] = typeof system === 'string' ? named[g] : systems.get(String(system))
        if (periodField !== undefined) {
          const at = String(values[periodField])
          const before = whole ? at < start : at.slice(0, 10) < start
          if (before || (at > end && at.slice(0, 10) > end)) this.outside[p] = 1
        }
        p++
      }
  }

  /**
   * The minutes from `from` to `to` of the row at position p (NaN: a time is missing): each
   * column's times read once for every measure (a start time is read once for its detection and
   * its restoration), the difference as minutesBetween takes it.
   */
  minutes(from: string, to: string): (p: number, values: RegisterRow['values']) => number {
    const fromMs = this.stamps(from)
    const toMs = this.stamps(to)
    return (p, values) => (toMs(p, values) - fromMs(p, values)) / 60_000
  }

  /** A date-time column's milliseconds at position p (NaN: no time written), read when first asked. */
  private stamps(column: string): (p: number, values: RegisterRow['values']) => number {
    let read = this.times.get(column)
    if (read === undefined)
      this.times.set(column, (read = new Float64Array(this.length).fill(UNREAD)))
    const ms = read
    return (p, values) => {
      const known = ms[p]!
      if (known !== UNREAD) return known
      const at = values[column]
      return (ms[p] = typeof at === 'string' ? dateTimeMs(at) : NaN)
    }
  }

  /** The table and row at a position. */
  at(p: number): { table: RegisterTable; row: RegisterRow } {
    let t = this.starts.length - 1
    while (this.starts[t]! > p) t--
    const table = this.tables[t]!
    return { table, row: table.rows[p - this.starts[t]!]! }
  }
}

/** The kinds' rows of one computation, each prepared when a measure first reads the kind. */
export class MeasuredRows {
  private readonly kinds = new Map<RegisterKindId, KindRows>()
  constructor(
    private readonly context: MeasureContext,
    private readonly systems: Map<string, SystemFacts>
  ) {}

  of(kind: RegisterKindId): KindRows {
    let rows = this.kinds.get(kind)
    if (rows === undefined)
      this.kinds.set(kind, (rows = new KindRows(kind, this.context, this.systems)))
    return rows
  }
}

/** A row as a reviewer finds it: what it adds when counted (code 0), else why it is left out. */
export function madeRow(
  rows: KindRows,
  measure: RegisterMeasure,
  p: number,
  code: number
): CountedRow | ExcludedRow {
  const { table, row: found } = rows.at(p)
  const { kind: register, sheet } = table
  const { row, values } = found
  const id = String(values[REGISTER_KIND_TABLE[register].idField] ?? '')
  const system = String(values.system ?? '')
  if (code === COUNTED)
    return { register, sheet, row, id, system, amount: amountOf(measure, values) }
  return { register, sheet, row, id, system, reason: reasonOf(rows, measure, p, code, values) }
}

function amountOf(measure: RegisterMeasure, values: RegisterRow['values']): number {
  const { column, from, to } = measure
  if (column !== undefined) return values[column] as number
  if (from !== undefined && to !== undefined)
    return minutesBetween(values[from] as string, values[to] as string)
  return 1
}

function reasonOf(
  rows: KindRows,
  measure: RegisterMeasure,
  p: number,
  code: number,
  values: RegisterRow['values']
): ExclusionReason {
  switch (code) {
    case OUTSIDE_PERIOD:
      return {
        code: 'outsidePeriod',
        at: String(values[REGISTER_KIND_TABLE[rows.kind].periodField!])
      }
    case UNKNOWN_SYSTEM:
      return { code: 'unknownSystem' }
    case NOT_REAL_TIME:
      return { code: 'notRealTime' }
    case REAL_TIME:
      return { code: 'realTime' }
    case SYSTEM_CLASS:
      return { code: 'systemClass', systemClass: rows.facts[p]!.systemClass ?? '' }
    case MISSING_COLUMN:
      return { code: 'missing', column: measure.column! }
    case MISSING_FROM:
      return { code: 'missing', column: measure.from! }
    case MISSING_TO:
      return { code: 'missing', column: measure.to! }
    case NEGATIVE: {
      const minutes = minutesBetween(values[measure.from!] as string, values[measure.to!] as string)
      return { code: 'negativeDuration', minutes }
    }
    default: {
      const column = measure.where[code - FILTER]!.column
      return {
        code: 'filter',
        column,
        value: (values[column] as RegisterValue | undefined) ?? null
      }
    }
  }
}
