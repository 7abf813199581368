import { useAssessorName } from '../../db/hooks/useAssessorName'
import { useWorkspace } from '../workspace/workspace-context'

/**
 * Who the audit log records for a change made on these screens: the assessor name from Settings,
 * else the assessment's first assessor. '' when neither is known (dialogs then ask for a name).
 */
export function useActor(): string {
  const settingsName = useAssessorName()?.trim() ?? ''
  const { assessment } = useWorkspace()
  return settingsName || assessment.metadata.assessors[0]?.trim() || ''
}
