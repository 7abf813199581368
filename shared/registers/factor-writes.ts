/**
 * From computed inputs to the figures an assessment keeps, and what a re-import changes: each
 * computed input lands in its factor entry — a firm-wide factor's `values`, or a per-system
 * factor's `bySystem` for each key system the register names — unless the assessor overrode it
 * (with a reason). A re-import is compared with what is stored before it replaces it: the rows
 * added, removed and changed per register, and each figure's old and new value.
 */
import type { FactorEntry, KeySystem } from '../assessment/assessment'
import type { PerSystem } from '../bank/factor'
import { systemsInScope } from '../scoring/factor-systems'
import type { MeasureContext, SystemFacts } from './compute'
import type { ComputedInput, MeasuredFactor } from './inputs'
import { REGISTER_KIND_TABLE, REGISTER_KINDS, type RegisterKindId } from './kinds'
import type { RegisterTable } from './read-table'

/** One figure of a factor entry: a firm-wide input (systemId null) or a key system's. */
export interface FigureWrite {
  factorId: string
  inputId: string
  systemId: string | null
  value: number | null
}

/** How a figure is named where it is kept (overrides, the audit trail): `F01.N_mon`, `F16.T_trading@sys-1`. */
export const figureKey = (w: Pick<FigureWrite, 'factorId' | 'inputId' | 'systemId'>): string =>
  `${w.factorId}.${w.inputId}${w.systemId === null ? '' : `@${w.systemId}`}`

/** The assessment's key systems as the measures see them (the systems register comes first). */
export const keySystemFacts = (systems: readonly KeySystem[]): SystemFacts[] =>
  systems.map((s) => {
    const fact: SystemFacts = { name: s.name }
    if (s.class !== undefined) fact.systemClass = String(s.class)
    if (s.realTime !== undefined) fact.realTime = s.realTime
    return fact
  })

/** A measure's context for an assessment: its period, registers and key systems. */
export const assessmentMeasureContext = (
  period: MeasureContext['period'],
  tables: readonly RegisterTable[],
  systems: readonly KeySystem[]
): MeasureContext => ({ period, tables, keySystems: keySystemFacts(systems) })

/**
 * The figures the computed inputs give: pooled for a firm-wide factor; for a per-system factor,
 * one per key system in the factor's scope that the register has rows of (a key system it never
 * names stays typed by hand).
 */
export function figureWrites(
  computed: readonly ComputedInput[],
  factors: readonly (MeasuredFactor & { perSystem?: PerSystem })[],
  systems: readonly KeySystem[]
): FigureWrite[] {
  const perSystem = new Map(
    factors.flatMap((f) => (f.perSystem === undefined ? [] : [[f.id, f.perSystem] as const]))
  )
  const out: FigureWrite[] = []
  for (const { factorId, inputId, figure } of computed) {
    const scope = perSystem.get(factorId)
    if (scope === undefined) {
      out.push({ factorId, inputId, systemId: null, value: figure.pooled.value })
      continue
    }
    for (const system of systemsInScope(scope, systems)) {
      const mine = figure.bySystem[system.name]
      if (mine !== undefined)
        out.push({ factorId, inputId, systemId: system.id, value: mine.value })
    }
  }
  return out
}

/** A figure before and after a re-import (null: not measured, or nothing to take a mean of). */
export interface FigureChange {
  key: string
  factorId: string
  inputId: string
  systemId: string | null
  before: number | null | undefined
  after: number | null | undefined
}

/** The figures whose value a re-import changes, appears or disappears. */
export function figureChanges(
  before: readonly FigureWrite[],
  after: readonly FigureWrite[]
): FigureChange[] {
  const old = new Map(before.map((w) => [figureKey(w), w]))
  const next = new Map(after.map((w) => [figureKey(w), w]))
  const out: FigureChange[] = []
  for (const key of new Set([...old.keys(), ...next.keys()])) {
    const a = old.get(key)
    const b = next.get(key)
    if (a?.value === b?.value && a !== undefined && b !== undefined) continue
    const { factorId, inputId, systemId } = (b ?? a)!
    out.push({ key, factorId, inputId, systemId, before: a?.value, after: b?.value })
  }
  return out.toSorted((x, y) => x.key.localeCompare(y.key))
}

/** Rows of one register a re-import adds, removes or changes (matched by the register's number column). */
export interface RegisterRowChanges {
  kind: RegisterKindId
  before: number
  after: number
  added: string[]
  removed: string[]
  changed: string[]
}

/** Rows by their number: each row's values as JSON, or '' when `compare` is false (ids alone). */
const rowsById = (tables: readonly RegisterTable[], kind: RegisterKindId, compare = true) => {
  const idField = REGISTER_KIND_TABLE[kind].idField
  const rows = new Map<string, string>()
  for (const table of tables.filter((t) => t.kind === kind))
    for (const row of table.rows)
      rows.set(String(row.values[idField]), compare ? JSON.stringify(row.values) : '')
  return rows
}

/** Per register kind in the new import: what it changes against the stored one. */
export function registerRowChanges(
  stored: readonly RegisterTable[],
  incoming: readonly RegisterTable[]
): RegisterRowChanges[] {
  const kinds = REGISTER_KINDS.filter((kind) => incoming.some((t) => t.kind === kind))
  return kinds.map((kind) => {
    const a = rowsById(stored, kind)
    // Nothing stored of this kind: every row is added, none changed — no values to compare.
    const b = rowsById(incoming, kind, a.size > 0)
    return {
      kind,
      before: a.size,
      after: b.size,
      added: [...b.keys()].filter((id) => !a.has(id)),
      removed: [...a.keys()].filter((id) => !b.has(id)),
      changed: [...b.keys()].filter((id) => a.has(id) && a.get(id) !== b.get(id))
    }
  })
}

/** The stored registers with the incoming ones in place of their kind (a register is taken whole). */
export const replaceRegisters = (
  stored: readonly RegisterTable[],
  incoming: readonly RegisterTable[]
): RegisterTable[] => {
  const replaced = new Set(incoming.map((t) => t.kind))
  return [...stored.filter((t) => !replaced.has(t.kind)), ...incoming]
}

/**
 * The factor entries with the figures written in: only the entries that change, each stamped with
 * who and when; an entry the figures need and `entries` lack is made by `create`.
 */
export function putFigures<E extends FactorEntry>(
  entries: readonly E[],
  writes: readonly FigureWrite[],
  create: (factorId: string) => E,
  by: string,
  at: string
): E[] {
  const byId = new Map(entries.map((e) => [e.factorId, e]))
  const changed = new Set<string>()
  for (const w of writes) {
    const previous = byId.get(w.factorId) ?? create(w.factorId)
    const now =
      w.systemId === null
        ? previous.values[w.inputId]
        : previous.bySystem?.[w.systemId]?.[w.inputId]
    if (now === w.value) continue
    const next: E =
      w.systemId === null
        ? { ...previous, values: { ...previous.values, [w.inputId]: w.value } }
        : {
            ...previous,
            bySystem: {
              ...previous.bySystem,
              [w.systemId]: { ...previous.bySystem?.[w.systemId], [w.inputId]: w.value }
            }
          }
    byId.set(w.factorId, { ...next, updatedBy: by, updatedAt: at })
    changed.add(w.factorId)
  }
  return [...changed].map((id) => byId.get(id)!)
}
