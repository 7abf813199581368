import { describe, expect, it } from 'vitest'
import { formatBytes } from './format'

describe('formatBytes', () => {
  it('picks a readable unit', () => {
    expect(formatBytes(512, 'en-US')).toBe('512 B')
    expect(formatBytes(1536, 'en-US')).toBe('1.5 kB')
    expect(formatBytes(256 * 1024 * 1024, 'en-US')).toBe('256 MB')
  })

  it('never goes past gigabytes', () => {
    expect(formatBytes(5 * 1024 ** 4, 'en-US')).toBe('5,120 GB')
  })
})
