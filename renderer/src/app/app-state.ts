/**
 * The start-up signal on `#root`, for people and for tests: `loading` until start-up is done,
 * then `ready`, or `error` when start-up (or rendering) failed. Tests wait for `ready` instead of
 * sleeping.
 */
export type AppState = 'loading' | 'ready' | 'error'

export function setAppState(state: AppState): void {
  document.getElementById('root')?.setAttribute('data-app-state', state)
}
