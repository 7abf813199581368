import { createContext, use, useCallback, useSyncExternalStore } from 'react'
import type { AnswerChange } from '../../db/repos/answers'
import type { PendingView, SaveState } from './autosave'
import type { WorkspaceSaves } from './saves'

export const SavesContext = createContext<WorkspaceSaves | null>(null)

/** The open assessment's writers; only valid under WorkspaceLayout. */
export function useSaves(): WorkspaceSaves {
  const saves = use(SavesContext)
  if (!saves) throw new Error('useSaves is used outside an open assessment')
  return saves
}

/** saved / saving / error for the whole assessment, live. */
export function useSaveState(): SaveState {
  const saves = useSaves()
  return useSyncExternalStore(saves.subscribe, saves.saveState)
}

/**
 * One question's changes not yet visible in stored data. Re-renders only when this question's
 * pending state changes, not on every keystroke elsewhere.
 */
export function usePendingAnswer(questionId: string): PendingView<AnswerChange> | undefined {
  const { answers } = useSaves()
  const subscribe = useCallback((listener: () => void) => answers.subscribe(listener), [answers])
  return useSyncExternalStore(subscribe, () => answers.pending(questionId))
}
