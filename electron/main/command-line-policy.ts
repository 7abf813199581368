/**
 * Chromium and Node switches that open the app to a debugger. No fuse covers the remote-debugging
 * ones (desktop review F-6b), and a debugger attached to a release build could read and change
 * every assessment; the inspect ones are also off by fuse (EnableNodeCliInspectArguments) and are
 * listed so an older or differently fused binary is covered too.
 */
export const DEBUGGING_SWITCHES = [
  'remote-debugging-port',
  'remote-debugging-pipe',
  'remote-debugging-address',
  'remote-allow-origins',
  'inspect',
  'inspect-brk',
  'inspect-port',
  'inspect-publish-uid'
] as const

/**
 * The debugging switches a packaged app was started with (it then refuses to run); always none
 * for unpackaged runs, which Playwright starts with `--remote-debugging-port=0 --inspect=0`.
 */
export function refusedSwitches(
  hasSwitch: (name: string) => boolean,
  isPackaged: boolean
): string[] {
  if (!isPackaged) return []
  return DEBUGGING_SWITCHES.filter((name) => hasSwitch(name)).map((name) => `--${name}`)
}
