import { Navigate } from 'react-router'
import { paths } from '../../app/paths'
import { useWorkspace } from './workspace-context'

/** `/a/:id` opens the first section of the assessment's bank. */
export function WorkspaceIndex() {
  const { assessment, index } = useWorkspace()
  const first = index.orderedSections[0]?.section.id
  // A valid bank has at least one section; the factors screen is the only other starting point.
  const to = first ? paths.section(assessment.id, first) : paths.factors(assessment.id)
  return <Navigate to={to} replace />
}
