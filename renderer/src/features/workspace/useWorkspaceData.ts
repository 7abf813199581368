import { useDeferredValue, useMemo } from 'react'
import { indexBank } from '@shared/bank/lookup'
import { scoreAssessment } from '@shared/scoring'
import {
  useAnswers,
  useAssessmentRow,
  useBankByHash,
  useFactorEntries,
  useFindingRecords
} from '../../db/hooks/useAssessments'
import type { Workspace } from './workspace-context'

export type WorkspaceState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'bankMissing'; bankId: string; bankVersion: string }
  | { status: 'ready'; workspace: Workspace }

const byKey = <T, K>(rows: readonly T[], key: (row: T) => K): ReadonlyMap<K, T> =>
  new Map(rows.map((row) => [key(row), row]))

/**
 * Loads one assessment live from storage, with its exact bank, and scores it. What storage sends
 * is shown as a deferred value: a write's wake-ups (an import stores its registers, figures and
 * audit at once) re-score and re-render the workspace in a transition, in slices between frames,
 * not in one default-priority render of every screen part (a page task of 200 ms and more).
 */
export function useWorkspaceData(assessmentId: string): WorkspaceState {
  const assessment = useDeferredValue(useAssessmentRow(assessmentId).data)
  const bank = useBankByHash(assessment?.bank.contentHash).data
  const answers = useDeferredValue(useAnswers(assessmentId).data)
  const factors = useDeferredValue(useFactorEntries(assessmentId).data)
  const findings = useDeferredValue(useFindingRecords(assessmentId).data)

  const index = useMemo(() => (bank ? indexBank(bank) : undefined), [bank])
  const result = useMemo(
    () =>
      assessment && bank && answers && factors
        ? scoreAssessment(bank, {
            answers,
            factors,
            profile: assessment.profile,
            metadata: assessment.metadata
          })
        : undefined,
    [assessment, bank, answers, factors]
  )

  return useMemo((): WorkspaceState => {
    if (assessment === null) return { status: 'missing' }
    if (assessment && bank === null) {
      return {
        status: 'bankMissing',
        bankId: assessment.bank.id,
        bankVersion: assessment.bank.version
      }
    }
    if (!assessment || !bank || !index || !answers || !factors || !findings || !result) {
      return { status: 'loading' }
    }
    return {
      status: 'ready',
      workspace: {
        assessment,
        bank,
        index,
        answers: byKey(answers, (a) => a.questionId),
        factorEntries: byKey(factors, (f) => f.factorId),
        findingRecords: byKey(findings, (f) => f.findingId),
        result,
        readOnly: assessment.status === 'finalized' || assessment.deletedAt !== undefined
      }
    }
  }, [assessment, bank, index, answers, factors, findings, result])
}
