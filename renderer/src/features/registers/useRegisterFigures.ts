import { useEffect, useMemo, useState } from 'react'
import { useRegisters } from '../../db/hooks/useRegisters'
import type * as MeasureModuleExports from './measure-registers'
import type { FigureSummary } from './measure-messages'
import type { FigureOverride, RegisterHeadsRow } from '../../db/schema'
import { useWorkspace } from '../workspace/workspace-context'
import { measureFigures, measureScope } from './register-measurer'
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

export interface RegisterFigures {
  /** undefined while loading. */
  row: RegisterHeadsRow | null | undefined
  /** Every measured figure, by factor id. */
  byFactor: ReadonlyMap<string, RegisterFigure[]>
  all: readonly RegisterFigure[]
}

/**
 * The open assessment's registers and every figure they give, measured in the register worker
 * (again when the registers, the period or the key systems change).
 */
export function useRegisterFigures(): RegisterFigures {
  const { assessment, bank } = useWorkspace()
  const row = useRegisters(assessment.id)
  const { period, systems } = assessment.metadata
  const registers = row?.registers
  const [figures, setMeasured] = useState<readonly FigureSummary[]>([])
  // Until the new figures come, the last ones stay on the cards; none once no register is left.
  const measured = registers && registers.length > 0 ? figures : NONE
  useEffect(() => {
    if (!row || row.registers.length === 0) return
    let current = true
    phaseAsync('page: figures call', () =>
      measureFigures(row, measureScope(bank, { period, systems }))
    ).then(
      (figures) => current && setMeasured(figures),
      // The figures stay as written in the factor entries; the cards only lose their source.
      () => current && setMeasured([])
    )
    return () => {
      current = false
    }
  }, [row, bank, period, systems])
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
