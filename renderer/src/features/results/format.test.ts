import { describe, expect, it } from 'vitest'
import { formatFactorValue } from './format'

const minutes = (value: string) => `${value} min`

describe('formatFactorValue', () => {
  it('shows fractions as %, durations in minutes and multiples as ×, rounded half-up', () => {
    expect(formatFactorValue({ display: 'percent', decimals: 1 }, 0.85416, minutes)).toBe('85.4%')
    expect(formatFactorValue({ display: 'percent', decimals: 3 }, 0.99995, minutes)).toBe('99.995%')
    expect(formatFactorValue({ display: 'minutes', decimals: 1 }, 12.25, minutes)).toBe('12.3 min')
    expect(formatFactorValue({ display: 'multiple', decimals: 2 }, 1.2, minutes)).toBe('1.20×')
    expect(formatFactorValue({ display: 'number', decimals: 0 }, null, minutes)).toBe('—')
  })
})
