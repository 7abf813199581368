import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp'
import { createAppProtocolHandler, mimeTypeFor, resolveAppRequest } from './app-protocol'

// Layout: <tmp>/bundle is the bundle root; <tmp>/secret.txt and <tmp>/outside/ lie beside it.
let tmp: string
let bundle: string

beforeAll(async () => {
  tmp = await realpath(await mkdtemp(join(tmpdir(), 'app-protocol-')))
  bundle = join(tmp, 'bundle')
  await mkdir(join(bundle, 'assets'), { recursive: true })
  await mkdir(join(tmp, 'outside'))
  await writeFile(join(bundle, 'index.html'), '<!doctype html><title>app</title>')
  await writeFile(join(bundle, 'assets', 'main.js'), 'console.log(1)')
  await writeFile(join(bundle, 'assets', 'main.css'), 'body{}')
  await writeFile(join(bundle, 'assets', 'a b.svg'), '<svg/>')
  await writeFile(join(tmp, 'secret.txt'), 'root:x:0:0')
  await writeFile(join(tmp, 'outside', 'page.js'), 'stolen()')
  await symlink(join(tmp, 'secret.txt'), join(bundle, 'assets', 'leak.js'))
  await symlink(join(tmp, 'outside'), join(bundle, 'linked-dir'), 'dir')
  await symlink(join(bundle, 'assets', 'main.css'), join(bundle, 'assets', 'alias.css'))
})

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true })
})

const resolve = (url: string) => resolveAppRequest(url, bundle)

describe('resolveAppRequest: files inside the bundle', () => {
  it('serves a file with its MIME type', async () => {
    await expect(resolve('app://bundle/assets/main.js')).resolves.toEqual({
      kind: 'file',
      path: join(bundle, 'assets', 'main.js'),
      mimeType: 'text/javascript; charset=utf-8'
    })
  })

  it('serves index.html for the root, ignoring query and hash', async () => {
    for (const url of ['app://bundle', 'app://bundle/', 'app://bundle/?x=1#y']) {
      await expect(resolve(url)).resolves.toMatchObject({
        kind: 'file',
        path: join(bundle, 'index.html')
      })
    }
  })

  it('decodes ordinary percent-encoding in names', async () => {
    await expect(resolve('app://bundle/assets/a%20b.svg')).resolves.toMatchObject({
      path: join(bundle, 'assets', 'a b.svg'),
      mimeType: 'image/svg+xml'
    })
  })

  it('answers 404 for anything that is not a file: no index.html fallback (hash router)', async () => {
    for (const url of [
      'app://bundle/assessments/42',
      'app://bundle/assets',
      'app://bundle/assets/missing.js',
      'app://bundle/etc/passwd'
    ]) {
      await expect(resolve(url), url).resolves.toEqual({ kind: 'error', status: 404 })
    }
  })

  it('follows a symlink that stays inside the bundle', async () => {
    await expect(resolve('app://bundle/assets/alias.css')).resolves.toMatchObject({
      kind: 'file',
      path: join(bundle, 'assets', 'main.css')
    })
  })
})

