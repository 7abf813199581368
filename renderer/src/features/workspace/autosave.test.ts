import { afterEach, describe, expect, it, vi } from 'vitest'
import { Autosave, overlayActive, retryDelay, type WriteChange } from './autosave'

type Change = Record<string, unknown>
const merge = (a: Change, b: Change): Change => ({ ...a, ...b })

/** A write function whose calls the test resolves or rejects by hand. */
function controlledWrite() {
  const calls: Array<{
    key: string
    change: Change
    resolve: (stamp: string) => void
    reject: (error: unknown) => void
  }> = []
  const write: WriteChange<Change> = (key, change) =>
    new Promise((resolve, reject) => calls.push({ key, change, resolve, reject }))
  return { calls, write }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => vi.useRealTimers())

describe('Autosave', () => {
  it('writes at once, shows saving until the commit, then saved', async () => {
    const { calls, write } = controlledWrite()
    const autosave = new Autosave({ write, merge })
    expect(autosave.saveState().status).toBe('saved')
    autosave.change('q1', { value: 2 })
    expect(calls).toHaveLength(1)
    expect(autosave.saveState().status).toBe('saving')
    calls[0]?.resolve('t1')
    await settle()
    expect(autosave.saveState().status).toBe('saved')
    expect(autosave.pending('q1')).toMatchObject({ busy: false, stamp: 't1', change: { value: 2 } })
  })

  it('keeps at most one write per key in flight; the newest value wins', async () => {
    const { calls, write } = controlledWrite()
    const autosave = new Autosave({ write, merge })
    autosave.change('q1', { comment: 'a' })
    autosave.change('q1', { comment: 'ab' })
    autosave.change('q1', { comment: 'abc', flagged: true })
    expect(calls.map((c) => c.change)).toEqual([{ comment: 'a' }])
    calls[0]?.resolve('t1')
    await settle()
    expect(calls.map((c) => c.change)).toEqual([
      { comment: 'a' },
      { comment: 'abc', flagged: true }
    ])
    expect(autosave.saveState().status).toBe('saving')
    calls[1]?.resolve('t2')
    await settle()
    expect(autosave.saveState().status).toBe('saved')
  })

  it('writes different keys independently', () => {
    const { calls, write } = controlledWrite()
    const autosave = new Autosave({ write, merge })
    autosave.change('q1', { value: 1 })
    autosave.change('q2', { value: 2 })
    expect(calls.map((c) => c.key)).toEqual(['q1', 'q2'])
  })

  it('keeps a failed change in memory, reports the error and retries it with newer changes', async () => {
    vi.useFakeTimers()
    const { calls, write } = controlledWrite()
    const onCommit = vi.fn()
    const autosave = new Autosave({ write, merge, onCommit })
    autosave.change('q1', { value: 3 })
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' })
    calls[0]?.reject(quota)
    await vi.advanceTimersByTimeAsync(0)
    expect(autosave.saveState()).toEqual({ status: 'error', error: quota })
    expect(autosave.pending('q1')).toMatchObject({ failed: true, change: { value: 3 } })
    autosave.change('q1', { comment: 'x' })
    // Waits for the retry delay rather than hammering a full disk.
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(retryDelay(1))
    expect(calls[1]?.change).toEqual({ value: 3, comment: 'x' })
    calls[1]?.resolve('t2')
    await vi.advanceTimersByTimeAsync(0)
    expect(autosave.saveState().status).toBe('saved')
    expect(onCommit).toHaveBeenCalledWith('q1')
  })

  it('does not retry permanent failures until the next change', async () => {
    vi.useFakeTimers()
    const { calls, write } = controlledWrite()
    const autosave = new Autosave({ write, merge, isPermanent: () => true })
    autosave.change('q1', { value: 1 })
    calls[0]?.reject(new Error('read-only'))
    await vi.advanceTimersByTimeAsync(60_000)
    expect(calls).toHaveLength(1)
    expect(autosave.saveState().status).toBe('error')
    autosave.change('q1', { value: 2 })
    expect(calls[1]?.change).toEqual({ value: 2 })
  })

  it('notifies subscribers and resolves whenIdle after the last commit', async () => {
    const { calls, write } = controlledWrite()
    const autosave = new Autosave({ write, merge })
    const listener = vi.fn()
    autosave.subscribe(listener)
    autosave.change('q1', { value: 1 })
    const idle = autosave.whenIdle()
    calls[0]?.resolve('t1')
    await idle
    expect(listener).toHaveBeenCalledTimes(2)
  })
})

describe('overlayActive', () => {
  const view = { change: {}, busy: false, failed: false, stamp: '2026-01-01T00:00:01.000Z' }
  it('holds while busy or failed, and until stored data carries the last commit', () => {
    expect(overlayActive(undefined, undefined)).toBe(false)
    expect(overlayActive({ ...view, busy: true }, '2026-01-01T00:00:05.000Z')).toBe(true)
    expect(overlayActive({ ...view, failed: true }, '2026-01-01T00:00:05.000Z')).toBe(true)
    expect(overlayActive(view, '2026-01-01T00:00:00.000Z')).toBe(true)
    expect(overlayActive(view, undefined)).toBe(true)
    expect(overlayActive(view, '2026-01-01T00:00:01.000Z')).toBe(false)
  })
})
