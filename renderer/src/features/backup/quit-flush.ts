/*
 * The function main calls (executeJavaScript, electron/main/backups/flush-on-close.ts) before the
 * app quits: write an automatic backup of changes not yet in one, then resolve. It is installed
 * once per page and never removed or replaced; what it flushes (the database, the store, the app's
 * name) is swapped behind it. Removing and re-installing it whenever the backup component
 * re-ran left a moment when main's quit-time call found no function and the backup was skipped.
 */

/** The global name main looks up (FLUSH_SCRIPT in flush-on-close.ts). */
export const FLUSH_HOOK = '__stabilityAssessorFlushBackup'

/** Writes one automatic backup if anything changed; resolves whether one was written. */
export type QuitFlush = () => Promise<boolean>

let current: QuitFlush | null = null

/**
 * Installs the hook on `host` unless it is there already. While no flush is registered (the
 * backup schedule not started yet, or stopped) it resolves false: nothing was written.
 */
export function installQuitFlushHook(host: object = globalThis): void {
  const hooks = host as Record<string, unknown>
  if (typeof hooks[FLUSH_HOOK] === 'function') return
  hooks[FLUSH_HOOK] = (): Promise<boolean> => (current ? current() : Promise.resolve(false))
}

/**
 * Makes `flush` what the hook runs, replacing the one before. Returns its release: it clears the
 * flush only while it is still the registered one, so a newer registration is never undone.
 */
export function registerQuitFlush(flush: QuitFlush): () => void {
  current = flush
  return () => {
    if (current === flush) current = null
  }
}
