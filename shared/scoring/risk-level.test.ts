import { describe, expect, it } from 'vitest'
import { defaultRiskLevel } from './risk-level'

const finding = (
  weight: number,
  gap: number,
  flags: { redLine?: boolean; critical?: boolean } = {}
) => ({
  redLine: flags.redLine ?? false,
  critical: flags.critical ?? false,
  gap,
  priority: weight * gap
})

describe('defaultRiskLevel', () => {
  it('rates a breached red line high, whatever its weight and gap', () => {
    expect(defaultRiskLevel(finding(1, 10, { redLine: true }))).toBe('high')
  })

  it('rates critical items high from a gap of 50, medium below', () => {
    expect(defaultRiskLevel(finding(3, 50, { critical: true }))).toBe('high')
    expect(defaultRiskLevel(finding(3, 25, { critical: true }))).toBe('medium')
    expect(defaultRiskLevel(finding(1, 5, { critical: true }))).toBe('medium')
  })

  it('rates by weight × gap at 150 and 75', () => {
    expect(defaultRiskLevel(finding(2, 75))).toBe('high')
    expect(defaultRiskLevel(finding(2, 74))).toBe('medium')
    expect(defaultRiskLevel(finding(1, 75))).toBe('medium')
    expect(defaultRiskLevel(finding(1, 74))).toBe('low')
    expect(defaultRiskLevel(finding(2, 25))).toBe('low')
  })
})
