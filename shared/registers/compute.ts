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

const refOf = (table: RegisterTable, row: RegisterRow): RowRef => ({
  register: table.kind,
  sheet: table.sheet,
  row: row.row,
  id: String(row.values[REGISTER_KIND_TABLE[table.kind].idField] ?? ''),
  system: String(row.values.system ?? '')
})

/** Why a row does not count, or what it adds. */
function judge(
  measure: RegisterMeasure,
  table: RegisterTable,
  row: RegisterRow,
  systems: Map<string, SystemFacts>,
  period: MeasureContext['period']
): ExclusionReason | number {
  const kind = REGISTER_KIND_TABLE[table.kind]
  const { values } = row
  if (kind.periodField !== undefined) {
    const at = String(values[kind.periodField]).slice(0, 10)
    if (at < period.start || at > period.end)
      return { code: 'outsidePeriod', at: String(values[kind.periodField]) }
  }
  const system = systems.get(String(values.system))
  if (system === undefined) return { code: 'unknownSystem' }
  if (measure.realTime === true && system.realTime !== true) return { code: 'notRealTime' }
  if (measure.realTime === false && system.realTime === true) return { code: 'realTime' }
  if (
    measure.systemClass !== undefined &&
    !measure.systemClass.map(String).includes(system.systemClass ?? '')
  )
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
  for (const table of context.tables.filter((t) => t.kind === measure.register))
    for (const row of table.rows) {
      const verdict = judge(measure, table, row, systems, context.period)
      if (typeof verdict === 'number') counted.push({ ...refOf(table, row), amount: verdict })
      else excluded.push({ ...refOf(table, row), reason: verdict })
    }
  const groups = new Map<string, { counted: CountedRow[]; excluded: ExcludedRow[] }>()
  const group = (name: string) => {
    let found = groups.get(name)
    if (found === undefined) groups.set(name, (found = { counted: [], excluded: [] }))
    return found
  }
  for (const row of counted) group(row.system).counted.push(row)
  for (const row of excluded) group(row.system).excluded.push(row)
  const bySystem: Record<string, Figure> = {}
  for (const name of [...groups.keys()].toSorted()) {
    const mine = groups.get(name)!
    bySystem[name] = { value: valueOf(measure, mine.counted), ...mine }
  }
  return { measure, pooled: { value: valueOf(measure, counted), counted, excluded }, bySystem }
}
