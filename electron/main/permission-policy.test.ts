import { describe, expect, it } from 'vitest'
import { isPermissionGranted } from './permission-policy'

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
