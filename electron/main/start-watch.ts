import type { MainLog } from './main-log'

/*
 * The start path, made visible (desktop review F-3). The window is created hidden and shown at its
 * first paint, so users never see a blank frame — which also means a load that fails, or a page
 * that crashes before painting, would leave nothing on screen and nothing in a console (packaged
 * apps have none). This module watches for exactly that; no Electron import, so it is unit-tested.
 */

/** Chromium's net::ERR_ABORTED: a load replaced by another (a redirect, a reload), not a failure. */
const ERR_ABORTED = -3
/** A window that has not painted by then is shown anyway: a slow start is better than none. */
export const SHOW_ANYWAY_AFTER_MS = 10_000

/** The parts of a BrowserWindow the start watch uses. */
export interface StartWatchedWindow {
  once(event: 'ready-to-show', listener: () => void): unknown
  isDestroyed(): boolean
  show(): void
  webContents: {
    on(
      event: 'did-fail-load',
      listener: (
        event: unknown,
        errorCode: number,
        errorDescription: string,
        validatedURL: string,
        isMainFrame: boolean
      ) => void
    ): unknown
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: { reason: string; exitCode: number }) => void
    ): unknown
    reload(): void
  }
}

/** What went wrong, for the dialog: which text to show and the reason in a few words. */
export interface StartFailure {
  kind: 'loadFailed' | 'crashedBeforePaint' | 'crashedAgain'
  reason: string
}

export interface StartWatchDeps {
  log: MainLog
  /** Tells the user (a modal dialog naming the log file) and ends the app; called at most once. */
  fail(failure: StartFailure): void
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(timer: unknown): void
}

/**
 * Shows `window` at its first paint and turns start failures into a dialog plus a log line:
 * - a failed main-frame load before the first paint → `loadFailed` (also when the window was
 *   already shown by the timer below);
 * - the page process gone before the first paint → `crashedBeforePaint`;
 * - after the first paint, a crash is logged and the page reloaded once (what was saved is in
 *   IndexedDB); a second crash → `crashedAgain`;
 * - no paint after {@link SHOW_ANYWAY_AFTER_MS}: the window is shown anyway, and that is logged.
 */
export function watchStart(window: StartWatchedWindow, deps: StartWatchDeps): void {
  let painted = false
  let shown = false
  let failed = false
  let crashesAfterPaint = 0
  const startedAt = Date.now()

  const fail = (failure: StartFailure): void => {
    if (failed) return
    failed = true
    deps.clearTimer(timer)
    deps.log.error(`start failed (${failure.kind}): ${failure.reason}`)
    deps.fail(failure)
  }

  const show = (how: string): void => {
    if (shown || failed) return
    shown = true
    deps.log.info(`window shown ${how} after ${Date.now() - startedAt} ms`)
    if (!window.isDestroyed()) window.show()
  }

  const timer = deps.setTimer(() => show('before its first paint'), SHOW_ANYWAY_AFTER_MS)
  window.once('ready-to-show', () => {
    painted = true
    deps.clearTimer(timer)
    show('at its first paint')
  })

  window.webContents.on('did-fail-load', (_event, code, description, url, isMainFrame) => {
    if (!isMainFrame || code === ERR_ABORTED) return
    const reason = `${description || 'error'} ${code}, ${url}`
    if (!painted) fail({ kind: 'loadFailed', reason })
    else deps.log.error(`load failed: ${reason}`)
  })

  window.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit' || failed) return
    const reason = `${details.reason}, exit code ${details.exitCode}`
    if (!painted) return fail({ kind: 'crashedBeforePaint', reason })
    crashesAfterPaint += 1
    if (crashesAfterPaint > 1) return fail({ kind: 'crashedAgain', reason })
    deps.log.error(`page process gone (${reason}); reloading once`)
    if (!window.isDestroyed()) window.webContents.reload()
  })
}
