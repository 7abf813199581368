import { useEffect, useMemo, useState } from 'react'
import { figureKey, type FigureWrite } from '@shared/registers/factor-writes'
import type { Figure, RegisterMeasure } from '@shared/registers'
import { useRegisters } from '../../db/hooks/useRegisters'
import type * as MeasureModuleExports from './measure-registers'
import type { FigureOverride, RegistersRow } from '../../db/schema'
import { useWorkspace } from '../workspace/workspace-context'

type MeasureModule = typeof MeasureModuleExports

/** Loaded on first use: zod and the measures file stay out of start-up. */
export const loadMeasureModule = (): Promise<MeasureModule> => import('./measure-registers')

/** One figure measured from the registers, with the rows behind it and the override if any. */
export interface RegisterFigure extends FigureWrite {
  key: string
  /** The key system's name (per-system figures). */
  systemName: string | null
  measure: RegisterMeasure
  rows: Figure
  override?: FigureOverride
}

export interface RegisterFigures {
  /** undefined while loading. */
  row: RegistersRow | null | undefined
  /** Every measured figure, by factor id. */
  byFactor: ReadonlyMap<string, RegisterFigure[]>
  all: readonly RegisterFigure[]
  module: MeasureModule | undefined
}

/** The open assessment's registers and every figure they give, recomputed when the period or systems change. */
export function useRegisterFigures(): RegisterFigures {
  const { assessment, bank } = useWorkspace()
  const row = useRegisters(assessment.id)
  const [module, setModule] = useState<MeasureModule>()
  const hasRegisters = (row?.registers.length ?? 0) > 0
  useEffect(() => {
    if (hasRegisters && module === undefined) void loadMeasureModule().then(setModule)
  }, [hasRegisters, module])
  const { period, systems } = assessment.metadata
  const all = useMemo(() => {
    if (!module || !row) return []
    const tables = row.registers.map((r) => r.table)
    const { computed, writes } = module.measureRegisters(bank, { period, systems }, tables)
    const inputs = new Map(computed.map((c) => [`${c.factorId}.${c.inputId}`, c.figure]))
    const names = new Map(systems.map((s) => [s.id, s.name]))
    return writes.map((write): RegisterFigure => {
      const figure = inputs.get(`${write.factorId}.${write.inputId}`)!
      const systemName = write.systemId === null ? null : (names.get(write.systemId) ?? null)
      const rows = systemName === null ? figure.pooled : figure.bySystem[systemName]!
      const key = figureKey(write)
      const override = row.overrides[key]
      return {
        ...write,
        key,
        systemName,
        measure: figure.measure,
        rows,
        ...(override ? { override } : {})
      }
    })
  }, [module, row, bank, period, systems])
  const byFactor = useMemo(() => {
    const map = new Map<string, RegisterFigure[]>()
    for (const f of all) map.set(f.factorId, [...(map.get(f.factorId) ?? []), f])
    return map
  }, [all])
  return { row, byFactor, all, module }
}
