import { describe, expect, it, vi } from 'vitest'
import {
  FLUSH_SCRIPT,
  flushBackup,
  installFlushOnClose,
  type ClosableWindow
} from './flush-on-close'

type Listener = (event: { preventDefault(): void }) => void

/**
 * A window and an app that behave like Electron's where it matters: a prevented `close` keeps the
 * window open and cancels a quit in progress (Browser::OnWindowCloseCancelled); an unprevented one
 * closes it; `app.quit()` emits `before-quit`, then closes every window, and the app exits only if
 * no close was prevented.
 */
function fakeApp(run: () => Promise<unknown>) {
  const listeners = { close: [] as Listener[], 'query-session-end': [] as Listener[] }
  const emit = (name: keyof typeof listeners): boolean => {
    let prevented = false
    for (const listener of listeners[name]) listener({ preventDefault: () => (prevented = true) })
    return prevented
  }
  // quitting: Electron's own flag, reset when a close is held; beforeQuitSeen: main-process.ts's.
  const state = { quitting: false, beforeQuitSeen: false, windowClosed: false, exited: false }
  const window = {
    on: (event: keyof typeof listeners, listener: Listener) => void listeners[event].push(listener),
    isDestroyed: () => state.windowClosed,
    close: vi.fn(() => {
      if (state.windowClosed) return
      if (emit('close')) {
        state.quitting = false // a held close cancels the quit
        return
      }
      state.windowClosed = true
    }),
    webContents: { executeJavaScript: vi.fn(run) }
  }
  const quitControl = {
    isQuitting: () => state.beforeQuitSeen,
    quit: vi.fn(() => {
      state.quitting = true
      state.beforeQuitSeen = true // main-process.ts sets its flag on before-quit
      window.close()
      if (state.windowClosed && state.quitting) state.exited = true
    })
  }
  /** What Windows does at log-off: asks whether the session may end (true = held). */
  const querySessionEnd = (): boolean => emit('query-session-end')
  return {
    window: window as unknown as ClosableWindow,
    raw: window,
    quitControl,
    state,
    querySessionEnd
  }
}

const deferred = () => {
  let finish: (value: unknown) => void = () => undefined
  const promise = new Promise((resolve) => (finish = resolve))
  return { promise, finish }
}

describe('flush a backup before the window closes', () => {
  it('closing the window waits for the renderer, then closes for real, once', async () => {
    const pending = deferred()
    const { window, raw, quitControl, state } = fakeApp(() => pending.promise)
    installFlushOnClose(window, quitControl)
    window.close()
    expect(state.windowClosed).toBe(false)
    expect(raw.webContents.executeJavaScript).toHaveBeenCalledWith(FLUSH_SCRIPT)
    window.close() // a second close while flushing is held too, without a second flush
    expect(raw.webContents.executeJavaScript).toHaveBeenCalledTimes(1)
    pending.finish(true)
    await vi.waitFor(() => expect(state.windowClosed).toBe(true))
    expect(quitControl.quit).not.toHaveBeenCalled()
  })

  it('macOS Cmd+Q: the quit the held close cancelled is resumed after the flush, once', async () => {
    const pending = deferred()
    const { window, raw, quitControl, state } = fakeApp(() => pending.promise)
    installFlushOnClose(window, quitControl)

    quitControl.quit() // Cmd+Q
    expect(state.exited).toBe(false)
    expect(state.quitting).toBe(false) // Electron cancelled it when the close was held
    quitControl.quit() // Cmd+Q again while flushing: still one flush
    expect(raw.webContents.executeJavaScript).toHaveBeenCalledTimes(1)

    // The flush resumes the quit: the app exits without a further key press.
    pending.finish(true)
    await vi.waitFor(() => expect(state.exited).toBe(true))
    expect(quitControl.quit).toHaveBeenCalledTimes(3) // two presses + exactly one resume
    expect(raw.webContents.executeJavaScript).toHaveBeenCalledTimes(1)
  })

  it('Windows session end: held at most the short timeout, then the app quits', async () => {
    const { window, raw, quitControl, state, querySessionEnd } = fakeApp(
      () => new Promise(() => undefined) // a renderer that never answers
    )
    installFlushOnClose(window, quitControl, { close: 5_000, sessionEnd: 20 })
    expect(querySessionEnd()).toBe(true) // held while the backup is written
    expect(raw.webContents.executeJavaScript).toHaveBeenCalledTimes(1)
    await vi.waitFor(() => expect(state.exited).toBe(true))
    expect(quitControl.quit).toHaveBeenCalledTimes(1)
    expect(querySessionEnd()).toBe(false) // once flushed, the session may end
  })

  it('a session end during a close flush quits instead of only closing', async () => {
    const pending = deferred()
    const { window, quitControl, state, querySessionEnd } = fakeApp(() => pending.promise)
    installFlushOnClose(window, quitControl)
    window.close()
    expect(querySessionEnd()).toBe(true)
    pending.finish(true)
    await vi.waitFor(() => expect(state.exited).toBe(true))
    expect(quitControl.quit).toHaveBeenCalledTimes(1)
  })

  it('never hangs: a renderer that does not answer is given up after the timeout', async () => {
    const { window, quitControl, state } = fakeApp(() => new Promise(() => undefined))
    expect(await flushBackup(window, 20)).toBe('timeout')
    installFlushOnClose(window, quitControl, { close: 20, sessionEnd: 20 })
    window.close()
    await vi.waitFor(() => expect(state.windowClosed).toBe(true))
  })

  it('a failing renderer does not keep the window open', async () => {
    const { window, quitControl, state } = fakeApp(() =>
      Promise.reject(new Error('renderer crashed'))
    )
    expect(await flushBackup(window, 1000)).toBe('failed')
    installFlushOnClose(window, quitControl)
    window.close()
    await vi.waitFor(() => expect(state.windowClosed).toBe(true))
  })
})
