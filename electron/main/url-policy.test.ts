import { describe, expect, it, vi } from 'vitest'
import {
  APP_ORIGIN,
  createTrustedOriginCheck,
  devServerOriginFrom,
  EXTERNAL_HOSTS,
  isAllowedExternalUrl,
  isAppOrigin,
  isBlockedRequestUrl,
  openExternalIfAllowed,
  originOf
} from './url-policy'

const HOSTS = ['www.sac.net.cn']

describe('isAllowedExternalUrl (SEC-07)', () => {
  it.each([
    'https://www.sac.net.cn/',
    'https://www.sac.net.cn/index.html?x=1#top',
    'HTTPS://WWW.SAC.NET.CN/path'
  ])('accepts an https URL on the allowlist: %s', (url) => {
    expect(isAllowedExternalUrl(url, HOSTS)).toBe(true)
  })

  it.each([
    ['file:', 'file:///C:/Windows/System32/calc.exe'],
    ['file: UNC', 'file://server/share/evil.exe'],
    ['smb:', 'smb://www.sac.net.cn/share'],
    ['javascript:', 'javascript:alert(1)'],
    ['ms-msdt:', 'ms-msdt:/id PCWDiagnostic /skip force'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['http:', 'http://www.sac.net.cn/'],
    ['ftp:', 'ftp://www.sac.net.cn/'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['unlisted host', 'https://evil.example/'],
    ['look-alike suffix', 'https://www.sac.net.cn.evil.example/'],
    ['look-alike prefix', 'https://evilwww.sac.net.cn/'],
    ['subdomain of a listed host', 'https://x.www.sac.net.cn/'],
    ['userinfo pointing elsewhere', 'https://www.sac.net.cn@evil.example/'],
    ['userinfo on the listed host', 'https://user:pw@www.sac.net.cn/'],
    ['explicit port', 'https://www.sac.net.cn:8443/'],
    ['backslash trick', 'https://www.sac.net.cn\\@evil.example/'],
    ['embedded newline', 'https://www.sac.net.cn/\n'],
    ['leading space', ' https://www.sac.net.cn/'],
    ['trailing-dot host', 'https://www.sac.net.cn./'],
    ['not a URL', 'www.sac.net.cn'],
    ['empty', '']
  ])('refuses %s', (_case, url) => {
    expect(isAllowedExternalUrl(url, HOSTS)).toBe(false)
  })

  it('refuses everything when the allowlist is empty', () => {
    expect(isAllowedExternalUrl('https://www.sac.net.cn/', [])).toBe(false)
  })

  it('ships with only the regulator site on the allowlist', () => {
    expect(EXTERNAL_HOSTS).toEqual(['www.sac.net.cn'])
  })
})

describe('openExternalIfAllowed', () => {
  it('opens an allowed URL, handing over the re-serialized form', async () => {
    const open = vi.fn(async (_url: string) => undefined)
    await expect(openExternalIfAllowed('https://WWW.sac.net.cn', open, HOSTS)).resolves.toBe(true)
    expect(open).toHaveBeenCalledExactlyOnceWith('https://www.sac.net.cn/')
  })

  it('never calls the opener for a refused URL', async () => {
    const open = vi.fn(async (_url: string) => undefined)
    await expect(openExternalIfAllowed('file:///etc/passwd', open, HOSTS)).resolves.toBe(false)
    await expect(openExternalIfAllowed('https://evil.example/', open, HOSTS)).resolves.toBe(false)
    expect(open).not.toHaveBeenCalled()
  })
})

describe('isBlockedRequestUrl (SEC-09)', () => {
  it.each([
    'http://127.0.0.1/',
    'https://127.0.0.1:9/',
    'ws://localhost:1234/',
    'wss://example.com/socket',
    'ftp://example.com/file',
    'file:///etc/passwd',
    'smb://host/share',
    'chrome://settings',
    'not a url'
  ])('cancels %s', (url) => {
    expect(isBlockedRequestUrl(url)).toBe(true)
  })

  it.each([
    'app://bundle/index.html',
    'data:image/png;base64,AAAA',
    'blob:app://bundle/1234-5678',
    'about:blank',
    'devtools://devtools/bundled/inspector.html'
  ])('lets through the offline scheme of %s', (url) => {
    expect(isBlockedRequestUrl(url)).toBe(false)
  })

  it('lets through the dev server (and its hot-reload socket) only when one is configured', () => {
    const dev = 'http://localhost:5173'
    expect(isBlockedRequestUrl('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(isBlockedRequestUrl('ws://localhost:5173/')).toBe(true)
    expect(isBlockedRequestUrl('http://localhost:5173/src/main.tsx', dev)).toBe(false)
    expect(isBlockedRequestUrl('ws://localhost:5173/?token=x', dev)).toBe(false)
    expect(isBlockedRequestUrl('wss://localhost:5173/', dev)).toBe(true)
    expect(isBlockedRequestUrl('https://localhost:5173/', dev)).toBe(true)
    expect(isBlockedRequestUrl('http://localhost:5174/', dev)).toBe(true)
    expect(isBlockedRequestUrl('ws://localhost:5174/', dev)).toBe(true)
    expect(isBlockedRequestUrl('https://example.com/', dev)).toBe(true)
  })
})

describe('origins', () => {
  it('recognizes the app origin and nothing that merely resembles it', () => {
    expect(APP_ORIGIN).toBe('app://bundle')
    expect(isAppOrigin('app://bundle/index.html')).toBe(true)
    expect(isAppOrigin('app://bundle')).toBe(true)
    expect(isAppOrigin('app://bundle.evil/index.html')).toBe(false)
    expect(isAppOrigin('app://other/index.html')).toBe(false)
    expect(isAppOrigin('https://bundle/')).toBe(false)
    expect(isAppOrigin('file:///app/bundle/index.html')).toBe(false)
    expect(isAppOrigin('about:blank')).toBe(false)
    expect(isAppOrigin('garbage')).toBe(false)
  })

  it('derives origins with ports and without paths', () => {
    expect(originOf('http://localhost:5173/a/b?c')).toBe('http://localhost:5173')
    expect(originOf('about:blank')).toBeNull()
  })

  it('trusts the app origin always and the dev server only when given', () => {
    const production = createTrustedOriginCheck(null)
    expect(production('app://bundle/index.html')).toBe(true)
    expect(production('http://localhost:5173/')).toBe(false)
    expect(production('https://evil.example/')).toBe(false)
    const dev = createTrustedOriginCheck('http://localhost:5173')
    expect(dev('http://localhost:5173/')).toBe(true)
    expect(dev('http://localhost:5173.evil.example/')).toBe(false)
  })
})

describe('devServerOriginFrom', () => {
  it('honours a loopback http dev server in an unpackaged app', () => {
    expect(devServerOriginFrom('http://localhost:5173/', false)).toBe('http://localhost:5173')
    expect(devServerOriginFrom('http://127.0.0.1:5173', false)).toBe('http://127.0.0.1:5173')
    expect(devServerOriginFrom('http://[::1]:5173', false)).toBe('http://[::1]:5173')
  })

  it('ignores the variable in a packaged app, and for remote or odd URLs', () => {
    expect(devServerOriginFrom('http://localhost:5173/', true)).toBeNull()
    expect(devServerOriginFrom('https://evil.example/', false)).toBeNull()
    expect(devServerOriginFrom('http://192.168.1.5:5173/', false)).toBeNull()
    expect(devServerOriginFrom('file:///index.html', false)).toBeNull()
    expect(devServerOriginFrom('', false)).toBeNull()
    expect(devServerOriginFrom(undefined, false)).toBeNull()
  })
})
