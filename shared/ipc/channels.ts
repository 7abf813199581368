/**
 * The bridge's surface: each IPC channel and the name of the function the preload exposes for it.
 * Kept free of zod so the sandboxed preload bundles nothing but this table.
 * Channel names follow `domain:verb-noun`.
 */
export const ipcChannels = {
  'app:get-info': 'getAppInfo',
  'file:save': 'saveFile',
  'file:open': 'openFile',
  'shell:open-external': 'openExternal',
  'backup:write': 'writeBackup',
  'backup:list': 'listBackups',
  'backup:read': 'readBackup',
  'report:print-pdf': 'printReportPdf'
} as const

export type IpcChannel = keyof typeof ipcChannels
export type BridgeMethod = (typeof ipcChannels)[IpcChannel]

/** The global name under which the preload exposes the bridge. */
export const BRIDGE_GLOBAL = 'stabilityAssessor'
