import { EPSILON } from './tolerance'

/** The part of a band the lookup reads: its threshold (null = catch-all). */
export interface BandThreshold {
  threshold: number | null
}

/**
 * Index of the first band (best first) whose threshold the value meets: value ≥ threshold when
 * higher is better, value ≤ threshold when lower is better, within {@link EPSILON} so a value
 * exactly on a threshold is never pushed into the lower band by floating-point noise. A null
 * threshold always matches. When nothing matches (a bank without a catch-all), the last band is
 * used: a value below every threshold is at least as bad as the worst band.
 */
export function bandIndexFor(
  bands: readonly BandThreshold[],
  value: number,
  direction: 'higher' | 'lower'
): number {
  for (let i = 0; i < bands.length; i++) {
    const threshold = (bands[i] as BandThreshold).threshold
    if (threshold === null) return i
    if (direction === 'higher' ? value >= threshold - EPSILON : value <= threshold + EPSILON)
      return i
  }
  return bands.length - 1
}
