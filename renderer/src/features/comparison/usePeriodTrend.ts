import { useMemo } from 'react'
import { buildPeriodTrend, type PeriodTrend } from '@shared/comparison'
import { scoreAssessment } from '@shared/scoring'
import { useInstitutionPeriods } from '../../db/hooks/usePeriodComparison'
import { useWorkspace } from '../workspace/workspace-context'

/**
 * Every period of the open assessment's institution, scored by its own bank (shared/comparison
 * trend); undefined while loading. The open assessment is read back from the database like the
 * others, so the line always ends at what is saved.
 */
export function usePeriodTrend(): PeriodTrend | undefined {
  const { assessment } = useWorkspace()
  const periods = useInstitutionPeriods(assessment.metadata.institution).data
  return useMemo(
    () =>
      periods &&
      buildPeriodTrend(
        periods.map((p) => ({ ...p, result: scoreAssessment(p.bank, p.assessment) }))
      ),
    [periods]
  )
}
