import type { EvaluationFactor } from '@shared/bank/factor'
import type { ScoringProfile } from '@shared/bank/profile'
import type { Locale } from '@shared/bank/primitives'
import { levelCode, roundHalfUp } from '@shared/scoring'

/** A level as assessors read it: `L3 量化级` / `L3 Quantitatively managed`; '—' when there is none. */
export function levelText(profile: ScoringProfile, level: number | null, locale: Locale): string {
  if (level === null) return '—'
  const definition = profile.levels.find((d) => d.level === level)
  const code = levelCode(profile.levels, level)
  return definition ? `${code} ${definition.label[locale]}` : code
}

const fixed = (value: number, decimals: number): string =>
  roundHalfUp(value, decimals).toFixed(decimals)

/**
 * A factor value as the bank says to show it: fractions as %, durations in minutes, multiples as ×.
 * `minutes` wraps a number in the language's unit.
 */
export function formatFactorValue(
  factor: Pick<EvaluationFactor, 'display' | 'decimals'>,
  value: number | null,
  minutes: (value: string) => string
): string {
  if (value === null || !Number.isFinite(value)) return '—'
  switch (factor.display) {
    case 'percent':
      return `${fixed(value * 100, factor.decimals)}%`
    case 'minutes':
      return minutes(fixed(value, factor.decimals))
    case 'multiple':
      return `${fixed(value, factor.decimals)}×`
    case 'number':
      return fixed(value, factor.decimals)
  }
}
