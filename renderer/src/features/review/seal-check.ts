import type { Assessment } from '@shared/assessment/assessment'
import { assessmentContentHash } from '@shared/assessment/canonical'
import { sealVerdict, type SealVerdict } from '@shared/assessment/seal'
import { withRegisters } from '../../db/repos/assessments'
import type { PackedRegistersRow } from '../../db/schema'
import type { Workspace } from '../workspace/workspace-context'

const withoutOwner = <T extends { assessmentId: string }>({ assessmentId: _a, ...rest }: T) => rest

type LiveParts = Pick<Workspace, 'assessment' | 'answers' | 'factorEntries' | 'findingRecords'>

/**
 * The open assessment as its file would hold it, from the live data and its registers (kept in a
 * table of their own, and part of what a seal covers). The audit log is not part of the
 * canonical content, so it is left out here.
 */
function liveAssessment(workspace: LiveParts, registers: PackedRegistersRow | null): Assessment {
  const {
    deletedAt: _d,
    summary: _s,
    ...header
  } = workspace.assessment as Workspace['assessment'] & {
    summary?: unknown
  }
  return {
    ...header,
    answers: [...workspace.answers.values()].map(withoutOwner),
    factors: [...workspace.factorEntries.values()].map(withoutOwner),
    findings: [...workspace.findingRecords.values()].map(withoutOwner),
    auditLog: [],
    ...withRegisters(registers ?? undefined)
  }
}

/** The SHA-256 of the open assessment's canonical content, from the live data and registers. */
export const liveContentHash = (
  workspace: LiveParts,
  registers: PackedRegistersRow | null = null
): string => assessmentContentHash(liveAssessment(workspace, registers))

/** Whether the open assessment's seal still holds (seal.ts), from the live data and registers. */
export const liveSealVerdict = (
  workspace: LiveParts,
  registers: PackedRegistersRow | null
): SealVerdict | null => sealVerdict(liveAssessment(workspace, registers))
