import type { BridgeApi } from '@shared/ipc/contract'

declare global {
  interface Window {
    /**
     * The preload bridge (`BRIDGE_GLOBAL` in shared/ipc/channels.ts). Absent in the plain-browser
     * build, hence optional: check for it before use.
     */
    stabilityAssessor?: BridgeApi
  }
}

export {}
