/**
 * Registers in a merge (docs/merge.md): a register is a file (SHA-256) with its rows, taken whole
 * with the figures typed over it. The same file on both sides: nothing to do; only theirs has the
 * register: taken; two different files of one kind: a conflict the lead decides, shown with both
 * files and the figures that change. The figures are then measured again from the registers that
 * stand, under the merged period and key systems (applyMerge).
 */
import type { Assessment, AuditEntry, FactorEntry, FigureOverride } from '../assessment/assessment'
import { canonicalJson } from '../util/canonical-json'
import {
  figureChanges,
  figureKey,
  putFigures,
  type FigureChange,
  type FigureWrite
} from '../registers/factor-writes'
import type { FigureMeasurer, MeasuredScope } from '../registers/figure-measurer'
import type { RegisterKindId } from '../registers/kinds'
import type { StoredRegister } from '../assessment/assessment'
import { sideView } from './content'
import type { MergeConflict, MergeTake, RegisterHolding } from './types'

/** No measures: registers still merge as files; no figure is measured. */
export const NO_MEASURES: FigureMeasurer = {
  figures: () => [],
  registerOf: () => undefined
}

type Registers = NonNullable<Assessment['registers']>
type Overrides = Registers['overrides']

/** `F16.T_trading@sys-1` → factor `F16`, input `T_trading`. */
function figureOf(key: string): { factorId: string; inputId: string } {
  const dot = key.indexOf('.')
  const at = key.indexOf('@', dot)
  return {
    factorId: key.slice(0, dot),
    inputId: key.slice(dot + 1, at < 0 ? undefined : at)
  }
}

/** The overrides of figures measured from a register of `kind`. */
export function overridesOfKind(
  overrides: Overrides,
  kind: RegisterKindId,
  measurer: FigureMeasurer
): Record<string, FigureOverride> {
  return Object.fromEntries(
    Object.entries(overrides).filter(([key]) => {
      const { factorId, inputId } = figureOf(key)
      return measurer.registerOf(factorId, inputId) === kind
    })
  )
}

/** The figures in force: each measured figure, or the value typed over it. */
export function figuresInForce(
  scope: MeasuredScope,
  registers: Registers | undefined,
  measurer: FigureMeasurer
): FigureWrite[] {
  if (registers === undefined || registers.registers.length === 0) return []
  const writes = measurer.figures(
    scope,
    registers.registers.map((r) => r.table)
  )
  return writes.map((w) => {
    const override = registers.overrides[figureKey(w)]
    return override === undefined ? w : { ...w, value: override.value }
  })
}

/** Registers with theirs' holding in place of mine's register of its kind (and its overrides). */
export function withHolding(
  registers: Registers | undefined,
  holding: RegisterHolding,
  replaced: Readonly<Record<string, FigureOverride>>
): Registers {
  const kind = holding.register.table.kind
  const overrides = Object.fromEntries(
    Object.entries(registers?.overrides ?? {}).filter(([key]) => !(key in replaced))
  )
  return {
    registers: [
      ...(registers?.registers ?? []).filter((r) => r.table.kind !== kind),
      holding.register
    ],
    overrides: { ...overrides, ...holding.overrides }
  }
}

const sameFile = (a: StoredRegister, b: StoredRegister): boolean =>
  a.source.sha256 === b.source.sha256 && canonicalJson(a.table) === canonicalJson(b.table)

/**
 * Theirs' registers against mine's, kind by kind (keyed `register:<kind>`). `by` is who imported
 * the file (the audit entry of its import), `at` when.
 */
