import { describe, expect, it } from 'vitest'
import { startUrl } from './startup'

describe('startUrl', () => {
  it('loads the bundle unless a trusted dev server is running', () => {
    expect(startUrl(undefined, null)).toBe('app://bundle/index.html')
    expect(startUrl('http://localhost:5173/', null)).toBe('app://bundle/index.html')
    expect(startUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(
      'http://localhost:5173/'
    )
  })
})
