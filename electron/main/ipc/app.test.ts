import type { WebContents } from 'electron'
import { describe, expect, it } from 'vitest'
import { createAppHandlers } from './app'

describe('app:get-info', () => {
  it('reports name, version, runtime versions, OS, locale and the user-data folder', async () => {
    const handlers = createAppHandlers({
      app: {
        getName: () => 'Stability Assessor',
        getVersion: () => '0.1.0',
        getLocale: () => 'zh-CN',
        getPath: (name) => `/data/${name}`
      },
      versions: { electron: '45.4.1', chrome: '142.0.0.0' },
      os: 'Windows_NT 10.0.22631 x64'
    })
    const context = { sender: {} as WebContents, senderUrl: 'app://bundle/' }
    await expect(handlers['app:get-info']({}, context)).resolves.toEqual({
      name: 'Stability Assessor',
      version: '0.1.0',
      platform: 'electron',
      electron: '45.4.1',
      chrome: '142.0.0.0',
      os: 'Windows_NT 10.0.22631 x64',
      locale: 'zh-CN',
      userDataPath: '/data/userData'
    })
  })
})
