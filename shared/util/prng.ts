/**
 * A small seeded pseudo-random generator (mulberry32). Sample data must be reproducible byte for
 * byte from a seed, on every platform, so Math.random is never used where output is kept.
 * mulberry32 is not cryptographic; it is only for generating plausible, repeatable test data.
 */
export interface Prng {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max] (both inclusive). */
  int(min: number, max: number): number
  /** True with probability p. */
  chance(p: number): boolean
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** An element chosen by relative weights (same length as items, not all zero). */
  weighted<T>(items: readonly T[], weights: readonly number[]): T
  /** A copy of the list in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[]
}

/** Seeds outside 32 bits are folded so that every number gives a usable, distinct-enough state. */
function seedToState(seed: number): number {
  if (!Number.isFinite(seed)) throw new Error(`prng: the seed must be a finite number, got ${seed}`)
  const whole = Math.trunc(seed)
  return (whole ^ Math.trunc(whole / 0x100000000)) >>> 0
}

/** Creates a mulberry32 generator; the same seed always yields the same sequence. */
export function createPrng(seed: number): Prng {
  let state = seedToState(seed)
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number): number => {
    if (max < min) throw new Error(`prng.int: max ${max} < min ${min}`)
    return min + Math.floor(next() * (max - min + 1))
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('prng.pick: empty list')
      return items[int(0, items.length - 1)]!
    },
    weighted: (items, weights) => {
      if (items.length === 0 || items.length !== weights.length)
        throw new Error('prng.weighted: items and weights must be non-empty and of equal length')
      const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0)
      if (total <= 0) throw new Error('prng.weighted: all weights are zero')
      let r = next() * total
      for (let i = 0; i < items.length; i++) {
        r -= Math.max(0, weights[i]!)
        if (r < 0) return items[i]!
      }
      return items[items.length - 1]!
    },
    shuffle: (items) => {
      const out = items.slice()
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i)
        const tmp = out[i]!
        out[i] = out[j]!
        out[j] = tmp
      }
      return out
    }
  }
}
