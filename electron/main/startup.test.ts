import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { startUrl, USER_DATA_ENV, userDataOverride } from './startup'

describe('userDataOverride', () => {
  it('is read from STABILITY_ASSESSOR_USER_DATA', () => {
    expect(USER_DATA_ENV).toBe('STABILITY_ASSESSOR_USER_DATA')
  })

  it('returns an absolute path, resolving a relative one against the working directory', () => {
    const cwd = resolve('/work/app')
    expect(userDataOverride({ [USER_DATA_ENV]: resolve('/tmp/ud-1') }, cwd)).toBe(
      resolve('/tmp/ud-1')
    )
    expect(userDataOverride({ [USER_DATA_ENV]: 'ud' }, cwd)).toBe(join(cwd, 'ud'))
  })

  it('keeps the default when unset or blank', () => {
    expect(userDataOverride({}, '/')).toBeNull()
    expect(userDataOverride({ [USER_DATA_ENV]: '  ' }, '/')).toBeNull()
  })
})

describe('startUrl', () => {
  it('loads the bundle unless a trusted dev server is running', () => {
    expect(startUrl(undefined, null)).toBe('app://bundle/index.html')
    expect(startUrl('http://localhost:5173/', null)).toBe('app://bundle/index.html')
    expect(startUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(
      'http://localhost:5173/'
    )
  })
})
