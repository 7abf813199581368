import { describe, expect, it } from 'vitest'
import { releaseGuardRefusal } from '../../scripts/release-guard.mjs'

describe('release guard (electron-builder afterPack): no un-notarized macOS release', () => {
  const apiKey = { APPLE_API_KEY: 'k.p8', APPLE_API_KEY_ID: 'id', APPLE_API_ISSUER: 'issuer' }

  it('refuses a macOS release build without notarization credentials, saying how to fix it', () => {
    const refusal = releaseGuardRefusal({ platform: 'darwin', forceCodeSigning: true, env: {} })
    expect(refusal).toContain('must be notarized')
    expect(refusal).toContain('APPLE_API_KEY + APPLE_API_KEY_ID + APPLE_API_ISSUER')
    expect(refusal).toContain('-c.mac.forceCodeSigning=false')
  })

  it('refuses an incomplete credential set', () => {
    const env = { APPLE_ID: 'someone@example.com', APPLE_APP_SPECIFIC_PASSWORD: 'pw' }
    expect(releaseGuardRefusal({ platform: 'darwin', forceCodeSigning: true, env })).not.toBeNull()
  })

  it('lets a release with credentials, an unsigned local try, and other platforms through', () => {
    expect(releaseGuardRefusal({ platform: 'darwin', forceCodeSigning: true, env: apiKey })).toBe(
      null
    )
    expect(releaseGuardRefusal({ platform: 'darwin', forceCodeSigning: false, env: {} })).toBe(null)
    expect(releaseGuardRefusal({ platform: 'win32', forceCodeSigning: true, env: {} })).toBe(null)
    expect(releaseGuardRefusal({ platform: 'linux', forceCodeSigning: true, env: {} })).toBe(null)
  })
})
