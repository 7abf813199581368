import type { AppRouter } from '../router'

const KEY = 'stability-assessor.lastRoute'

/**
 * A restart (after a crash, a kill or simply closing the app) starts at index.html with no route.
 * The last route the assessor was on is remembered, so the app reopens the same assessment and
 * section. It is only a pointer to a screen — the data itself is in IndexedDB — so localStorage
 * is enough, and losing it costs nothing but a click.
 */
export function resumeLastRoute(storage: Storage = localStorage): void {
  // Only a bare start: any explicit route (a link, a reload, a test) wins.
  if (window.location.hash !== '') return
  const last = storage.getItem(KEY)
  if (last?.startsWith('/')) window.history.replaceState(null, '', `#${last}`)
}

/** Remembers every route the router lands on. */
export function rememberRoutes(router: AppRouter, storage: Storage = localStorage): void {
  const remember = (pathname: string, search: string) => {
    try {
      storage.setItem(KEY, pathname + search)
    } catch {
      // A full or disabled localStorage only costs the resume; never the navigation.
    }
  }
  remember(router.state.location.pathname, router.state.location.search)
  router.subscribe((state) => remember(state.location.pathname, state.location.search))
}
