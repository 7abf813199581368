/**
 * The statistics the benchmarks print (a median and nearest-rank percentiles) and the timing
 * loops they share.
 */

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

/** The nearest-rank p-th percentile (NaN for no values). */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ??
    NaN
  )
}

/** The time (ms) one run of `work` takes. */
export async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

/** The median time (ms) of `runs` runs of `work`, after `warm` runs left unmeasured. */
export async function medianTime(
  runs: number,
  warm: number,
  work: () => Promise<void> | void
): Promise<number> {
  for (let i = 0; i < warm; i++) await work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) times.push(await timed(work))
  return median(times)
}

/** Times of `alternatingRounds`: each side's per-round ms and the median of the per-round ratios. */
export interface Rounds {
  ours: number[]
  bare: number[]
  /** median of ours / bare, round by round */
  ratio: number
}

/**
 * Times `ours` against its baseline `bare` in alternating rounds (ours, bare, ours, bare, …)
 * after `warmups` unmeasured pairs, so a busy machine slows both alike. Each side is timed by
 * its own timer (plain `timed` unless given, e.g. one that also samples memory).
 */
export async function alternatingRounds(
  ours: () => Promise<unknown>,
  bare: () => Promise<unknown>,
  options: {
    rounds: number
    warmups: number
    timeOurs?: (work: () => Promise<unknown>) => Promise<number>
    timeBare?: (work: () => Promise<unknown>) => Promise<number>
  }
): Promise<Rounds> {
  const { rounds, warmups, timeOurs = timed, timeBare = timed } = options
  for (let k = 0; k < warmups; k++) {
    await ours()
    await bare()
  }
  const result: Rounds = { ours: [], bare: [], ratio: NaN }
  const ratios: number[] = []
  for (let k = 0; k < rounds; k++) {
    const a = await timeOurs(ours)
    const b = await timeBare(bare)
    result.ours.push(a)
    result.bare.push(b)
    ratios.push(a / b)
  }
  result.ratio = median(ratios)
  return result
}
