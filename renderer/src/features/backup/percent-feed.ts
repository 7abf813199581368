/**
 * A percentage that changes often (a backup's packing progress), held outside React state: only
 * the component that shows it subscribes (useSyncExternalStore), so each step re-renders the
 * progress bar and not the whole Backups card with its dialogs (each such re-render was a long
 * task of the page while 100,000 answers were packed; PERF-DB-4).
 */
export interface PercentFeed {
  get(): number
  set(percent: number): void
  subscribe(listener: () => void): () => void
}

export function createPercentFeed(): PercentFeed {
  let percent = 0
  const listeners = new Set<() => void>()
  return {
    get: () => percent,
    set(next) {
      if (next === percent) return
      percent = next
      listeners.forEach((listener) => listener())
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}
