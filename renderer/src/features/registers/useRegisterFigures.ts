import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { useRegisters } from '../../db/hooks/useRegisters'
import type * as MeasureModuleExports from './measure-registers'
import type { FigureSummary } from './measure-messages'
import type { FigureOverride, RegisterHeadsRow } from '../../db/schema'
import { useWorkspace } from '../workspace/workspace-context'
import { measureFigures, measureScope, storedFigures } from './register-measurer'
import { registerIdentity } from './register-identity'
import { phaseAsync } from './register-phase'

type MeasureModule = typeof MeasureModuleExports

/** Loaded on first use: zod and the measures file stay out of start-up. */
export const loadMeasureModule = (): Promise<MeasureModule> => import('./measure-registers')

/**
 * One figure measured from the registers: its value, how many rows it counted and excluded (the
 * rows themselves stay in the register worker, a page at a time: figureRows), and the override.
 */
export interface RegisterFigure extends FigureSummary {
  override?: FigureOverride
}

const NONE: readonly FigureSummary[] = []

/** The same figures measured again (a worker reply is a fresh copy): the cards keep theirs. */
const same = (a: readonly FigureSummary[], b: readonly FigureSummary[]): boolean =>
  a.length === b.length && JSON.stringify(a) === JSON.stringify(b)

export interface RegisterFigures {
  /** undefined while loading. */
  row: RegisterHeadsRow | null | undefined
  /** Every measured figure, by factor id. */
  byFactor: ReadonlyMap<string, RegisterFigure[]>
  all: readonly RegisterFigure[]
}

/**
 * The open assessment's registers and every figure they give, measured in the register worker
 * again only when what they are measured from changes: the registers (their identities: kind,
 * file, import time, rows kept) or the period and key systems. A write that leaves those as they
 * were (an override, a typed figure, the audit head) neither calls the worker nor re-renders a card.
 */
export function useRegisterFigures(): RegisterFigures {
  const { assessment, bank } = useWorkspace()
  // Deferred, as the workspace's own data (useWorkspaceData): an import's wake-up renders the
  // cards in a transition, with the entries and scores it wrote.
  const row = useDeferredValue(useRegisters(assessment.id))
  const { period, systems } = assessment.metadata
  const registers = row?.registers
  const [figures, setMeasured] = useState<readonly FigureSummary[]>([])
  // Keys of what the figures are measured from: the objects are fresh after every write.
  const heldKey = registers && JSON.stringify([assessment.id, registers.map(registerIdentity)])
  const scopeKey = JSON.stringify({ period, systems })
  const scope = useMemo(
    () => measureScope(bank, JSON.parse(scopeKey) as Parameters<typeof measureScope>[1]),
    [bank, scopeKey]
  )
  // An import's own figures come with its reply, usually before the live query sees its heads:
  // shown in the same render as the heads (one render of the cards, not two).
  const sentBack = useMemo(
    () => (heldKey !== undefined && row ? storedFigures(row, scope) : undefined),
    // Only the registers' identities and the scope matter, not the row object of each write.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [heldKey, scope]
  )
  // Until the new figures come, the last ones stay on the cards; none once no register is left.
  const measured = registers && registers.length > 0 ? (sentBack ?? figures) : NONE
  const latest = useRef(row)
  useEffect(() => {
    latest.current = row
  })
  useEffect(() => {
    const stored = latest.current
    if (heldKey === undefined || !stored || stored.registers.length === 0) return
    let current = true
    // A transition: the cards the new figures change render in slices between frames.
    const show = (next: readonly FigureSummary[]) =>
      current && startTransition(() => setMeasured((was) => (same(was, next) ? was : next)))
    phaseAsync('page: figures call', () => measureFigures(stored, scope)).then(
      show,
      // The figures stay as written in the factor entries; the cards only lose their source.
      () => show(NONE)
    )
    return () => {
      current = false
    }
  }, [heldKey, scope])
  const overrides = row?.overrides
  const all = useMemo(
    () =>
      measured.map((figure): RegisterFigure => {
        const override = overrides?.[figure.key]
        return override ? { ...figure, override } : figure
      }),
    [measured, overrides]
  )
  const byFactor = useMemo(() => {
    const map = new Map<string, RegisterFigure[]>()
    for (const f of all) map.set(f.factorId, [...(map.get(f.factorId) ?? []), f])
    return map
  }, [all])
  return { row, byFactor, all }
}
