/**
 * Register rows → a factor input's figure, per system and for all systems together, keeping every
 * counted row and every excluded row with the reason it was left out, so a reviewer can check the
 * count row by row. The measure (measure.ts) says what to count; nothing here knows a factor.
 */
import type { RegisterKindId } from './kinds'
import { REGISTER_KIND_TABLE } from './kinds'
import type { RegisterMeasure } from './measure'
import type { RegisterRow, RegisterTable } from './read-table'
import { minutesBetween, type RegisterValue } from './values'

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

export interface Figure {
  /** null: nothing to take a mean or minimum of. */
  value: number | null
  counted: CountedRow[]
  excluded: ExcludedRow[]
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

/** A measure made ready for a table: what `judge` looks up once rather than per row. */
interface Judging {
  measure: RegisterMeasure
  periodField: string | undefined
  systems: Map<string, SystemFacts>
  period: MeasureContext['period']
  systemClasses: string[] | undefined
}

/** Why a row does not count, or what it adds. */
function judge(j: Judging, values: RegisterRow['values']): ExclusionReason | number {
  const { measure, period } = j
  if (j.periodField !== undefined) {
    const written = values[j.periodField]
    const at = String(written).slice(0, 10)
    if (at < period.start || at > period.end) return { code: 'outsidePeriod', at: String(written) }
  }
  const system = j.systems.get(String(values.system))
  if (system === undefined) return { code: 'unknownSystem' }
  if (measure.realTime === true && system.realTime !== true) return { code: 'notRealTime' }
  if (measure.realTime === false && system.realTime === true) return { code: 'realTime' }
  if (j.systemClasses !== undefined && !j.systemClasses.includes(system.systemClass ?? ''))
    return { code: 'systemClass', systemClass: system.systemClass ?? '' }
  for (const filter of measure.where) {
    const value = values[filter.column]
    if (value === undefined || !(filter.in as RegisterValue[]).includes(value))
      return { code: 'filter', column: filter.column, value: value ?? null }
  }
  if (measure.column !== undefined) {
    const value = values[measure.column]
    return typeof value === 'number' ? value : { code: 'missing', column: measure.column }
  }
  if (measure.from !== undefined && measure.to !== undefined) {
    for (const column of [measure.from, measure.to])
      if (typeof values[column] !== 'string') return { code: 'missing', column }
    const minutes = minutesBetween(values[measure.from] as string, values[measure.to] as string)
    return minutes < 0 ? { code: 'negativeDuration', minutes } : minutes
  }
  return 1
}

/**
 * A table's rows counted once (amount 1), made once per row and shared by every count that
 * counts it: counted rows are read, never changed, and a 100,000-row register measured by a
 * dozen counts then holds 100,000 of them, not a million.
 */
const COUNTED_ONCE = new WeakMap<RegisterTable, CountedRow[]>()

function valueOf(measure: RegisterMeasure, counted: readonly CountedRow[]): number | null {
  const amounts = counted.map((row) => row.amount)
  switch (measure.aggregate) {
    case 'count':
      return counted.length
    case 'countSystems':
      return new Set(counted.map((row) => row.system)).size
    case 'sum':
      return amounts.reduce((a, b) => a + b, 0)
    case 'mean':
      return amounts.length === 0 ? null : amounts.reduce((a, b) => a + b, 0) / amounts.length
    case 'min':
      return amounts.length === 0 ? null : Math.min(...amounts)
    case 'max':
      return amounts.length === 0 ? null : Math.max(...amounts)
  }
}

/** The figure a measure gives over the assessment's registers, per system and together. */
export function measureFigure(measure: RegisterMeasure, context: MeasureContext): MeasuredFigure {
  const systems = systemFacts(context)
  const counted: CountedRow[] = []
  const excluded: ExcludedRow[] = []
  const groups = new Map<string, { counted: CountedRow[]; excluded: ExcludedRow[] }>()
  const group = (name: string) => {
    let found = groups.get(name)
    if (found === undefined) groups.set(name, (found = { counted: [], excluded: [] }))
    return found
  }
  const systemClasses = measure.systemClass?.map(String)
  for (const table of context.tables.filter((t) => t.kind === measure.register)) {
    const { idField, periodField } = REGISTER_KIND_TABLE[table.kind]
    const judging: Judging = {
      measure,
      periodField,
      systems,
      period: context.period,
      systemClasses
    }
    let once = COUNTED_ONCE.get(table)
    if (once === undefined) COUNTED_ONCE.set(table, (once = []))
    const { kind: register, sheet, rows } = table
    for (let i = 0; i < rows.length; i++) {
      const { row, values } = rows[i]!
      const verdict = judge(judging, values)
      const id = String(values[idField] ?? '')
      const system = String(values.system ?? '')
      if (typeof verdict === 'number') {
        const made =
          verdict === 1
            ? (once[i] ??= { register, sheet, row, id, system, amount: 1 })
            : { register, sheet, row, id, system, amount: verdict }
        counted.push(made)
        group(system).counted.push(made)
      } else {
        const made: ExcludedRow = { register, sheet, row, id, system, reason: verdict }
        excluded.push(made)
        group(system).excluded.push(made)
      }
    }
  }
  const bySystem: Record<string, Figure> = {}
  for (const name of [...groups.keys()].toSorted()) {
    const mine = groups.get(name)!
    bySystem[name] = { value: valueOf(measure, mine.counted), ...mine }
  }
  return { measure, pooled: { value: valueOf(measure, counted), counted, excluded }, bySystem }
}
