/**
 * The measures as they were measured before their row objects were shared between inputs and
 * before figures kept reason codes instead of rows (compute.ts, figure-rows.ts) — one object per
 * row and input, every value looked up per row — kept here as the reference the measured figures,
 * their rows made, must equal, figure for figure, row for row, reason for reason, over
 * generated registers: every choice, blanks, days on and off the period's edges, unknown systems,
 * times out of order, and measures of every aggregate and filter.
 */
import { describe, expect, it } from 'vitest'
import measuresJson from '../../resources/registers/sac-stability-2025-measures.json'
import type {
  CountedRow,
  ExcludedRow,
  ExclusionReason,
  Figure,
  FigureRowKind,
  MeasuredFigure,
  MeasureContext,
  SystemFacts
} from './compute'
import { systemFacts } from './compute'
import { computeInputs } from './inputs'
import { REGISTER_KIND_TABLE } from './kinds'
import {
  measureSetSchema,
  registerMeasureSchema,
  type MeasureSet,
  type RegisterMeasure
} from './measure'
import type { RegisterRow, RegisterTable } from './read-table'
import { minutesBetween, type RegisterValue } from './values'

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
/** A figure as rows: its value, its counted and excluded rows (the reference keeps them so). */
interface RowsFigure {
  value: number | null
  counted: CountedRow[]
  excluded: ExcludedRow[]
}

interface RowsMeasured {
  measure: RegisterMeasure
  pooled: RowsFigure
  bySystem: Record<string, RowsFigure>
}

/** A measured figure with its rows made, as the report and the command line read them. */
function rowsOf(figure: MeasuredFigure): RowsMeasured {
  const rows = (f: Figure): RowsFigure => ({
    value: f.value,
    counted: [...f.counted],
    excluded: [...f.excluded]
  })
  return {
    measure: figure.measure,
    pooled: rows(figure.pooled),
    bySystem: Object.fromEntries(Object.entries(figure.bySystem).map(([s, f]) => [s, rows(f)]))
  }
}

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
function oldMeasureFigure(measure: RegisterMeasure, context: MeasureContext): RowsMeasured {
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
  const bySystem: Record<string, RowsFigure> = {}
  for (const name of [...groups.keys()].toSorted()) {
    const mine = groups.get(name)!
    bySystem[name] = { value: valueOf(measure, mine.counted), ...mine }
  }
  return { measure, pooled: { value: valueOf(measure, counted), counted, excluded }, bySystem }
}

const SYSTEMS = ['集中交易', '网上交易', '清算', '行情', '未登记']
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!
const choices = (
  kind: keyof typeof REGISTER_KIND_TABLE,
  field: string
): Array<string | undefined> => [
  ...REGISTER_KIND_TABLE[kind].fields.find((f) => f.id === field)!.choices!.map((c) => c.code),
  undefined
]
const maybe = <T>(value: T | undefined, i: number, every: number): T | undefined =>
  i % every === 0 ? undefined : value
/** Days around the period's edges and inside it. */
const DAYS = ['2025-12-31', '2026-01-01', '2026-02-28', '2026-06-15', '2026-12-31', '2027-01-01']
const time = (i: number, minutes: number): string => {
  const at = new Date(Date.UTC(2026, 0, 1) + minutes * 60_000).toISOString().slice(11, 16)
  return `${pick(DAYS, i)}T${at}`
}

function table(
  kind: RegisterTable['kind'],
  values: Array<Record<string, RegisterValue | undefined>>
): RegisterTable {
  const rows: RegisterRow[] = values.map((v, i) => ({
    row: i + 2,
    values: Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)) as Record<
      string,
      RegisterValue
    >
  }))
  return { kind, sheet: kind, rows, leftOut: [], repeatedHeaders: 0 }
}

function registers(n: number): RegisterTable[] {
  const systems = table(
    'systems',
    SYSTEMS.slice(0, 4).map((system, i) => ({
      system,
      systemClass: maybe(String((i % 5) + 1), i, 4),
      realTime: i % 3 === 2 ? undefined : i < 2,
      serviceMinutes: maybe(60_000 * (i + 1), i, 3)
    }))
  )
  const incidents = table(
    'incidents',
    Array.from({ length: n }, (_, i) => ({
      incidentId: `I${i}`,
      system: pick(SYSTEMS, i),
      grade: pick(choices('incidents', 'grade'), i),
      start: time(i, 600 + (i % 50)),
      detected: maybe(time(i, 600 + (i % 7) * 3 - 2), i, 11),
      detectedBy: pick(choices('incidents', 'detectedBy'), i),
      restored: maybe(time(i, 590 + (i % 90)), i, 13),
      tradingHours: pick([true, false, undefined], i),
      changeCaused: pick([false, true, undefined], i >> 1),
      reported: pick([true, false, undefined], i >> 2),
      actions: maybe(i % 4, i, 5),
      actionsClosed: maybe(i % 3, i, 6)
    }))
  )
  const changes = table(
    'changes',
    Array.from({ length: n * 2 }, (_, i) => ({
      changeId: `C${i}`,
      system: pick(SYSTEMS, i + 1),
      changeType: pick(choices('changes', 'changeType'), i),
      implemented: time(i >> 1, i % 1440),
      automated: pick([true, false, undefined], i),
      result: pick(choices('changes', 'result'), i >> 1),
      causedIncident: pick([false, true], i)
    }))
  )
  const drills = table(
    'drills',
    Array.from({ length: 40 }, (_, i) => ({
      drillId: `D${i}`,
      system: pick(SYSTEMS, i),
      date: pick(DAYS, i),
      drillType: pick(choices('drills', 'drillType'), i),
      rtoMet: pick(choices('drills', 'rtoMet'), i)
    }))
  )
  const stressTests = table(
    'stressTests',
    Array.from({ length: 30 }, (_, i) => ({
      testId: `T${i}`,
      system: pick(SYSTEMS, i + 2),
      date: pick(DAYS, i + 1),
      environment: pick(choices('stressTests', 'environment'), i),
      passed: pick([true, false, undefined], i)
    }))
  )
  return [systems, incidents, changes, drills, stressTests]
}

