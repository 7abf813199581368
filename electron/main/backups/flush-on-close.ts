/**
 * DUR-12 / issue 6: before the window closes (closing it, or quitting the app, which closes it),
 * main asks the renderer to write an automatic backup of changes not yet in one, and waits for it
 * at most `timeoutMs`, so closing never hangs. No Electron import: the window is passed in, so
 * this is unit-tested with a fake.
 */

/** The function the renderer exposes for this (renderer/src/features/backup/AutoBackup.tsx). */
export const FLUSH_SCRIPT =
  "typeof globalThis.__stabilityAssessorFlushBackup === 'function' ? globalThis.__stabilityAssessorFlushBackup() : null"
export const FLUSH_TIMEOUT_MS = 5_000

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown
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

/**
 * Holds the first close of `window` until the renderer flushed a backup (or the timeout passed),
 * then closes it for real; later closes go through at once.
 */
export function installFlushOnClose(
  window: ClosableWindow,
  timeoutMs: number = FLUSH_TIMEOUT_MS
): void {
  let state: 'open' | 'flushing' | 'done' = 'open'
  window.on('close', (event) => {
    if (state === 'done') return
    event.preventDefault()
    if (state === 'flushing') return
    state = 'flushing'
    void flushBackup(window, timeoutMs).finally(() => {
      state = 'done'
      if (!window.isDestroyed()) window.close()
    })
  })
}
