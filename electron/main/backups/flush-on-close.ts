/**
 * DUR-12 / issue 6: before the window closes (closing it, quitting the app, or Windows ending the
 * session), main asks the renderer to write an automatic backup of changes not yet in one, and
 * waits for it at most `timeoutMs`, so closing never hangs. No Electron import: the window and the
 * quit are passed in, so this is unit-tested with fakes.
 */

/** The function the renderer exposes for this (renderer/src/features/backup/AutoBackup.tsx). */
export const FLUSH_SCRIPT =
  "typeof globalThis.__stabilityAssessorFlushBackup === 'function' ? globalThis.__stabilityAssessorFlushBackup() : null"
export const FLUSH_TIMEOUT_MS = 5_000
/** Windows is ending the session: shorter, the user is waiting for the machine (DUR-12: 2 s). */
export const SESSION_END_FLUSH_TIMEOUT_MS = 2_000

interface PreventableEvent {
  preventDefault(): void
}

export interface ClosableWindow {
  on(event: 'close', listener: (event: PreventableEvent) => void): unknown
  /** Windows only: log-off, restart or shut-down is about to end the session. */
  on(event: 'query-session-end', listener: (event: PreventableEvent) => void): unknown
  isDestroyed(): boolean
  close(): void
  webContents: { executeJavaScript(code: string): Promise<unknown> }
}

/** Resolves 'flushed' when the renderer finished (or had nothing to do), 'timeout' otherwise. */
export async function flushBackup(
  window: ClosableWindow,
  timeoutMs: number = FLUSH_TIMEOUT_MS
): Promise<'flushed' | 'timeout' | 'failed'> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs)
  })
  try {
    return await Promise.race([
      window.webContents.executeJavaScript(FLUSH_SCRIPT).then(
        () => 'flushed' as const,
        () => 'failed' as const
      ),
      timeout
    ])
  } finally {
    clearTimeout(timer)
  }
}

/** How the app quits: whether a quit is under way (`before-quit` was seen), and quitting. */
export interface QuitControl {
  isQuitting(): boolean
  quit(): void
}

/**
 * Holds the first close of `window` until the renderer flushed a backup (or the timeout passed),
 * then finishes what was asked — exactly once, whatever arrives meanwhile:
 *
 * - the window was closed → it closes for real;
 * - the app was quitting → `quit()`. Holding the close cancels a quit in progress (Electron resets
 *   it when a close is prevented), so without this macOS would stay running without a window:
 *   Cmd+Q twice, log-out interrupted (desktop review F-7);
 * - Windows ends the session (`query-session-end`, where neither `close` nor `before-quit` may come
 *   at all) → the end is held for at most {@link SESSION_END_FLUSH_TIMEOUT_MS}, then `quit()`.
 *
 * Later closes go through at once.
 */
export function installFlushOnClose(
  window: ClosableWindow,
  quitControl: QuitControl,
  timeouts: { close: number; sessionEnd: number } = {
    close: FLUSH_TIMEOUT_MS,
    sessionEnd: SESSION_END_FLUSH_TIMEOUT_MS
  }
): void {
  let state: 'open' | 'flushing' | 'done' = 'open'
  let sessionEnding = false
  const flush = (timeoutMs: number): void => {
    state = 'flushing'
    void flushBackup(window, timeoutMs).finally(() => {
      state = 'done'
      if (sessionEnding || quitControl.isQuitting()) quitControl.quit()
      else if (!window.isDestroyed()) window.close()
    })
  }
  window.on('close', (event) => {
    if (state === 'done') return
    event.preventDefault()
    if (state === 'open') flush(timeouts.close)
  })
  window.on('query-session-end', (event) => {
    if (state === 'done') return
    event.preventDefault()
    sessionEnding = true
    if (state === 'open') flush(timeouts.sessionEnd)
  })
}
