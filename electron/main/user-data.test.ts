import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DEV_USER_DATA_FOLDER,
  PORTABLE_DATA_FOLDER,
  prepareUserDataFolder,
  resolveUserData,
  USER_DATA_ENV,
  USER_DATA_FOLDER,
  type UserDataContext
} from './user-data'

const linux: UserDataContext = {
  platform: 'linux',
  isPackaged: true,
  env: {},
  appData: '/home/i/.config',
  cwd: '/work'
}
const windows: UserDataContext = {
  platform: 'win32',
  isPackaged: true,
  env: { LOCALAPPDATA: 'C:\\Users\\i\\AppData\\Local' },
  appData: 'C:\\Users\\i\\AppData\\Roaming',
  cwd: 'C:\\'
}

describe('the user-data folder', () => {
  it('is pinned by name: changing it orphans every assessment (bump only with a migration)', () => {
    expect(USER_DATA_FOLDER).toBe('StabilityAssessor')
    expect(DEV_USER_DATA_FOLDER).toBe('StabilityAssessor-dev')
    expect(PORTABLE_DATA_FOLDER).toBe('StabilityAssessor-data')
    expect(USER_DATA_ENV).toBe('STABILITY_ASSESSOR_USER_DATA')
  })

  it('macOS and Linux: under appData', () => {
    expect(resolveUserData(linux)).toEqual({
      kind: 'installed',
      path: '/home/i/.config/StabilityAssessor'
    })
    expect(
      resolveUserData({
        ...linux,
        platform: 'darwin',
        appData: '/Users/i/Library/Application Support'
      })
    ).toEqual({ kind: 'installed', path: '/Users/i/Library/Application Support/StabilityAssessor' })
  })

  it('Windows: Local AppData, deliberately not Roaming; Roaming only if Local is unknown', () => {
    expect(resolveUserData(windows)).toEqual({
      kind: 'installed',
      path: 'C:\\Users\\i\\AppData\\Local\\StabilityAssessor'
    })
    expect(resolveUserData({ ...windows, env: {} }).path).toBe(
      'C:\\Users\\i\\AppData\\Roaming\\StabilityAssessor'
    )
  })

  it('unpackaged runs get the -dev folder, never the installed app’s', () => {
    expect(resolveUserData({ ...linux, isPackaged: false })).toEqual({
      kind: 'development',
      path: '/home/i/.config/StabilityAssessor-dev'
    })
    expect(resolveUserData({ ...windows, isPackaged: false }).path).toBe(
      'C:\\Users\\i\\AppData\\Local\\StabilityAssessor-dev'
    )
  })

  it('the Windows portable exe keeps its data beside itself', () => {
    const portable = { ...windows, env: { ...windows.env, PORTABLE_EXECUTABLE_DIR: 'E:\\Tools' } }
    expect(resolveUserData(portable)).toEqual({
      kind: 'portable',
      path: 'E:\\Tools\\StabilityAssessor-data'
    })
  })

  it('STABILITY_ASSESSOR_USER_DATA moves unpackaged runs only (tests), resolved against cwd', () => {
    const env = { [USER_DATA_ENV]: 'ud' }
    expect(resolveUserData({ ...linux, isPackaged: false, env })).toEqual({
      kind: 'override',
      path: '/work/ud'
    })
    expect(
      resolveUserData({ ...linux, isPackaged: false, env: { [USER_DATA_ENV]: '/tmp/x' } }).path
    ).toBe('/tmp/x')
    expect(
      resolveUserData({ ...linux, isPackaged: false, env: { [USER_DATA_ENV]: '  ' } }).kind
    ).toBe('development')
    // A release build ignores it (desktop review F-6c).
    expect(resolveUserData({ ...linux, env }).path).toBe('/home/i/.config/StabilityAssessor')
  })
})

describe('prepareUserDataFolder', () => {
  it('creates the folder and reports success as null', () => {
    const base = mkdtempSync(join(tmpdir(), 'sa-userdata-'))
    try {
      const folder = join(base, 'a', 'StabilityAssessor')
      expect(prepareUserDataFolder(folder)).toBeNull()
      expect(existsSync(folder)).toBe(true)
    } finally {
      rmSync(base, { recursive: true, force: true })
    }
  })

  it('says why when the folder cannot be created', () => {
    const base = mkdtempSync(join(tmpdir(), 'sa-userdata-'))
    try {
      const file = join(base, 'not-a-folder')
      writeFileSync(file, '')
      expect(prepareUserDataFolder(join(file, 'StabilityAssessor'))).toMatch(/ENOTDIR|EEXIST/)
    } finally {
      rmSync(base, { recursive: true, force: true })
    }
  })
})
