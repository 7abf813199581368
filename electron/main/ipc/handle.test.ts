import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { IpcChannel } from '@shared/ipc/channels'
import { ipcContract } from '@shared/ipc/contract'
import { createTrustedOriginCheck } from '../url-policy'
import { createIpcListener, IpcHandlerError, registerIpcHandlers } from './handle'
import type { IpcHandlers, IpcInvokeEventLike } from './handle'

const sender = { id: 1 } as unknown as WebContents
const topFrame = (url: string) => ({ url, parent: null })
const eventFrom = (frame: IpcInvokeEventLike['senderFrame']): IpcInvokeEventLike => ({
  sender,
  senderFrame: frame
})
const appEvent = eventFrom(topFrame('app://bundle/index.html'))
const isTrusted = createTrustedOriginCheck(null)

const saveInput = { suggestedName: 'report.xlsx', bytes: new Uint8Array([1, 2, 3]) }

describe('createIpcListener: refusals never reach the handler (SEC-04)', () => {
  it.each([
    ['a foreign origin', eventFrom(topFrame('https://evil.example/'))],
    ['a look-alike app host', eventFrom(topFrame('app://bundle.evil/index.html'))],
    ['a file: page', eventFrom(topFrame('file:///C:/app/index.html'))],
    ['the dev server when not in dev', eventFrom(topFrame('http://localhost:5173/'))],
    [
      'a sub-frame of the app',
      eventFrom({ url: 'app://bundle/index.html', parent: topFrame('app://bundle/') })
    ],
    ['a missing sender frame', eventFrom(null)]
  ])('refuses %s with FORBIDDEN_SENDER', async (_case, event) => {
    const handler = vi.fn(async () => ({ saved: true }))
    const listener = createIpcListener('file:save', handler, isTrusted)
    const result = await listener(event, saveInput)
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses a sender frame that throws when read (destroyed mid-call)', async () => {
    const handler = vi.fn(async () => ({ saved: true }))
    const destroyed = {
      sender,
      get senderFrame(): never {
        throw new Error('Render frame was disposed')
      }
    }
    const result = await createIpcListener('file:save', handler, isTrusted)(destroyed, saveInput)
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses an unknown channel with UNKNOWN_CHANNEL', async () => {
    const handler = vi.fn(async () => ({}))
    const listener = createIpcListener('fs:read-any' as IpcChannel, handler as never, isTrusted)
    const result = await listener(appEvent, {})
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } })
    expect(handler).not.toHaveBeenCalled()
  })

  it.each([
    [
      'a path instead of a file name',
      { ...saveInput, suggestedName: '../../evil.exe' },
      'suggestedName: a file name, not a path'
    ],
    ['bytes of the wrong type', { ...saveInput, bytes: [1, 2, 3] }, 'bytes:'],
    ['an unexpected extra field', { ...saveInput, path: '/etc/passwd' }, 'path'],
    ['a missing field', { bytes: new Uint8Array() }, 'suggestedName:'],
    [
      'a bad nested field',
      { ...saveInput, filters: [{ name: 'x', extensions: ['../'] }] },
      'filters.0.extensions.0:'
    ],
    ['no object at all', 'report.xlsx', '(input):']
  ])('refuses %s with INVALID_INPUT naming the field', async (_case, input, expected) => {
    const handler = vi.fn(async () => ({ saved: true }))
    const result = await createIpcListener('file:save', handler, isTrusted)(appEvent, input)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(result.error.message).toContain(expected)
    expect(handler).not.toHaveBeenCalled()
  })
})

describe('createIpcListener: accepted calls', () => {
  it('passes the parsed input and the caller to the handler and wraps the value', async () => {
    const handler = vi.fn(async () => ({ saved: true, path: '/home/u/report.xlsx' }))
    const result = await createIpcListener('file:save', handler, isTrusted)(appEvent, saveInput)
    expect(result).toEqual({ ok: true, value: { saved: true, path: '/home/u/report.xlsx' } })
    expect(handler).toHaveBeenCalledExactlyOnceWith(saveInput, {
      sender,
      senderUrl: 'app://bundle/index.html'
    })
  })

  it('trusts the dev server origin only when it is configured', async () => {
    const handler = vi.fn(async () => ({ opened: true }))
    const devEvent = eventFrom(topFrame('http://localhost:5173/'))
    const dev = createIpcListener(
      'shell:open-external',
      handler,
      createTrustedOriginCheck('http://localhost:5173')
    )
    await expect(dev(devEvent, { url: 'https://www.sac.net.cn/' })).resolves.toMatchObject({
      ok: true
    })
    expect(handler).toHaveBeenCalledOnce()
  })

  it('turns a thrown error into INTERNAL, keeping the message and dropping the stack', async () => {
    const handler = vi.fn(async () => {
      throw new Error('disk on fire')
    })
    const result = await createIpcListener('file:save', handler, isTrusted)(appEvent, saveInput)
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'file:save: disk on fire' }
    })
    expect(JSON.stringify(result)).not.toContain('at ')
  })

  it('turns a thrown non-Error into INTERNAL too', async () => {
    const handler = vi.fn(async () => Promise.reject('plain string'))
    const result = await createIpcListener('file:save', handler, isTrusted)(appEvent, saveInput)
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: 'file:save: plain string' }
    })
  })

  it('keeps the code of an IpcHandlerError', async () => {
    const handler = vi.fn(async () => {
      throw new IpcHandlerError('TOO_LARGE', 'the file is 9 bytes; at most 4 bytes can be opened')
    })
    const result = await createIpcListener(
      'file:open',
      handler,
      isTrusted
    )(appEvent, { maxBytes: 4 })
    expect(result).toEqual({
      ok: false,
      error: { code: 'TOO_LARGE', message: 'the file is 9 bytes; at most 4 bytes can be opened' }
    })
  })
})

describe('registerIpcHandlers', () => {
  const handlers = (): IpcHandlers => ({
    'app:get-info': vi.fn(),
    'file:save': vi.fn(),
    'file:open': vi.fn(),
    'shell:open-external': vi.fn(),
    'backup:write': vi.fn(),
    'backup:list': vi.fn(),
    'backup:read': vi.fn(),
    'report:print-pdf': vi.fn()
  })

  it('registers exactly one listener per contract channel', () => {
    const fakeIpcMain = { handle: vi.fn() }
    registerIpcHandlers(fakeIpcMain, handlers(), isTrusted)
    const channels = fakeIpcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual(Object.keys(ipcContract).sort())
  })

  it('ignores handlers for channels outside the contract', () => {
    const fakeIpcMain = { handle: vi.fn() }
    const extra = { ...handlers(), 'fs:read-any': vi.fn() } as IpcHandlers
    registerIpcHandlers(fakeIpcMain, extra, isTrusted)
    expect(fakeIpcMain.handle.mock.calls.map(([channel]) => channel)).not.toContain('fs:read-any')
  })

  it('fails at start-up when a channel has no handler', () => {
    const { 'file:open': _missing, ...incomplete } = handlers()
    expect(() =>
      registerIpcHandlers({ handle: vi.fn() }, incomplete as IpcHandlers, isTrusted)
    ).toThrow('No IPC handler for "file:open"')
  })
})
