import { describe, expect, it } from 'vitest'
import { rowRanges } from './row-ranges'

describe('the rows to leave out, as the refusal lists them', () => {
  it('names every row, runs of consecutive rows as one range', () => {
    expect(rowRanges([3, 4, 5, 6, 7, 9, 12, 13, 14, 15])).toBe('3–7, 9, 12–15')
    expect(rowRanges([2])).toBe('2')
    expect(rowRanges([2, 4])).toBe('2, 4')
    expect(rowRanges([])).toBe('')
  })

  it('lists 100,000 rows with a problem each as one range', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => i + 2)
    expect(rowRanges(rows)).toBe('2–100001')
  })
})
