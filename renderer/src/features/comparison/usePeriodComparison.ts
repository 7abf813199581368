import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { Bank } from '@shared/bank/bank'
import { compareAssessments, type Comparison } from '@shared/comparison'
import { scoreAssessment } from '@shared/scoring'
import {
  useComparedAssessment,
  usePeriodCandidates,
  type PeriodCandidates
} from '../../db/hooks/usePeriodComparison'
import { useWorkspace } from '../workspace/workspace-context'

export type PeriodComparisonState =
  | { status: 'loading' }
  | { status: 'none'; candidates: PeriodCandidates }
  | { status: 'missing'; candidates: PeriodCandidates; previousId: string }
  | {
      status: 'ready'
      candidates: PeriodCandidates
      previousId: string
      comparison: Comparison
      /** The previous period's own bank (its removed questions are named from it). */
      previousBank: Bank
    }

/**
 * The open assessment compared with another period of its institution (shared/comparison, the
 * numbers `stability-assessor compare --json` prints). The period compared with is in the URL
 * (`?with=<id>`); by default the one this assessment continues, else the latest other one.
 */
export function usePeriodComparison(): PeriodComparisonState & {
  choose: (previousId: string) => void
} {
  const { assessment, bank, answers, factorEntries, findingRecords, result } = useWorkspace()
  const [params, setParams] = useSearchParams()
  const candidates = usePeriodCandidates(assessment).data
  const asked = params.get('with')
  const previousId = useMemo(() => {
    if (!candidates) return undefined
    const ids = candidates.comparable.map((c) => c.id)
    if (asked !== null && ids.includes(asked)) return asked
    const continued = assessment.previousPeriod?.assessmentId
    if (continued !== undefined && ids.includes(continued)) return continued
    const start = assessment.metadata.period.start
    return (candidates.comparable.find((c) => c.period.end < start) ?? candidates.comparable[0])?.id
  }, [asked, assessment, candidates])
  const previous = useComparedAssessment(previousId)

  const comparison = useMemo(() => {
    if (!previous.data) return undefined
    const current = {
      ...assessment,
      answers: [...answers.values()],
      factors: [...factorEntries.values()],
      findings: [...findingRecords.values()],
      auditLog: []
    }
    const before = previous.data
    return compareAssessments(
      {
        assessment: before.assessment,
        bank: before.bank,
        result: scoreAssessment(before.bank, before.assessment)
      },
      { assessment: current, bank, result }
    )
  }, [previous.data, assessment, bank, answers, factorEntries, findingRecords, result])

  const choose = (id: string) => setParams({ with: id }, { replace: true })
  if (!candidates) return { status: 'loading', choose }
  if (previousId === undefined) return { status: 'none', candidates, choose }
  if (previous.isLoading) return { status: 'loading', choose }
  if (!comparison || !previous.data) return { status: 'missing', candidates, previousId, choose }
  const previousBank = previous.data.bank
  return { status: 'ready', candidates, previousId, comparison, previousBank, choose }
}
