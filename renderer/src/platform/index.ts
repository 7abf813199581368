import { createBrowserPlatform } from './browser-platform'
import { createElectronPlatform } from './electron-platform'
import type { Platform } from './platform'

/**
 * Start-up step: pick the host implementation once; it never changes while the page lives.
 * The only place in the renderer that reads `window.stabilityAssessor` (ESLint enforces it);
 * the preload defines it (typed in electron/preload/api.d.ts), the plain browser does not.
 */
export function resolvePlatform(): Platform {
  const bridge = window.stabilityAssessor
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform()
}
