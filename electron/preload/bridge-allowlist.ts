/**
 * The reviewed list of functions the preload may expose on `window.stabilityAssessor` (SEC-03).
 * The unit test (bridge.test.ts) and the Electron suite (tests/electron) compare the real bridge
 * against it, so adding a capability to the page is a deliberate, reviewed edit of this file.
 */
export const BRIDGE_ALLOWLIST: readonly string[] = [
  'getAppInfo',
  'listBackups',
  'openExternal',
  'openFile',
  'printReportPdf',
  'readBackup',
  'saveFile',
  'writeBackup'
]
