import { BRIDGE_GLOBAL } from '@shared/ipc/channels'
import type { BridgeApi } from '@shared/ipc/contract'
import { createBrowserPlatform } from './browser-platform'
import { createElectronPlatform } from './electron-platform'
import type { Platform } from './platform'

/**
 * The preload's bridge when this page runs inside the desktop app, else undefined. The only
 * place in the renderer that reads `window.stabilityAssessor` (ESLint enforces it).
 */
function findBridge(): BridgeApi | undefined {
  // A local view of window rather than relying on the global declaration, so this keeps compiling
  // whether electron/preload/api.d.ts declares the property optional or not.
  const host = window as unknown as Partial<Record<typeof BRIDGE_GLOBAL, BridgeApi>>
  return host[BRIDGE_GLOBAL]
}

/** Start-up step: pick the host implementation once; it never changes while the page lives. */
export function resolvePlatform(): Platform {
  const bridge = findBridge()
  return bridge ? createElectronPlatform(bridge) : createBrowserPlatform()
}
