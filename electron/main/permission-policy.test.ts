import { describe, expect, it } from 'vitest'
import { isPermissionGranted, isPermissionRequestGranted } from './permission-policy'

describe('isPermissionGranted', () => {
  it('grants persistent storage to the app origin only', () => {
    expect(isPermissionGranted('persistent-storage', 'app://bundle/index.html')).toBe(true)
    expect(isPermissionGranted('persistent-storage', 'app://bundle')).toBe(true)
    expect(isPermissionGranted('persistent-storage', 'https://evil.example/')).toBe(false)
    expect(isPermissionGranted('persistent-storage', 'app://other/index.html')).toBe(false)
    expect(isPermissionGranted('persistent-storage', undefined)).toBe(false)
  })

  it('refuses every other permission, even to the app origin', () => {
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'clipboard-sanitized-write',
      'openExternal',
      'fileSystem',
      'unknown'
    ]) {
      expect(isPermissionGranted(permission, 'app://bundle/index.html'), permission).toBe(false)
    }
  })
})

describe('isPermissionRequestGranted (the request handler)', () => {
  it('judges the requesting frame, not the window it sits in', () => {
    const app = 'app://bundle/index.html'
    expect(
      isPermissionRequestGranted('persistent-storage', { requestingUrl: app, isMainFrame: true })
    ).toBe(true)
    // A frame (the app has none) is refused even on the app origin, and a foreign frame always.
    expect(
      isPermissionRequestGranted('persistent-storage', { requestingUrl: app, isMainFrame: false })
    ).toBe(false)
    expect(
      isPermissionRequestGranted('persistent-storage', {
        requestingUrl: 'https://evil.example/',
        isMainFrame: true
      })
    ).toBe(false)
    expect(isPermissionRequestGranted('persistent-storage', { isMainFrame: true })).toBe(false)
    expect(isPermissionRequestGranted('media', { requestingUrl: app, isMainFrame: true })).toBe(
      false
    )
  })
})
