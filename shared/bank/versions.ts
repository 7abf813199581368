/**
 * Which bank is "the newest": one rule for the app (new assessments, the sample) and the command
 * line (`sample` without --bank, a bank named by id). No imports, so the app's first screen can
 * use it without loading the bank checks.
 */

/** The bank new assessments and the sample use unless the assessor picks another. */
export const DEFAULT_BANK_ID = 'sac-stability-2025'

/** `1.10.0` after `1.9.0`; a pre-release (`1.0.0-rc.1`) before its release. */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => {
    const [core = '', pre] = v.split('-', 2)
    return { nums: core.split('.').map(Number), pre }
  }
  const pa = parts(a)
  const pb = parts(b)
  for (let i = 0; i < 3; i++) {
    const diff = (pa.nums[i] ?? 0) - (pb.nums[i] ?? 0)
    if (diff !== 0) return diff
  }
  if (pa.pre === pb.pre) return 0
  if (pa.pre === undefined) return 1
  if (pb.pre === undefined) return -1
  return pa.pre.localeCompare(pb.pre)
}

/** The newest version of bank `id` among `items` (each read through `refOf`), or undefined. */
export function newestBank<T>(
  items: readonly T[],
  id: string,
  refOf: (item: T) => { id: string; version: string }
): T | undefined {
  return items
    .filter((item) => refOf(item).id === id)
    .sort((a, b) => compareVersions(refOf(b).version, refOf(a).version))[0]
}