const shipped = measureSetSchema.parse(measuresJson)
/** Measures of every aggregate, filter and exclusion the shipped ones do not use. */
const more: Record<string, RegisterMeasure> = Object.fromEntries(
  Object.entries({
    meanDetect: { register: 'incidents', aggregate: 'mean', from: 'start', to: 'detected' },
    minRestore: {
      register: 'incidents',
      aggregate: 'min',
      from: 'start',
      to: 'restored',
      realTime: false
    },
    maxActions: { register: 'incidents', aggregate: 'max', column: 'actions', systemClass: [1, 2] },
    meanClosed: {
      register: 'incidents',
      aggregate: 'mean',
      column: 'actionsClosed',
      systemClass: [3]
    },
    classChanges: {
      register: 'changes',
      aggregate: 'count',
      systemClass: [1],
      where: [{ column: 'automated', in: [false] }]
    },
    notRealTime: { register: 'changes', aggregate: 'countSystems', realTime: false },
    drilled: {
      register: 'drills',
      aggregate: 'countSystems',
      where: [{ column: 'rtoMet', in: ['yes'] }]
    },
    service: { register: 'systems', aggregate: 'min', column: 'serviceMinutes' }
  }).map(([id, m]) => [id, registerMeasureSchema.parse(m)])
)
const set: MeasureSet = { ...shipped, factors: { ...shipped.factors, X: more } }
const factors = Object.entries(set.factors).map(([id, inputs]) => ({
  id,
  inputs: Object.keys(inputs).map((input) => ({ id: input }))
}))

describe('register measures, rows made when read', () => {
  it('give what one object per row and input gave: figures, counted rows, excluded rows and reasons, whole and a page at a time', () => {
    const tables = registers(1200)
    const codes = new Set<string>()
    const keySystems: SystemFacts[] = [{ name: '未登记', realTime: true, systemClass: '2' }]
    // Twice each, in another period and with key systems: the rows kept between measurements
    // must not carry one measurement's reasons into the next.
    for (const context of [
      { period: { start: '2026-01-01', end: '2026-12-31' }, tables },
      { period: { start: '2026-02-28', end: '2026-06-15' }, tables, keySystems },
      { period: { start: '2026-01-01', end: '2026-12-31' }, tables }
    ] satisfies MeasureContext[]) {
      const computed = computeInputs(set, factors, context)
      expect(computed).toHaveLength(factors.flatMap((f) => f.inputs).length)
      for (const input of computed) {
        const name = `${input.factorId}.${input.inputId}`
        const measure = set.factors[input.factorId]![input.inputId]!
        const expected = oldMeasureFigure(measure, context)
        // A drill-down's pages, read before any list is made whole: the same rows, the same sizes.
        const figures: Array<[Figure, RowsFigure]> = [
          [input.figure.pooled, expected.pooled],
          ...Object.entries(input.figure.bySystem).map(([s, f]): [Figure, RowsFigure] => [
            f,
            expected.bySystem[s]!
          ])
        ]
        for (const [figure, rows] of figures)
          for (const which of ['counted', 'excluded'] satisfies FigureRowKind[]) {
            expect(figure.size[which], name).toBe(rows[which].length)
            for (const [start, end] of [
              [0, 50],
              [7, 8],
              [Math.max(0, rows[which].length - 3), 1e9]
            ])
              expect(figure.slice(which, start!, end!), name).toEqual(rows[which].slice(start, end))
          }
        expect(rowsOf(input.figure), name).toEqual(expected)
      }
      for (const c of computed) for (const r of c.figure.pooled.excluded) codes.add(r.reason.code)
    }
    // Every reason a row is left out for was met.
    expect([...codes].toSorted()).toEqual([
      'filter',
      'missing',
      'negativeDuration',
      'notRealTime',
      'outsidePeriod',
      'realTime',
      'systemClass',
      'unknownSystem'
    ])
  })
})

describe('time differences', () => {
  it('read digit by digit give the minutes the sliced fields gave, every spelling alike', () => {
    const sliced = (at: string): number =>
      Date.UTC(
        +at.slice(0, 4),
        +at.slice(5, 7) - 1,
        +at.slice(8, 10),
        +at.slice(11, 13) || 0,
        +at.slice(14, 16) || 0
      )
    const times = [
      ...Array.from({ length: 300 }, (_, i) => time(i, i * 37)),
      ...[
        '2026-01-01',
        '2026-02-30 25:61',
        '0099-01-01 00:00',
        'x026-01-01 00:00',
        '2026-01-01 0a:00'
      ],
      ...['', '2026/01/01 10:00', '2026-13-01 00:00', '2026-1-01 10:00', '2026-01-01 10:00:30']
    ]
    for (const from of times)
      for (const to of times.slice(290))
        expect(minutesBetween(from, to), `${from} → ${to}`).toBe(
          (sliced(to) - sliced(from)) / 60_000
        )
  })
})
