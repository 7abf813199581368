import { useEffect, useState } from 'react'
import { Outlet, useParams } from 'react-router'
import { useActor } from '../review/useActor'
import { useWorkspaceData } from './useWorkspaceData'
import { WorkspaceBanners } from './WorkspaceBanners'
import { WorkspaceContext } from './workspace-context'
import { WorkspaceHeader } from './WorkspaceHeader'
import { WorkspaceSidebar } from './WorkspaceSidebar'
import { WorkspaceUnavailable } from './WorkspaceUnavailable'
import { SavesContext } from './saves-context'
import { WorkspaceSaves } from './saves'
import './workspace.css'

/**
 * The frame of one open assessment: header (who, when, status, live score, save state), the
 * pillar → section tree, and the child screen. Keyed by the assessment, so switching assessments
 * never carries a half-typed field or a pending write across.
 */
export function WorkspaceLayout() {
  const { assessmentId = '' } = useParams()
  return <OpenWorkspace key={assessmentId} assessmentId={assessmentId} />
}

function OpenWorkspace({ assessmentId }: { assessmentId: string }) {
  const state = useWorkspaceData(assessmentId)
  const [saves] = useState(() => new WorkspaceSaves(assessmentId))
  useEffect(() => () => saves.dispose(), [saves])

  if (state.status !== 'ready') return <WorkspaceUnavailable state={state} />
  return (
    <SavesContext value={saves}>
      <WorkspaceContext value={state.workspace}>
        <ActorSync saves={saves} />
        <div className="workspace" data-testid="workspace">
          <WorkspaceHeader />
          <div className="workspace-body">
            <WorkspaceSidebar />
            <div className="workspace-content">
              <WorkspaceBanners />
              <Outlet />
            </div>
          </div>
        </div>
      </WorkspaceContext>
    </SavesContext>
  )
}

/** Keeps the name the audit trail records in step with Settings. */
function ActorSync({ saves }: { saves: WorkspaceSaves }) {
  const actor = useActor()
  useEffect(() => saves.setActor(actor), [saves, actor])
  return null
}
