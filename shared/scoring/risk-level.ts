import type { Finding } from './types'

/** 风险等级 of a finding: 高 / 中 / 低. */
export const RISK_LEVELS = ['high', 'medium', 'low'] as const
export type RiskLevel = (typeof RISK_LEVELS)[number]

/**
 * Thresholds on priority = weight × gap (weights 1 normal, 2 important, 3 critical; gap 0..100).
 * 150 is a critical item half missed or an important one three-quarters missed; 75 an important
 * item about one-third missed or a normal item three-quarters missed.
 */
export const HIGH_RISK_PRIORITY = 150
export const MEDIUM_RISK_PRIORITY = 75
/** A critical item at least this far from 100 is high risk whatever its weight. */
export const HIGH_RISK_CRITICAL_GAP = 50

/**
 * The default 风险等级 of a gap, derived from the engine's figures alone (the one place it is
 * decided; the remediation register may let a reviewer override it with a reason):
 * - 高 (high): a breached red line; or a critical item with a gap of at least 50; or
 *   priority ≥ 150;
 * - 中 (medium): any other critical item, or priority ≥ 75;
 * - 低 (low): the rest.
 */
export function defaultRiskLevel(
  finding: Pick<Finding, 'redLine' | 'critical' | 'gap' | 'priority'>
): RiskLevel {
  if (finding.redLine) return 'high'
  if (finding.critical && finding.gap >= HIGH_RISK_CRITICAL_GAP) return 'high'
  if (finding.priority >= HIGH_RISK_PRIORITY) return 'high'
  if (finding.critical || finding.priority >= MEDIUM_RISK_PRIORITY) return 'medium'
  return 'low'
}
