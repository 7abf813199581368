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

/**
 * The row objects a table's figures list, per table: each made once per row and reason (or
 * amount) and shared by every measure that lists it — rows are read, never changed, and a
 * 100,000-row register measured by a dozen inputs then holds one object per row and reason, not
 * one per row and input. None depends on the period or the systems (a system's class is in its
 * key), so they hold for every measurement of the table.
 */
type Slots = Map<string, Slot>
const ROW_OBJECTS = new WeakMap<RegisterTable, Slots>()
/** Per table: each row's day in the period column (its first ten characters), sliced once. */
const PERIOD_DAYS = new WeakMap<RegisterTable, string[]>()

function periodDays(table: RegisterTable, periodField: string): string[] {
  let days = PERIOD_DAYS.get(table)
  if (days === undefined) {
    days = table.rows.map(({ values }) => String(values[periodField]).slice(0, 10))
    PERIOD_DAYS.set(table, days)
  }
  return days
}

/** Per systems (one computation's) and table: each row's system, looked up once for every measure. */
const ROW_SYSTEMS = new WeakMap<
  Map<string, SystemFacts>,
  WeakMap<RegisterTable, Array<SystemFacts | undefined>>
>()

function rowSystems(
  systems: Map<string, SystemFacts>,
  table: RegisterTable
): Array<SystemFacts | undefined> {
  let tables = ROW_SYSTEMS.get(systems)
  if (tables === undefined) ROW_SYSTEMS.set(systems, (tables = new WeakMap()))
  let found = tables.get(table)
  if (found === undefined)
    tables.set(table, (found = table.rows.map(({ values }) => systems.get(String(values.system)))))
  return found
}

/** A table's row objects under one key (made on first use). */
function slot(table: RegisterTable, key: string): Slot {
  let slots = ROW_OBJECTS.get(table)
  if (slots === undefined) ROW_OBJECTS.set(table, (slots = new Map()))
  let objects = slots.get(key)
  if (objects === undefined)
    slots.set(key, (objects = new Array<undefined>(table.rows.length).fill(undefined)))
  return objects
}

function valueOf(measure: RegisterMeasure, counted: readonly CountedRow[]): number | null {
  switch (measure.aggregate) {
    case 'count':
      return counted.length
    case 'countSystems':
      return new Set(counted.map((row) => row.system)).size
    default: {
      if (measure.aggregate !== 'sum' && counted.length === 0) return null
      // In row order, as a reduce over the amounts added them (the same sum to the last bit).
      let total =
        measure.aggregate === 'min' ? Infinity : measure.aggregate === 'max' ? -Infinity : 0
      for (const { amount } of counted)
        total =
          measure.aggregate === 'min'
            ? Math.min(total, amount)
            : measure.aggregate === 'max'
              ? Math.max(total, amount)
              : total + amount
      return measure.aggregate === 'mean' ? total / counted.length : total
    }
  }
}

/** What one measure looks up once for a table: the slots of the row objects it may list. */
function measureSlots(table: RegisterTable, measure: RegisterMeasure) {
  const { from, to, column } = measure
  const timed = from !== undefined && to !== undefined ? `${from}>${to}` : undefined
  return {
    outsidePeriod: slot(table, 'outsidePeriod'),
    unknownSystem: slot(table, 'unknownSystem'),
    notRealTime: slot(table, 'notRealTime'),
    realTime: slot(table, 'realTime'),
    filters: measure.where.map((filter) => ({
      column: filter.column,
      in: filter.in as RegisterValue[],
      excluded: slot(table, `filter:${filter.column}`)
    })),
    counted:
      column !== undefined
        ? slot(table, `amount:${column}`)
        : timed !== undefined
          ? slot(table, `minutes:${timed}`)
          : slot(table, 'count'),
    missing: column !== undefined ? slot(table, `missing:${column}`) : undefined,
    negative: timed !== undefined ? slot(table, `negative:${timed}`) : undefined
  }
}

/** Why a row is left out, as judged: the slot its object is kept in and what its reason says. */
interface Judged {
  objects: Slot
  code: ExclusionReason['code']
  /** The column (filter, missing), the class (systemClass) or the time written (outsidePeriod). */
  column: string
  value: RegisterValue | null
  minutes: number
}

type Slot = Array<CountedRow | ExcludedRow | undefined>

function reasonOf(judged: Judged): ExclusionReason {
  const { code, column, value, minutes } = judged
  switch (code) {
    case 'outsidePeriod':
      return { code, at: column }
    case 'unknownSystem':
    case 'notRealTime':
    case 'realTime':
      return { code }
    case 'systemClass':
      return { code, systemClass: column }
    case 'filter':
      return { code, column, value }
    case 'missing':
      return { code, column }
    case 'negativeDuration':
      return { code, minutes }
  }
}

