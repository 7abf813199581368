import type { WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { openExternalIfAllowed } from '../url-policy'
import { createShellHandlers } from './shell'

const context = { sender: {} as WebContents, senderUrl: 'app://bundle/' }

// The real helper (security.ts) is openExternalIfAllowed bound to shell.openExternal.
const setup = () => {
  const shellOpen = vi.fn(async (_url: string) => undefined)
  const handlers = createShellHandlers((url) => openExternalIfAllowed(url, shellOpen))
  return { shellOpen, open: handlers['shell:open-external'] }
}

describe('shell:open-external', () => {
  it('opens an allow-listed https URL', async () => {
    const { shellOpen, open } = setup()
    await expect(open({ url: 'https://www.sac.net.cn/' }, context)).resolves.toEqual({
      opened: true
    })
    expect(shellOpen).toHaveBeenCalledExactlyOnceWith('https://www.sac.net.cn/')
  })

  it.each(['file:///C:/Windows/System32/calc.exe', 'https://evil.example/', 'ms-msdt:/id x'])(
    'refuses %s with NOT_ALLOWED and opens nothing',
    async (url) => {
      const { shellOpen, open } = setup()
      await expect(open({ url }, context)).rejects.toMatchObject({ code: 'NOT_ALLOWED' })
      expect(shellOpen).not.toHaveBeenCalled()
    }
  )
})