describe('resolveAppRequest: refusals (SEC-10)', () => {
  it.each([
    ['plain ..', 'app://bundle/../../etc/passwd'],
    ['.. after a folder', 'app://bundle/assets/../../secret.txt'],
    ['%2e%2e%2f', 'app://bundle/%2e%2e%2fsecret.txt'],
    ['%2e%2e/', 'app://bundle/%2e%2e/secret.txt'],
    ['%2E%2E/ upper case', 'app://bundle/assets/%2E%2E/%2E%2E/secret.txt'],
    ['..%2f', 'app://bundle/..%2fsecret.txt'],
    ['..%2F nested', 'app://bundle/assets/..%2F..%2Fsecret.txt'],
    ['%5c..%5c', 'app://bundle/%5c..%5csecret.txt'],
    ['..%5c', 'app://bundle/assets/..%5c..%5csecret.txt'],
    ['raw backslashes', 'app://bundle/assets\\..\\..\\secret.txt'],
    ['absolute path (empty segment)', 'app://bundle//etc/passwd'],
    ['encoded absolute path', 'app://bundle/%2fetc%2fpasswd'],
    ['Windows drive', 'app://bundle/C:/Windows/win.ini'],
    ['encoded Windows drive', 'app://bundle/C%3A%5CWindows%5Cwin.ini'],
    ['NTFS stream', 'app://bundle/index.html::$DATA'],
    ['NUL byte', 'app://bundle/index.html%00.js'],
    ['control character', 'app://bundle/a%0Ab.js'],
    ['malformed escape', 'app://bundle/%zz.js'],
    ['Windows device name', 'app://bundle/assets/NUL.js'],
    ['single dot', 'app://bundle/./index.html']
  ])('%s → 400', async (_case, url) => {
    await expect(resolve(url)).resolves.toEqual({ kind: 'error', status: 400 })
  })

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://bundle.evil/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['https', 'https://bundle/index.html'],
    ['userinfo', 'app://user@bundle/index.html']
  ])('%s → 404', async (_case, url) => {
    await expect(resolve(url)).resolves.toMatchObject({ kind: 'error', status: 404 })
  })

  /**
   * What the handler really receives: Chromium canonicalises a URL of a standard scheme (app: is
   * registered `standard`) like an http one before the handler runs — `..` and `%2e%2e` segments
   * are folded away and `\` becomes `/`. WHATWG's parser does the same for http, so each attack is
   * parsed as http and handed over with the app scheme back in place.
   */
  const asChromiumDelivers = (url: string): string =>
    new URL(url.replace(/^app:/, 'http:')).href.replace(/^http:/, 'app:')

  it.each([
    ['app://bundle/../../etc/passwd', 'app://bundle/etc/passwd'],
    ['app://bundle/assets/../../secret.txt', 'app://bundle/secret.txt'],
    ['app://bundle/%2e%2e/%2e%2e/secret.txt', 'app://bundle/secret.txt'],
    ['app://bundle/assets/%2E%2E/%2E%2E/secret.txt', 'app://bundle/secret.txt'],
    ['app://bundle/assets\\..\\..\\secret.txt', 'app://bundle/secret.txt'],
    ['app://bundle/..%2f..%2fsecret.txt', 'app://bundle/..%2f..%2fsecret.txt'],
    ['app://bundle/%5c..%5csecret.txt', 'app://bundle/%5c..%5csecret.txt'],
    ['app://bundle/..%2fmain%2findex.js', 'app://bundle/..%2fmain%2findex.js']
  ])('after canonicalisation %s → %s is refused', async (attack, delivered) => {
    expect(asChromiumDelivers(attack)).toBe(delivered)
    const result = await resolve(delivered)
    expect(result.kind).toBe('error')
    expect([400, 404]).toContain((result as { status: number }).status)
  })

  it('decodes only once: a double-encoded traversal names a literal (missing) file inside', async () => {
    await expect(resolve('app://bundle/%252e%252e%252fsecret.txt')).resolves.toEqual({
      kind: 'error',
      status: 404
    })
  })

  it('refuses a symlinked file that points outside the bundle (403)', async () => {
    await expect(resolve('app://bundle/assets/leak.js')).resolves.toEqual({
      kind: 'error',
      status: 403
    })
  })

  it('refuses a file reached through a symlinked folder outside the bundle (403)', async () => {
    await expect(resolve('app://bundle/linked-dir/page.js')).resolves.toEqual({
      kind: 'error',
      status: 403
    })
  })

  it('answers 404 when the bundle root does not exist', async () => {
    await expect(
      resolveAppRequest('app://bundle/index.html', join(tmp, 'no-such-dir'))
    ).resolves.toEqual({ kind: 'error', status: 404 })
  })
})

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['favicon.ico', 'image/x-icon'],
    ['a.exe', 'application/octet-stream']
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type)
  })
})

describe('createAppProtocolHandler', () => {
  const handle = (url: string, method = 'GET') =>
    createAppProtocolHandler(bundle)(new Request(url, { method }))

  it('serves the file with the CSP, nosniff and its content type', async () => {
    const response = await handle('app://bundle/assets/main.js')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('console.log(1)')
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers errors with the same security headers and no file contents', async () => {
    const response = await handle('app://bundle/assets/leak.js')
    expect(response.status).toBe(403)
    expect(await response.text()).toBe('')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handle('app://bundle/index.html', 'HEAD')
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
    expect((await handle('app://bundle/index.html', 'POST')).status).toBe(405)
  })
})
