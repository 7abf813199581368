import type { StabilityDatabase } from '../../db/database'
import { loadLastRoute, saveLastRoute } from '../../db/repos/last-route'
import type { AppRouter } from '../router'

/**
 * A restart (after a crash, a kill or simply closing the app) starts at index.html with no route.
 * The last route the assessor was on is remembered, so the app reopens the same assessment and
 * section. It is only a pointer to a screen; losing it costs a click, never data.
 */
export async function resumeLastRoute(db: StabilityDatabase): Promise<void> {
  // Only a bare start: any explicit route (a link, a reload, a test) wins.
  if (window.location.hash !== '') return
  const last = await loadLastRoute(db).catch(() => null)
  if (last?.startsWith('/')) window.history.replaceState(null, '', `#${last}`)
}

/** Remembers every route the router lands on. */
export function rememberRoutes(router: AppRouter, db: StabilityDatabase): void {
  let last = ''
  const remember = ({ pathname, search }: { pathname: string; search: string }) => {
    const route = pathname + search
    if (route === last) return
    last = route
    // A failed write only costs the resume; the screen itself has its own error handling.
    saveLastRoute(db, route).catch(() => undefined)
  }
  remember(router.state.location)
  router.subscribe((state) => remember(state.location))
}
