/**
 * Row numbers (ascending) as runs: 3–7, 9, 12–15 — every row named, and a file whose 100,000 rows
 * all have a problem is one short line rather than 100,000 numbers.
 */
export function rowRanges(rows: readonly number[]): string {
  const runs: string[] = []
  for (let i = 0; i < rows.length;) {
    let end = i
    while (end + 1 < rows.length && rows[end + 1] === rows[end]! + 1) end++
    runs.push(end === i ? String(rows[i]) : `${rows[i]}–${rows[end]}`)
    i = end + 1
  }
  return runs.join(', ')
}
