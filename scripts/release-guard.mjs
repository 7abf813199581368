// electron-builder `afterPack` hook (electron-builder.yml): a macOS build that must be signed
// (mac.forceCodeSigning, on for releases) must also be notarized — electron-builder itself only
// warns and skips notarization when its credentials are missing, and an un-notarized app is
// blocked by Gatekeeper just like an unsigned one (desktop review F-2). Windows needs no hook:
// win.forceCodeSigning already fails an unsigned build. Runs before signing, so it fails fast.

/** The credential sets electron-builder's notarization accepts (MacTargetHelper.getNotarizeOptions). */
const NOTARIZATION_CREDENTIALS = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_KEYCHAIN_PROFILE']
]

/**
 * Why this build must not go on, or null.
 * @param {{ platform: string, forceCodeSigning: boolean, env: Record<string, string | undefined> }} build
 * @returns {string | null}
 */
export function releaseGuardRefusal({ platform, forceCodeSigning, env }) {
  if (platform !== 'darwin' || !forceCodeSigning) return null
  const complete = NOTARIZATION_CREDENTIALS.some((set) => set.every((name) => !!env[name]))
  if (complete) return null
  return (
    'A release build of the macOS app must be notarized, but no notarization credentials are set. ' +
    `Set one of: ${NOTARIZATION_CREDENTIALS.map((set) => set.join(' + ')).join('; ')}. ` +
    'For an unsigned local try, pass -c.mac.forceCodeSigning=false (docs/desktop.md, "Signing").'
  )
}

/** @param {{ electronPlatformName: string, packager: { forceCodeSigning: boolean } }} context */
export default async function afterPack(context) {
  const refusal = releaseGuardRefusal({
    platform: context.electronPlatformName,
    forceCodeSigning: context.packager.forceCodeSigning,
    env: process.env
  })
  if (refusal !== null) throw new Error(refusal)
}
