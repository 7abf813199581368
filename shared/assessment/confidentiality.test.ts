import { describe, expect, it } from 'vitest'
import { confidentialityLabel, strictestConfidentiality } from './confidentiality'

describe('confidentiality labels', () => {
  it('words each level in both languages, the default for none', () => {
    expect(confidentialityLabel(undefined, 'zh-CN')).toBe('内部资料 注意保密')
    expect(confidentialityLabel('secret', 'en-US')).toBe('Commercial secret — do not disclose')
    expect(confidentialityLabel('public', 'zh-CN')).toBe('公开')
  })

  it('marks a file of several assessments with the strictest label', () => {
    expect(strictestConfidentiality(['public', 'restricted', 'internal'])).toBe('restricted')
    expect(strictestConfidentiality(['public', undefined])).toBe('internal')
    expect(strictestConfidentiality(['public'])).toBe('public')
    expect(strictestConfidentiality(['secret', 'public'])).toBe('secret')
    expect(strictestConfidentiality([])).toBe('internal')
  })
})
