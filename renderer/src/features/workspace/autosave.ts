/**
 * Write-through autosave (DUR-01). Every change is written at once; per key (one question, one
 * factor) at most one write is in flight, and changes arriving meanwhile are merged so the newest
 * value of each field wins. "Saved" is reported only once every write has committed. A failed
 * write keeps its change in memory (screens keep showing it) and is retried.
 */

/** What the indicator shows: every change committed, a write under way, or a write that failed. */
export type SaveStatus = 'saved' | 'saving' | 'error'

export interface SaveState {
  status: SaveStatus
  /** The latest failure while status is `error`. */
  error: unknown
}

/** One key's changes that stored data may not show yet. */
export interface PendingView<C> {
  /** Every change since the key was last idle, merged (newest field values win). */
  change: C
  /** Queued or being written. */
  busy: boolean
  /** The last write failed; the change is kept and retried. */
  failed: boolean
  /**
   * The stamp (e.g. `answeredAt`) of the last committed write, so a screen can tell when the
   * stored data it reads has caught up and the overlay is no longer needed.
   */
  stamp: string | null
}

/**
 * Writes one key's merged change; resolves with the stamp the stored row now carries, only after
 * the transaction committed.
 */
export type WriteChange<C> = (key: string, change: C) => Promise<string>

export interface AutosaveOptions<C> {
  write: WriteChange<C>
  /** Combines an earlier change with a later one (the later wins field by field). */
  merge: (earlier: C, later: C) => C
  /** Failures not worth retrying (e.g. the assessment became read-only). */
  isPermanent?: (error: unknown) => boolean
  /** Delay before retry n (1-based), in ms. */
  retryDelay?: (attempt: number) => number
  /** Called after each commit (benchmarks listen for it). */
  onCommit?: (key: string) => void
}

interface Entry<C> {
  view: PendingView<C>
  /** Merged changes not yet handed to `write`. */
  queued: C | null
  /** The change being written. */
  inFlight: C | null
  attempts: number
  retryTimer: ReturnType<typeof setTimeout> | null
}

const SAVED: SaveState = { status: 'saved', error: null }

export class Autosave<C> {
  private readonly entries = new Map<string, Entry<C>>()
  private readonly listeners = new Set<() => void>()
  private state: SaveState = SAVED
  private lastError: unknown = null
  private disposed = false

  constructor(private readonly options: AutosaveOptions<C>) {}

  /** Records a change and starts writing it (or merges it into the next write). */
  change(key: string, change: C): void {
    const entry = this.entries.get(key)
    if (!entry) {
      this.entries.set(key, {
        view: { change, busy: true, failed: false, stamp: null },
        queued: change,
        inFlight: null,
        attempts: 0,
        retryTimer: null
      })
    } else {
      // Earlier fields stay in the overlay: this window is their only writer, so they equal what
      // is stored, and dropping them could flash a stale value before the live query catches up.
      const shown = this.options.merge(entry.view.change, change)
      entry.queued = entry.queued ? this.options.merge(entry.queued, change) : change
      entry.view = { ...entry.view, change: shown, busy: true }
    }
    this.pump(key)
    this.publish()
  }

  /** The key's pending overlay, or undefined when nothing was changed under it. */
  pending(key: string): PendingView<C> | undefined {
    return this.entries.get(key)?.view
  }

  saveState(): SaveState {
    return this.state
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Resolves once nothing is queued or in flight (failed keys excepted). */
  whenIdle(): Promise<void> {
    if (!this.hasBusy()) return Promise.resolve()
    return new Promise((resolve) => {
      const off = this.subscribe(() => {
        if (this.hasBusy()) return
        off()
        resolve()
      })
    })
  }

  /** Stops retry timers (the workspace closed); writes in flight still complete. */
  dispose(): void {
    this.disposed = true
    for (const entry of this.entries.values()) if (entry.retryTimer) clearTimeout(entry.retryTimer)
  }

  private hasBusy(): boolean {
    for (const entry of this.entries.values()) if (entry.view.busy) return true
    return false
  }

  private pump(key: string): void {
    const entry = this.entries.get(key)
    if (!entry || entry.inFlight || !entry.queued || entry.retryTimer) return
    const change = entry.queued
    entry.queued = null
    entry.inFlight = change
    void this.options.write(key, change).then(
      (stamp) => this.landed(key, entry, stamp),
      (error: unknown) => this.failed(key, entry, change, error)
    )
  }

  private landed(key: string, entry: Entry<C>, stamp: string): void {
    entry.inFlight = null
    entry.attempts = 0
    const busy = entry.queued !== null
    entry.view = { ...entry.view, busy, failed: false, stamp }
    this.options.onCommit?.(key)
    this.pump(key)
    this.publish()
  }

  private failed(key: string, entry: Entry<C>, change: C, error: unknown): void {
    entry.inFlight = null
    // Nothing of the failed change is stored: it goes back in front of anything newer.
    entry.queued = entry.queued ? this.options.merge(change, entry.queued) : change
    entry.attempts += 1
    entry.view = { ...entry.view, busy: true, failed: true }
    this.lastError = error
    if (!this.disposed && !this.options.isPermanent?.(error)) {
      const delay = this.options.retryDelay?.(entry.attempts) ?? retryDelay(entry.attempts)
      entry.retryTimer = setTimeout(() => {
        entry.retryTimer = null
        this.pump(key)
      }, delay)
    } else {
      // Not retried automatically; the next change to this key tries again.
      entry.view = { ...entry.view, busy: false }
    }
    this.publish()
  }

  private publish(): void {
    let busy = false
    let failed = false
    for (const entry of this.entries.values()) {
      busy ||= entry.view.busy
      failed ||= entry.view.failed
    }
    const status: SaveStatus = failed ? 'error' : busy ? 'saving' : 'saved'
    const error = failed ? this.lastError : null
    if (status !== this.state.status || error !== this.state.error) {
      this.state = status === 'saved' ? SAVED : { status, error }
    }
    for (const listener of this.listeners) listener()
  }
}

/** 1 s, 2 s, 4 s … capped at 15 s: quick recovery once space is freed, no busy loop meanwhile. */
export function retryDelay(attempt: number): number {
  return Math.min(15_000, 1000 * 2 ** Math.max(0, attempt - 1))
}

/**
 * Whether an overlay still has to be shown over stored data: while anything is pending or failed,
 * and after the last commit until the stored row carries that commit's stamp (the live query
 * re-reads a moment after the commit).
 */
export function overlayActive(
  view: PendingView<unknown> | undefined,
  storedStamp: string | undefined
): boolean {
  if (!view) return false
  if (view.busy || view.failed) return true
  return view.stamp !== null && (storedStamp ?? '') < view.stamp
}
