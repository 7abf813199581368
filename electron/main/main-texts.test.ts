import { describe, expect, it } from 'vitest'
import { MAIN_TEXT_KEYS, mainText } from './main-texts'

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] as string).sort()

describe("main's texts", () => {
  it('exist in zh-CN and en-US with the same placeholders', () => {
    for (const key of MAIN_TEXT_KEYS) {
      const zh = mainText(key, 'zh-CN')
      const en = mainText(key, 'en-US')
      expect(zh.trim(), key).not.toBe('')
      expect(en.trim(), key).not.toBe('')
      expect(zh, `${key} is not translated`).not.toBe(en)
      expect(placeholders(zh), key).toEqual(placeholders(en))
    }
  })

  it('fill their placeholders', () => {
    const text = mainText('loadFailed', 'en-US', { reason: 'ERR_FAILED -2', log: '/x/main.log' })
    expect(text).toContain('(ERR_FAILED -2)')
    expect(text).toContain('/x/main.log')
    expect(placeholders(text)).toEqual([])
  })
})
