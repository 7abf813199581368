/**
 * Each key's first item, in a map. Where a file repeats a record (two answers to one question, two
 * entries of one factor) the scoring engine counts the first, so what shows it reads that one too.
 */
export function firstByKey<T>(items: Iterable<T>, keyOf: (item: T) => string): Map<string, T> {
  const first = new Map<string, T>()
  for (const item of items) {
    const key = keyOf(item)
    if (!first.has(key)) first.set(key, item)
  }
  return first
}
