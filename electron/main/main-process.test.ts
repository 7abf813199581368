import { describe, expect, it } from 'vitest'
import { runMainProcess } from './main-process'
import { fakeElectron, preventable, type FakeElectronOptions } from './testing/fake-electron'

/** Runs main against fakes; returns the fakes to inspect. */
function start(options: FakeElectronOptions = {}) {
  const fake = fakeElectron(options)
  runMainProcess(fake.electron, fake.parts, fake.context)
  return fake
}

const errorBox = (fake: ReturnType<typeof fakeElectron>) => {
  const [title, text] = fake.dialog.showErrorBox.mock.calls[0] ?? ['', '']
  return { title, text }
}

describe('main process: the data folder comes first', () => {
  it('pins the folder by name, for installed and unpackaged runs, and logs there', async () => {
    const installed = start({ isPackaged: true, appData: '/home/i/.config' })
    expect(installed.app.setPath).toHaveBeenCalledWith(
      'userData',
      '/home/i/.config/StabilityAssessor'
    )
    expect(installed.logs[0]?.userData).toBe('/home/i/.config/StabilityAssessor')

    const dev = start({ isPackaged: false, appData: '/home/i/.config' })
    expect(dev.app.setPath).toHaveBeenCalledWith(
      'userData',
      '/home/i/.config/StabilityAssessor-dev'
    )
  })

  it('sets the folder before taking the single-instance lock (the lock lives in it)', () => {
    const fake = start()
    const setPathOrder = fake.app.setPath.mock.invocationCallOrder[0]!
    const lockOrder = fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!
    expect(setPathOrder).toBeLessThan(lockOrder)
  })

  it('an unwritable folder stops the start with a clear dialog, before anything else', () => {
    const fake = start({ folderProblem: 'EACCES: permission denied', systemLanguages: ['zh-CN'] })
    const { title, text } = errorBox(fake)
    expect(title).toBe('稳定性保障评估工具无法启动')
    expect(text).toContain('/home/inspector/.config/StabilityAssessor')
    expect(text).toContain('EACCES: permission denied')
    expect(fake.app.exit).toHaveBeenCalledWith(1)
    expect(fake.app.setPath).not.toHaveBeenCalled()
    expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled()
  })

  it('the portable exe next to a read-only place is told to move, in the system language', () => {
    const fake = start({
      platform: 'win32',
      env: { PORTABLE_EXECUTABLE_DIR: 'E:\\Tools' },
      folderProblem: 'EROFS: read-only file system',
      systemLanguages: ['en-GB']
    })
    const { title, text } = errorBox(fake)
    expect(title).toBe('Stability Assessor could not start')
    expect(text).toContain('E:\\Tools\\StabilityAssessor-data')
    expect(text).toContain('Copy the program to a folder you can write to')
  })
})

describe('main process: single instance and debugging switches', () => {
  it('a second launch hands over to the first and registers nothing', () => {
    const fake = start({ lock: false })
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    expect(fake.app.enableSandbox).not.toHaveBeenCalled()
    expect(fake.app.count('second-instance')).toBe(0)
  })

  it('a packaged app refuses remote debugging: dialog, log line, exit — before the lock', () => {
    const fake = start({ isPackaged: true, switches: ['remote-debugging-port'] })
    expect(errorBox(fake).text).toContain('--remote-debugging-port')
    expect(fake.logs[0]?.log.lines.join('\n')).toContain('refused to run with debugging switches')
    expect(fake.app.exit).toHaveBeenCalledWith(1)
    expect(fake.app.requestSingleInstanceLock).not.toHaveBeenCalled()
  })

  it('unpackaged runs accept them (Playwright starts the app with them)', () => {
    const fake = start({ isPackaged: false, switches: ['remote-debugging-port', 'inspect'] })
    expect(fake.app.exit).not.toHaveBeenCalled()
    expect(fake.app.enableSandbox).toHaveBeenCalled()
  })

  it('sets the Windows AppUserModelID on Windows only', () => {
    expect(start({ platform: 'win32' }).app.setAppUserModelId).toHaveBeenCalledWith(
      'cn.stabilityassessor.app'
    )
    expect(start({ platform: 'linux' }).app.setAppUserModelId).not.toHaveBeenCalled()
  })
})

