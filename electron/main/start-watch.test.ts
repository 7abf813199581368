import { describe, expect, it } from 'vitest'
import { SHOW_ANYWAY_AFTER_MS, watchStart, type StartFailure } from './start-watch'
import { FakeWindow, memoryLog } from './testing/fake-electron'

function watched() {
  const window = new FakeWindow()
  const log = memoryLog()
  const failures: StartFailure[] = []
  const timers: Array<{ callback: () => void; ms: number; cleared: boolean }> = []
  watchStart(window, {
    log,
    fail: (failure) => void failures.push(failure),
    setTimer: (callback, ms) => {
      const timer = { callback, ms, cleared: false }
      timers.push(timer)
      return timer
    },
    clearTimer: (timer) => void ((timer as { cleared: boolean }).cleared = true)
  })
  const failLoad = (code: number, isMainFrame = true) =>
    window.webContents.emit('did-fail-load', {}, code, 'ERR_X', 'app://bundle/', isMainFrame)
  const crash = (reason = 'crashed') =>
    window.webContents.emit('render-process-gone', {}, { reason, exitCode: 11 })
  return { window, log, failures, timers, failLoad, crash }
}

describe('watchStart: the window is shown, or the user is told why not', () => {
  it('shows the window at its first paint and logs how long it took', () => {
    const { window, log, timers } = watched()
    expect(window.visible).toBe(false)
    window.emit('ready-to-show')
    expect(window.visible).toBe(true)
    expect(timers[0]?.cleared).toBe(true)
    expect(log.lines[0]).toMatch(/^INFO window shown at its first paint after \d+ ms$/)
  })

  it('shows a window that has not painted after 10 s anyway', () => {
    const { window, timers, log } = watched()
    expect(timers[0]?.ms).toBe(SHOW_ANYWAY_AFTER_MS)
    timers[0]?.callback()
    expect(window.visible).toBe(true)
    expect(log.lines[0]).toContain('before its first paint')
  })

  it('a failed main-frame load before the first paint is a start failure', () => {
    const { failures, log, failLoad } = watched()
    failLoad(-3) // ERR_ABORTED: a load replaced by another, not a failure
    failLoad(-6, false) // a sub-frame is not the app
    expect(failures).toEqual([])
    failLoad(-6)
    expect(failures).toEqual([{ kind: 'loadFailed', reason: 'ERR_X -6, app://bundle/' }])
    expect(log.lines).toEqual(['ERROR start failed (loadFailed): ERR_X -6, app://bundle/'])
  })

  it('a failed load stays a failure when the timer already showed the window', () => {
    const { failures, timers, failLoad } = watched()
    timers[0]?.callback()
    failLoad(-2)
    expect(failures.map((f) => f.kind)).toEqual(['loadFailed'])
  })

  it('a crash before the first paint is a start failure; a clean exit is not', () => {
    const clean = watched()
    clean.crash('clean-exit')
    expect(clean.failures).toEqual([])
    const { failures, crash, timers } = watched()
    crash('oom')
    expect(failures).toEqual([{ kind: 'crashedBeforePaint', reason: 'oom, exit code 11' }])
    expect(timers[0]?.cleared).toBe(true)
    crash('oom') // reported once
    expect(failures).toHaveLength(1)
  })

  it('after the first paint a crash reloads the page once; a second crash is a failure', () => {
    const { window, failures, crash, log } = watched()
    window.emit('ready-to-show')
    crash('killed')
    expect(window.webContents.reload).toHaveBeenCalledTimes(1)
    expect(failures).toEqual([])
    expect(log.lines.at(-1)).toBe('ERROR page process gone (killed, exit code 11); reloading once')
    crash('crashed')
    expect(window.webContents.reload).toHaveBeenCalledTimes(1)
    expect(failures.map((f) => f.kind)).toEqual(['crashedAgain'])
  })

  it('a failed load after the first paint is logged, not a start failure', () => {
    const { window, failures, failLoad, log } = watched()
    window.emit('ready-to-show')
    failLoad(-6)
    expect(failures).toEqual([])
    expect(log.lines.at(-1)).toContain('ERROR load failed')
  })
})
