import { describe, expect, it } from 'vitest'
import { formatBytes, formatDateTime } from './format'

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

describe('formatDateTime', () => {
  it('shows a stored instant in the given language, and a dash when there is none', () => {
    expect(formatDateTime('2026-03-01T08:00:00.000Z', 'en-US')).toMatch(/^Mar 1, 2026/)
    expect(formatDateTime('2026-03-01T08:00:00.000Z', 'zh-CN')).toMatch(/^2026年3月1日/)
    expect(formatDateTime(undefined, 'en-US')).toBe('—')
    expect(formatDateTime('not a date', 'zh-CN')).toBe('—')
  })
})
