import { createContext, use } from 'react'
import type { BankIndex } from '@shared/bank/lookup'
import type { Bank } from '@shared/bank/bank'
import type { ScoringResult } from '@shared/scoring'
import type { AnswerRow, AssessmentRow, FactorRow, FindingRow } from '../../db/schema'

/** Everything the screens of one open assessment share: the stored data and its live score. */
export interface Workspace {
  assessment: AssessmentRow
  bank: Bank
  index: BankIndex
  answers: ReadonlyMap<string, AnswerRow>
  factorEntries: ReadonlyMap<string, FactorRow>
  findingRecords: ReadonlyMap<string, FindingRow>
  /** Recomputed on every stored change; pure and fast (see npm run bench). */
  result: ScoringResult
  /** Finalized or in the trash: screens show answers but accept no change. */
  readOnly: boolean
}

export const WorkspaceContext = createContext<Workspace | null>(null)

/** The open assessment; only valid under WorkspaceLayout. */
export function useWorkspace(): Workspace {
  const workspace = use(WorkspaceContext)
  if (!workspace) throw new Error('useWorkspace is used outside an open assessment')
  return workspace
}
