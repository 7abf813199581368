/**
 * The register work's phases as performance measures ('register:<phase>'): read from the register
 * worker and the page by bench/registers-ui.bench.ts, and seen in profiles.
 */

/**
 * Runs one phase of the work, marked (performance.measure 'register:<phase>').
 */
export function phase<T>(name: string, work: () => T): T {
  const started = performance.now()
  try {
    return work()
  } finally {
    performance.measure(`register:${name}`, { start: started, end: performance.now() })
  }
}

/** An asynchronous phase, marked as `phase` marks a synchronous one. */
export async function phaseAsync<T>(name: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now()
  try {
    return await work()
  } finally {
    performance.measure(`register:${name}`, { start: started, end: performance.now() })
  }
}
