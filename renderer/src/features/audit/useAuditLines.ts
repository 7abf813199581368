import { useMemo } from 'react'
import { useAuditLog } from '../../db/hooks/useAssessments'
import { useWorkspace } from '../workspace/workspace-context'
import { describeAudit, type AuditLine } from './audit-entries'
import { useValueContext } from './useValueContext'

/** The assessment's audit trail, newest first, as readable lines (undefined while loading). */
export function useAuditLines(): AuditLine[] | undefined {
  const { assessment, index } = useWorkspace()
  const entries = useAuditLog(assessment.id).data
  const context = useValueContext(index, assessment.profile)
  return useMemo(
    () => (entries ? describeAudit(entries, assessment.id, context) : undefined),
    [entries, assessment.id, context]
  )
}
