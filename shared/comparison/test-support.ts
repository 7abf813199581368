/**
 * The change from `a` to `b` as the comparison reports it: null when either side has no score,
 * rounded to ten decimals.
 */
export const expectedDelta = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : Math.round((b - a) * 1e10) / 1e10
