import { describe, expect, it } from 'vitest'
import { DEFAULT_BANK_ID, compareVersions, newestBank } from './versions'

describe('bank versions', () => {
  it('orders versions numerically, a pre-release before its release', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0)
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBeLessThan(0)
    expect(compareVersions('2.0.0', '2.0.0')).toBe(0)
  })

  it('picks the newest version of the asked bank, whatever the order given', () => {
    const banks = [
      { id: DEFAULT_BANK_ID, version: '1.0.0', file: 'sac-stability-2025.json' },
      { id: 'other', version: '9.0.0', file: 'other.json' },
      { id: DEFAULT_BANK_ID, version: '1.10.0', file: 'b.json' },
      { id: DEFAULT_BANK_ID, version: '1.9.0', file: 'a.json' },
      { id: DEFAULT_BANK_ID, version: '1.10.0-rc.1', file: 'rc.json' }
    ]
    expect(newestBank(banks, DEFAULT_BANK_ID, (b) => b)?.file).toBe('b.json')
    expect(newestBank([...banks].reverse(), DEFAULT_BANK_ID, (b) => b)?.file).toBe('b.json')
    expect(newestBank(banks, 'missing', (b) => b)).toBeUndefined()
  })
})
