import { describe, expect, it } from 'vitest'
import { enUS } from './locales/en-US'
import { zhCN } from './locales/zh-CN'

/** Every leaf as [dotted key, value]; a non-string leaf is reported as its type. */
function leaves(tree: object, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> => {
    const path = prefix ? `${prefix}.${key}` : key
    return value !== null && typeof value === 'object' ? leaves(value, path) : [[path, value]]
  })
}

const locales = { 'zh-CN': zhCN, 'en-US': enUS }

describe('locale resources', () => {
  it('zh-CN and en-US have exactly the same keys', () => {
    const zhKeys = leaves(zhCN).map(([key]) => key)
    const enKeys = leaves(enUS).map(([key]) => key)
    expect(enKeys.toSorted()).toEqual(zhKeys.toSorted())
  })

  it.each(Object.entries(locales))('%s has only non-empty strings', (_name, messages) => {
    for (const [key, value] of leaves(messages)) {
      expect(typeof value, key).toBe('string')
      expect(String(value).trim(), key).not.toBe('')
    }
  })

  it.each(Object.entries(locales))('%s uses the same placeholders as zh-CN', (_name, messages) => {
    const placeholders = (text: unknown): string[] =>
      (String(text).match(/\{\{\s*\w+\s*\}\}/g) ?? []).toSorted()
    const reference = new Map(leaves(zhCN))
    for (const [key, value] of leaves(messages)) {
      expect(placeholders(value), key).toEqual(placeholders(reference.get(key)))
    }
  })
})
