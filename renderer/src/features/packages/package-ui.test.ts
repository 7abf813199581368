import { describe, expect, it } from 'vitest'
import { packageFileName } from './package-file-name'

describe('packageFileName', () => {
  const metadata = {
    institution: '示例证券股份有限公司',
    systems: [],
    period: { start: '2025-01-01', end: '2025-12-31' },
    assessors: []
  }
  it('names a one-assessment package after it, several by count and date', () => {
    const now = new Date('2026-03-01T08:00:00Z')
    expect(packageFileName([metadata], now)).toBe(
      '示例证券股份有限公司-2025-01-01_2025-12-31.package.zip'
    )
    expect(packageFileName([metadata, metadata], now)).toBe('assessments-2-2026-03-01.package.zip')
  })
})