describe('main process: start-up', () => {
  it('before ready: sandbox, scheme and guards; after: services, then the window loads', async () => {
    const fake = start()
    expect(fake.app.enableSandbox).toHaveBeenCalled()
    expect(fake.partsSpies.registerSchemeAsPrivileged).toHaveBeenCalled()
    expect(fake.partsSpies.installWebContentsGuards).toHaveBeenCalled()
    expect(fake.partsSpies.startServices).not.toHaveBeenCalled()
    await fake.becomeReady()
    const services = fake.partsSpies.startServices.mock.invocationCallOrder[0]!
    const window = fake.partsSpies.createWindow.mock.invocationCallOrder[0]!
    expect(services).toBeLessThan(window)
    expect(fake.windows[0]?.loaded).toEqual(['app://bundle/index.html'])
    expect(fake.windows[0]?.visible).toBe(false) // shown at its first paint
    fake.windows[0]?.emit('ready-to-show')
    expect(fake.windows[0]?.visible).toBe(true)
  })

  it('a second launch shows and focuses a window that is still hidden', async () => {
    const fake = start()
    await fake.becomeReady()
    const window = fake.windows[0]!
    fake.app.emit('second-instance')
    expect(window.visible).toBe(true)
    expect(window.focused).toBe(true)
  })

  it('a second launch restores a minimised window', async () => {
    const fake = start()
    await fake.becomeReady()
    const window = fake.windows[0]!
    window.emit('ready-to-show')
    window.minimized = true
    fake.app.emit('second-instance')
    expect(window.restore).toHaveBeenCalled()
    expect(window.focused).toBe(true)
  })

  it.each([
    {
      systemLanguages: ['zh-Hans-CN'],
      title: '稳定性保障评估工具无法启动',
      loadFailed: '程序界面未能加载（ERR_FILE_NOT_FOUND -6, app://bundle/index.html）'
    },
    {
      systemLanguages: ['en-GB'],
      title: 'Stability Assessor could not start',
      loadFailed:
        'The program window could not be loaded (ERR_FILE_NOT_FOUND -6, app://bundle/index.html)'
    }
  ])(
    'a failed load says so in the system language ($systemLanguages), names the log, writes it, and exits',
    async ({ systemLanguages, title, loadFailed }) => {
      const fake = start({ systemLanguages })
      await fake.becomeReady()
      fake.windows[0]!.webContents.emit(
        'did-fail-load',
        {},
        -6,
        'ERR_FILE_NOT_FOUND',
        'app://bundle/index.html',
        true
      )
      const box = errorBox(fake)
      expect(box.title).toBe(title)
      expect(box.text).toContain(loadFailed)
      expect(box.text).toContain('/home/inspector/.config/StabilityAssessor/logs/main.log')
      expect(fake.logs[0]?.log.lines.at(-1)).toContain('start failed (loadFailed)')
      expect(fake.app.exit).toHaveBeenCalledWith(1)
    }
  )

  it.each([
    { systemLanguages: ['zh-CN'], crashed: '程序界面在显示之前意外退出（crashed, exit code 11）' },
    {
      systemLanguages: ['en-US'],
      crashed: 'The program window stopped before it could be shown (crashed, exit code 11)'
    }
  ])(
    'a page that stops before its first paint says so ($systemLanguages), names the log, and exits',
    async ({ systemLanguages, crashed }) => {
      const fake = start({ systemLanguages })
      await fake.becomeReady()
      fake.windows[0]!.webContents.emit(
        'render-process-gone',
        {},
        {
          reason: 'crashed',
          exitCode: 11
        }
      )
      const box = errorBox(fake)
      expect(box.text).toContain(crashed)
      expect(box.text).toContain('/home/inspector/.config/StabilityAssessor/logs/main.log')
      expect(fake.logs[0]?.log.lines.at(-1)).toContain('start failed (crashedBeforePaint)')
      expect(fake.app.exit).toHaveBeenCalledWith(1)
    }
  )

  it('an unexpected error while starting is shown too, not swallowed', async () => {
    const fake = start({ systemLanguages: ['en-US'] })
    fake.partsSpies.startServices.mockImplementation(() => {
      throw new Error('protocol already handled')
    })
    await fake.becomeReady()
    await Promise.resolve()
    expect(errorBox(fake).text).toContain('protocol already handled')
    expect(fake.app.exit).toHaveBeenCalledWith(1)
  })
})

describe('main process: menu', () => {
  it('has none on packaged Windows and Linux', async () => {
    for (const platform of ['win32', 'linux'] as const) {
      const fake = start({ platform, isPackaged: true })
      await fake.becomeReady()
      expect(fake.Menu.setApplicationMenu).toHaveBeenCalledWith(null)
    }
  })

  it('has app, Edit and Window menus on macOS, labelled in the system language', async () => {
    const fake = start({ platform: 'darwin', isPackaged: true, systemLanguages: ['zh-CN'] })
    await fake.becomeReady()
    const [menu] = fake.Menu.setApplicationMenu.mock.calls[0] ?? []
    const template = (menu as { template: Array<{ role: string; label: string }> }).template
    expect(template.map((m) => [m.role, m.label])).toEqual([
      ['appMenu', '稳定性保障评估工具'],
      ['editMenu', '编辑'],
      ['windowMenu', '窗口']
    ])
  })
})

describe('main process: quitting', () => {
  it('Windows/Linux quit when the window is gone; macOS stays in the dock', () => {
    const linux = start({ platform: 'linux' })
    linux.app.emit('window-all-closed')
    expect(linux.app.quit).toHaveBeenCalledTimes(1)
    const mac = start({ platform: 'darwin' })
    mac.app.emit('window-all-closed')
    expect(mac.app.quit).not.toHaveBeenCalled()
  })

  it('macOS: a quit held for the backup flush is resumed once the flush is done', async () => {
    const fake = start({ platform: 'darwin' })
    await fake.becomeReady()
    const window = fake.windows[0]!
    fake.app.emit('before-quit') // Cmd+Q
    const close = preventable()
    window.emit('close', close)
    expect(close.prevented).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    expect(window.close).not.toHaveBeenCalled()
    expect(fake.logs[0]?.log.lines).toContain('INFO quitting')
  })

  it('macOS: the dock icon opens a window when there is none', async () => {
    const fake = start({ platform: 'darwin' })
    await fake.becomeReady()
    fake.windows[0]!.destroyed = true
    fake.app.emit('activate')
    expect(fake.partsSpies.createWindow).toHaveBeenCalledTimes(2)
  })
})
