/**
 * The Electron fuses a release build must carry (SEC-11; electron-builder.yml `electronFuses`), in
 * Electron's fuse-wire order, '1' on and '0' off. Read back from the stand-in package by
 * tests/unit/packaging.test.ts and from a real packaged app by tests/electron/packaged.spec.ts.
 * Cookie encryption is off on purpose; electron-builder.yml says why.
 */
export const RELEASE_FUSES = {
  RunAsNode: '0',
  EnableCookieEncryption: '0',
  EnableNodeOptionsEnvironmentVariable: '0',
  EnableNodeCliInspectArguments: '0',
  EnableEmbeddedAsarIntegrityValidation: '1',
  OnlyLoadAppFromAsar: '1',
  LoadBrowserProcessSpecificV8Snapshot: '0',
  GrantFileProtocolExtraPrivileges: '0'
} as const

/** The fuses in a wire read by @electron/fuses' getCurrentFuseWire, named, as '0'/'1'. */
export function namedFuses(wire: Record<number, number>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(RELEASE_FUSES).map((name, index) => [name, String.fromCharCode(wire[index] ?? 0)])
  )
}