/**
 * A measure's judge of one table's rows: what row `i` adds (≥ 0), or -1 with why it is left out
 * in `judged` (the slot its object is kept in, its reason's code and words).
 */
function tableJudge(
  measure: RegisterMeasure,
  table: RegisterTable,
  systems: Map<string, SystemFacts>,
  { start, end }: MeasureContext['period'],
  judged: Judged
): { judge: (i: number, values: RegisterRow['values']) => number; counted: Slot } {
  const { periodField } = REGISTER_KIND_TABLE[table.kind]
  const days = periodField === undefined ? undefined : periodDays(table, periodField)
  const slots = measureSlots(table, measure)
  const systemOf = rowSystems(systems, table)
  const systemClasses = measure.systemClass?.map(String)
  const { from, to } = measure
  const out = (
    objects: Slot,
    code: ExclusionReason['code'],
    column = '',
    value = null as RegisterValue | null
  ) => {
    judged.objects = objects
    judged.code = code
    judged.column = column
    judged.value = value
    return -1
  }
  const judge = (i: number, values: RegisterRow['values']): number => {
    if (days !== undefined && (days[i]! < start || days[i]! > end))
      return out(slots.outsidePeriod, 'outsidePeriod', String(values[periodField!]))
    const system = systemOf[i]
    if (system === undefined) return out(slots.unknownSystem, 'unknownSystem')
    if (measure.realTime === true && system.realTime !== true)
      return out(slots.notRealTime, 'notRealTime')
    if (measure.realTime === false && system.realTime === true)
      return out(slots.realTime, 'realTime')
    if (systemClasses !== undefined && !systemClasses.includes(system.systemClass ?? '')) {
      const systemClass = system.systemClass ?? ''
      return out(slot(table, `systemClass:${systemClass}`), 'systemClass', systemClass)
    }
    for (const filter of slots.filters) {
      const value = values[filter.column]
      if (value === undefined || !filter.in.includes(value))
        return out(filter.excluded, 'filter', filter.column, value ?? null)
    }
    if (measure.column !== undefined) {
      const value = values[measure.column]
      return typeof value === 'number' ? value : out(slots.missing!, 'missing', measure.column)
    }
    if (from === undefined || to === undefined) return 1
    if (typeof values[from] !== 'string')
      return out(slot(table, `missing:${from}`), 'missing', from)
    if (typeof values[to] !== 'string') return out(slot(table, `missing:${to}`), 'missing', to)
    const minutes = minutesBetween(values[from] as string, values[to] as string)
    if (minutes >= 0) return minutes
    judged.minutes = minutes
    return out(slots.negative!, 'negativeDuration')
  }
  return { judge, counted: slots.counted }
}

/**
 * The figure a measure gives over the assessment's registers, per system and together. `systems`:
 * systemFacts(context), when the caller has it (computeInputs makes it once for every measure).
 */
export function measureFigure(
  measure: RegisterMeasure,
  context: MeasureContext,
  systems: Map<string, SystemFacts> = systemFacts(context)
): MeasuredFigure {
  const counted: CountedRow[] = []
  const excluded: ExcludedRow[] = []
  const groups = new Map<string, { counted: CountedRow[]; excluded: ExcludedRow[] }>()
  const group = (name: string) => {
    let found = groups.get(name)
    if (found === undefined) groups.set(name, (found = { counted: [], excluded: [] }))
    return found
  }
  const judged: Judged = { objects: [], code: 'missing', column: '', value: null, minutes: 0 }
  for (const table of context.tables.filter((t) => t.kind === measure.register)) {
    const { idField } = REGISTER_KIND_TABLE[table.kind]
    const { kind: register, sheet, rows } = table
    const { judge, counted: countedSlot } = tableJudge(
      measure,
      table,
      systems,
      context.period,
      judged
    )
    for (let i = 0; i < rows.length; i++) {
      const { row, values } = rows[i]!
      const amount = judge(i, values)
      const objects = amount < 0 ? judged.objects : countedSlot
      let made = objects[i]
      // Made once per row and reason (or amount), literally: a spread copy is slower to make.
      if (made === undefined) {
        const id = String(values[idField] ?? '')
        const system = String(values.system ?? '')
        objects[i] = made =
          amount < 0
            ? { register, sheet, row, id, system, reason: reasonOf(judged) }
            : { register, sheet, row, id, system, amount }
      }
      if (amount < 0) {
        excluded.push(made as ExcludedRow)
        group(made.system).excluded.push(made as ExcludedRow)
      } else {
        counted.push(made as CountedRow)
        group(made.system).counted.push(made as CountedRow)
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
