/**
 * Rounds half away from zero ("四舍五入") at `decimals` places.
 *
 * `Math.round(x * 10) / 10` is not enough: 0.15 × 10 is 1.4999999999999998 in binary floating
 * point, so a score the assessor computes by hand as 0.15 would show 0.1. The 1e-9 nudge (far
 * larger than the representation error of any score 0..100, far smaller than a displayed digit)
 * puts such values back on the side a person expects.
 */
export function roundHalfUp(value: number, decimals = 1): number {
  const factor = 10 ** decimals
  const magnitude = Math.floor(Math.abs(value) * factor + 0.5 + 1e-9) / factor
  return value < 0 ? -magnitude : magnitude
}

/**
 * A score as the report shows it: one decimal, rounded half-up, `—` when there is no score.
 * Every figure on screen and in the workbook goes through this, so both always agree.
 */
export function formatScore(score: number | null | undefined): string {
  if (score == null || !Number.isFinite(score)) return '—'
  // Same rounding as roundHalfUp(score, 1), in integer tenths: toFixed is comparatively slow, and
  // the report formats several figures per section.
  const tenths = Math.floor(Math.abs(score) * 10 + 0.5 + 1e-9)
  // `-0.0` would look like a defect in a report.
  if (tenths === 0) return '0.0'
  return `${score < 0 ? '-' : ''}${Math.floor(tenths / 10)}.${tenths % 10}`
}

/** A 0..100 percentage (e.g. completion) with one decimal and a `%` sign; `—` when absent. */
export function formatPercent(percent: number | null | undefined): string {
  const text = formatScore(percent)
  return text === '—' ? text : `${text}%`
}
