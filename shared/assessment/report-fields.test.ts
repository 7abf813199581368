import { describe, expect, it } from 'vitest'
import { DEFAULT_REPORT_NUMBER_PATTERN, formatReportNumber, reportNumberOf } from './report-fields'

describe('report numbers', () => {
  it('fills the pattern: year of the period end, sequence, id prefix', () => {
    const input = { periodEnd: '2025-06-30', id: '7f3a9c21-55e0-4c1b', seq: 3 }
    expect(formatReportNumber(DEFAULT_REPORT_NUMBER_PATTERN, input)).toBe('SA-2025-003')
    expect(formatReportNumber('稳评〔{year}〕第{seq}号', input)).toBe('稳评〔2025〕第003号')
    expect(formatReportNumber('{id}/{year}', input)).toBe('7F3A9C21/2025')
  })

  it('falls back to the id without a sequence, and keeps one line of at most 64 characters', () => {
    expect(formatReportNumber('SA-{year}-{seq}', { periodEnd: '2024-12-31', id: 'sample-1' })).toBe(
      'SA-2024-SAMPLE1'
    )
    const long = formatReportNumber(`${'长'.repeat(70)}\n{seq}`, {
      periodEnd: '2024-12-31',
      id: 'a',
      seq: 1
    })
    expect([...long]).toHaveLength(64)
    expect(long).not.toMatch(/\n/)
  })

  it('prints the assessment’s own number, else the default pattern’s', () => {
    const metadata = { period: { end: '2025-06-30' } }
    expect(reportNumberOf({ id: 'sample-1', metadata })).toBe('SA-2025-SAMPLE1')
    expect(reportNumberOf({ id: 'x', metadata: { ...metadata, reportNumber: 'XY-9' } })).toBe(
      'XY-9'
    )
  })
})
