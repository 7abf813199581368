import { describe, expect, it, vi } from 'vitest'
import { BRIDGE_GLOBAL, ipcChannels } from '@shared/ipc/channels'
import { BRIDGE_ALLOWLIST } from './bridge-allowlist'
import { buildBridge } from './bridge'
import type { Invoke } from './bridge'

const fakeInvoke = () =>
  vi.fn(async (channel: string) => ({ ok: true, value: channel })) as unknown as Invoke &
    ReturnType<typeof vi.fn>

describe('buildBridge (SEC-03)', () => {
  it('exposes exactly the reviewed allowlist, one function per contract channel', () => {
    const api = buildBridge(fakeInvoke())
    expect(Object.keys(api).sort()).toEqual([...BRIDGE_ALLOWLIST].sort())
    expect(Object.keys(api).sort()).toEqual(Object.values(ipcChannels).sort())
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it.each(Object.entries(ipcChannels))('%s is reached through %s only', async (channel, method) => {
    const invoke = fakeInvoke()
    const api = buildBridge(invoke) as unknown as Record<
      string,
      (input: unknown) => Promise<unknown>
    >
    const input = { probe: channel }
    await expect(api[method]?.(input)).resolves.toEqual({ ok: true, value: channel })
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, input)
  })

  it('forwards only the first argument, so the page cannot smuggle extra ones', async () => {
    const invoke = fakeInvoke()
    const api = buildBridge(invoke) as unknown as Record<string, (...args: unknown[]) => unknown>
    await api.getAppInfo?.({}, 'shell:open-external', { url: 'file:///x' })
    expect(invoke).toHaveBeenCalledExactlyOnceWith('app:get-info', {})
  })

  it('is frozen, and offers no generic invoke/send/on', () => {
    const api = buildBridge(fakeInvoke())
    expect(Object.isFrozen(api)).toBe(true)
    for (const name of ['invoke', 'send', 'sendSync', 'on', 'once', 'postMessage', 'ipc']) {
      expect(api).not.toHaveProperty(name)
    }
  })

  it('is exposed under the global that api.d.ts declares', () => {
    expect(BRIDGE_GLOBAL).toBe('stabilityAssessor')
  })
})
