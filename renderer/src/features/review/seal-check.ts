import type { Assessment } from '@shared/assessment/assessment'
import { assessmentContentHash } from '@shared/assessment/canonical'
import type { Workspace } from '../workspace/workspace-context'

const withoutOwner = <T extends { assessmentId: string }>({ assessmentId: _a, ...rest }: T) => rest

/**
 * The SHA-256 of the open assessment's canonical content, from the live data. The audit log is
 * not part of the canonical content, so it is left out here.
 */
export function liveContentHash(
  workspace: Pick<Workspace, 'assessment' | 'answers' | 'factorEntries' | 'findingRecords'>
): string {
  const {
    deletedAt: _d,
    summary: _s,
    ...header
  } = workspace.assessment as Workspace['assessment'] & {
    summary?: unknown
  }
  const assessment: Assessment = {
    ...header,
    answers: [...workspace.answers.values()].map(withoutOwner),
    factors: [...workspace.factorEntries.values()].map(withoutOwner),
    findings: [...workspace.findingRecords.values()].map(withoutOwner),
    auditLog: []
  }
  return assessmentContentHash(assessment)
}
