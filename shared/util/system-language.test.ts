import { describe, expect, it } from 'vitest'
import { detectSystemLanguage } from './system-language'

describe('detectSystemLanguage', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh', 'zh-CN'],
    ['zh-TW', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['ZH-cn', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['de-DE', 'en-US'],
    ['ja', 'en-US']
  ])('%s → %s', (system, expected) => {
    expect(detectSystemLanguage(system)).toBe(expected)
  })

  it('defaults to zh-CN when the system says nothing', () => {
    expect(detectSystemLanguage(undefined)).toBe('zh-CN')
    expect(detectSystemLanguage('')).toBe('zh-CN')
  })
})