export function planRegisters(
  mine: Assessment,
  theirs: Assessment,
  measurer: FigureMeasurer,
  touches: {
    mine: ReadonlyMap<string, { by: string; at: string }>
    theirs: ReadonlyMap<string, { by: string; at: string }>
  }
): { takes: MergeTake[]; conflicts: MergeConflict[] } {
  const out = { takes: [] as MergeTake[], conflicts: [] as MergeConflict[] }
  const before = figuresInForce(mine.metadata, mine.registers, measurer)
  const view = (holding: RegisterHolding, side: 'mine' | 'theirs') => {
    const { source } = holding.register
    const touch = touches[side].get(`registers:${source.name}`)
    return sideView(holding, touch?.by, source.importedAt, undefined, [])
  }
  for (const register of theirs.registers?.registers ?? []) {
    const kind = register.table.kind
    const holding: RegisterHolding = {
      register,
      overrides: overridesOfKind(theirs.registers!.overrides, kind, measurer)
    }
    const own = mine.registers?.registers.find((r) => r.table.kind === kind)
    const ownOverrides = overridesOfKind(mine.registers?.overrides ?? {}, kind, measurer)
    const figures = (): FigureChange[] =>
      figureChanges(
        before,
        figuresInForce(mine.metadata, withHolding(mine.registers, holding, ownOverrides), measurer)
      )
    const key = `register:${kind}`
    const item = { key, kind: 'register' as const, registerKind: kind }
    // The same file: nothing when theirs typed no override (mine kept) or the same ones;
    // overrides only theirs typed are taken; two different sets conflict. Another file: taken
    // when I hold none of its kind, a conflict when I hold another.
    const same = own !== undefined && sameFile(own, register)
    if (same && Object.keys(holding.overrides).length === 0) continue
    if (same && canonicalJson(ownOverrides) === canonicalJson(holding.overrides)) continue
    if (own === undefined || (same && Object.keys(ownOverrides).length === 0))
      out.takes.push({
        ...item,
        figures: figures(),
        theirs: view(holding, 'theirs')
      })
    else
      out.conflicts.push({
        ...item,
        figures: figures(),
        mine: view({ register: own, overrides: ownOverrides }, 'mine'),
        theirs: view(holding, 'theirs')
      })
  }
  return out
}

/** The figure keys either copy measures from its registers: decided by the registers, not typed. */
export function measuredKeys(
  mine: Assessment,
  theirs: Assessment,
  measurer: FigureMeasurer
): Set<string> {
  return new Set(
    [
      ...figuresInForce(mine.metadata, mine.registers, measurer),
      ...figuresInForce(theirs.metadata, theirs.registers, measurer)
    ].map(figureKey)
  )
}

/** What a register holding says in the audit log: the file, its rows, the overrides. */
export function holdingSnapshot(holding: RegisterHolding): Record<string, unknown> {
  const { source, table } = holding.register
  return {
    file: source.name,
    sha256: source.sha256,
    rows: table.rows.length,
    leftOut: table.leftOut.length,
    overrides: holding.overrides
  }
}

/**
 * After a merge: the figures in force measured again from the registers that stand, under the
 * merged period and key systems — the factor entries that change and one `factor.set` audit entry
 * naming each figure's old and new value and the files. A figure mine measured that the merged
 * registers no longer give is cleared (the register gave it); per-system figures of a key system
 * no longer in scope are left to the key-system rules.
 */
export function remeasureMerged(
  mine: Assessment,
  merged: Pick<Assessment, 'metadata' | 'registers'>,
  entries: readonly FactorEntry[],
  measurer: FigureMeasurer,
  by: string,
  at: string
): { changed: FactorEntry[]; audit?: Omit<AuditEntry, 'id' | 'at' | 'by'> } {
  const before = figuresInForce(mine.metadata, mine.registers, measurer)
  const after = figuresInForce(merged.metadata, merged.registers, measurer)
  const kept = new Set(merged.metadata.systems.map((s) => s.id))
  const measured = new Set(after.map(figureKey))
  const writes = [
    ...after,
    ...before
      .filter((w) => !measured.has(figureKey(w)) && (w.systemId === null || kept.has(w.systemId)))
      .map((w) => ({ ...w, value: null }))
  ]
  const current = new Map(entries.map((e) => [e.factorId, e]))
  const changes = writes.filter((w) => {
    const entry = current.get(w.factorId)
    const now =
      w.systemId === null ? entry?.values[w.inputId] : entry?.bySystem?.[w.systemId]?.[w.inputId]
    return (now ?? null) !== w.value
  })
  if (changes.length === 0) return { changed: [] }
  const changed = putFigures(
    entries,
    changes,
    (factorId) => ({ factorId, values: {}, evidence: [] }),
    by,
    at
  )
  const valueOf = (w: FigureWrite): number | null => {
    const entry = current.get(w.factorId)
    return (
      (w.systemId === null
        ? entry?.values[w.inputId]
        : entry?.bySystem?.[w.systemId]?.[w.inputId]) ?? null
    )
  }
  const files = (merged.registers?.registers ?? [])
    .map((r) => `${r.source.name} (SHA-256 ${r.source.sha256})`)
    .join(', ')
  return {
    changed,
    audit: {
      action: 'factor.set',
      target: 'registers',
      oldValue: Object.fromEntries(changes.map((w) => [figureKey(w), valueOf(w)])),
      newValue: Object.fromEntries(changes.map((w) => [figureKey(w), w.value])),
      reason: `台账计算值按合并后的台账重算 / register figures measured again from the merged registers: ${files}`
    }
  }
}
