import { describe, expect, it, vi } from 'vitest'
import {
  FLUSH_SCRIPT,
  flushBackup,
  installFlushOnClose,
  type ClosableWindow
} from './flush-on-close'

function fakeWindow(run: () => Promise<unknown>) {
  const listeners: Array<(event: { preventDefault(): void }) => void> = []
  const window = {
    closed: 0,
    on: (_event: 'close', listener: (event: { preventDefault(): void }) => void) =>
      void listeners.push(listener),
    isDestroyed: () => false,
    close: vi.fn(() => {
      const event = { prevented: false, preventDefault: () => void (event.prevented = true) }
      for (const l of listeners) l(event)
      if (!event.prevented) window.closed++
    }),
    webContents: { executeJavaScript: vi.fn(run) }
  }
  return window
}

describe('flush a backup before the window closes', () => {
  it('waits for the renderer, then closes for real', async () => {
    let finish: (value: unknown) => void = () => undefined
    const window = fakeWindow(() => new Promise((resolve) => (finish = resolve)))
    installFlushOnClose(window as ClosableWindow)
    window.close()
    expect(window.closed).toBe(0)
    expect(window.webContents.executeJavaScript).toHaveBeenCalledWith(FLUSH_SCRIPT)
    window.close() // a second close while flushing is held too, without a second flush
    expect(window.webContents.executeJavaScript).toHaveBeenCalledTimes(1)
    finish(true)
    await vi.waitFor(() => expect(window.closed).toBe(1))
  })

  it('never hangs: a renderer that does not answer is given up after the timeout', async () => {
    const window = fakeWindow(() => new Promise(() => undefined))
    expect(await flushBackup(window as ClosableWindow, 20)).toBe('timeout')
    installFlushOnClose(window as ClosableWindow, 20)
    window.close()
    await vi.waitFor(() => expect(window.closed).toBe(1))
  })

  it('a failing renderer does not keep the window open', async () => {
    const window = fakeWindow(() => Promise.reject(new Error('renderer crashed')))
    expect(await flushBackup(window as ClosableWindow, 1000)).toBe('failed')
    installFlushOnClose(window as ClosableWindow, 1000)
    window.close()
    await vi.waitFor(() => expect(window.closed).toBe(1))
  })
})
