/**
 * Phase marks of a worker's long job (the backup, a held restore), carried to the page's timeline
 * so bench/data.bench.ts can line them up with the page's long tasks.
 */

/** Marks as absolute times (performance.timeOrigin + startTime): each thread has its own origin. */
export type PhaseMarks = Array<{ name: string; at: number }>

/** This thread's marks whose names start with `prefix` (e.g. `backup:`). */
export const phaseMarks = (prefix: string): PhaseMarks =>
  performance
    .getEntriesByType('mark')
    .filter((mark) => mark.name.startsWith(prefix))
    .map((mark) => ({ name: mark.name, at: performance.timeOrigin + mark.startTime }))

/** Another thread's marks, copied onto this thread's timeline. */
export function copyPhaseMarks(marks: PhaseMarks): void {
  for (const { name, at } of marks)
    performance.mark(name, { startTime: Math.max(0, at - performance.timeOrigin) })
}
