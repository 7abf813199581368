/** Types for release-guard.mjs (the electron-builder afterPack hook), for its unit test. */
export function releaseGuardRefusal(build: {
  platform: string
  forceCodeSigning: boolean
  env: Record<string, string | undefined>
}): string | null

export default function afterPack(context: {
  electronPlatformName: string
  packager: { forceCodeSigning: boolean }
}): Promise<void>
