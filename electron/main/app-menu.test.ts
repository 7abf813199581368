import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { applicationMenuTemplate } from './app-menu'

/** Every role in a template, depth first. */
const roles = (items: MenuItemConstructorOptions[] | null): string[] =>
  (items ?? []).flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...roles(Array.isArray(item.submenu) ? item.submenu : null)
  ])

describe('the application menu', () => {
  it('is absent from packaged Windows and Linux builds', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(applicationMenuTemplate({ platform, isPackaged: true, language: 'zh-CN' })).toBeNull()
    }
  })

  it('on macOS has the app, Edit and Window roles — and no reload, zoom or devtools', () => {
    const menu = applicationMenuTemplate({
      platform: 'darwin',
      isPackaged: true,
      language: 'zh-CN'
    })
    expect(menu?.map((item) => item.role)).toEqual(['appMenu', 'editMenu', 'windowMenu'])
    const all = roles(menu)
    expect(all).toEqual(
      expect.arrayContaining(['copy', 'paste', 'cut', 'selectAll', 'undo', 'quit'])
    )
    for (const forbidden of ['reload', 'forceReload', 'toggleDevTools', 'zoomIn', 'resetZoom'])
      expect(all).not.toContain(forbidden)
  })

  it('speaks the system language', () => {
    const zh = applicationMenuTemplate({ platform: 'darwin', isPackaged: true, language: 'zh-CN' })
    const en = applicationMenuTemplate({ platform: 'darwin', isPackaged: true, language: 'en-US' })
    expect(zh?.map((item) => item.label)).toEqual(['稳定性保障评估工具', '编辑', '窗口'])
    expect(en?.map((item) => item.label)).toEqual(['Stability Assessor', 'Edit', 'Window'])
  })

  it('unpackaged runs add reload and the developer tools, on every platform', () => {
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const all = roles(applicationMenuTemplate({ platform, isPackaged: false, language: 'en-US' }))
      expect(all).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
    }
  })
})
