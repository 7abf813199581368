import { promises as fsp } from 'node:fs'
import { extname, isAbsolute, join, relative } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp'
import { APP_HOST, APP_SCHEME } from './url-policy'

/** What an `app://` request maps to: a file inside the bundle, or an HTTP error status. */
export type AppResolution =
  { kind: 'file'; path: string; mimeType: string } | { kind: 'error'; status: 400 | 403 | 404 }

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
}

/** The MIME type for a file name; unknown types are opaque bytes (never sniffed, see nosniff). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

/** Headers sent with every `app://` response, errors included. */
export function appResponseHeaders(mimeType?: string): Record<string, string> {
  return {
    ...(mimeType === undefined ? {} : { 'Content-Type': mimeType }),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY, // eng-disable CSP_GLOBAL_CHECK — the CSP is this header on every app:// response (tested in app-protocol.test.ts); the tool only spots webRequest responseHeaders and meta tags
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer'
  }
}

// Windows device names open devices, not files, whatever the folder ("bundle/NUL.js").
const WINDOWS_DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i

/**
 * Splits a URL path into decoded segments, or null when any segment could escape the bundle or
 * means something other than a plain name: `.`/`..` (also when percent-encoded), an encoded `/` or
 * `\`, a backslash, `:` (drive letters, NTFS streams), NUL or other control characters, an empty
 * segment (`//etc/passwd`), a Windows device name, or bad percent-encoding.
 */
function decodeSegments(pathname: string): string[] | null {
  const raw = pathname.replace(/^\//, '')
  if (raw === '') return []
  const segments: string[] = []
  for (const encoded of raw.split('/')) {
    let segment: string
    try {
      segment = decodeURIComponent(encoded)
    } catch {
      return null
    }
    const unsafe =
      segment === '' ||
      segment === '.' ||
      segment === '..' ||
      WINDOWS_DEVICE_NAME.test(segment) ||
      Array.from(segment).some((char) => char < ' ' || '/\\:\u007f'.includes(char))
    if (unsafe) return null
    segments.push(segment)
  }
  return segments
}

/** The path part of a URL string exactly as written (after the authority, before `?`/`#`). */
const rawPathOf = (requestUrl: string): string => {
  const authorityStart = requestUrl.indexOf('//') + 2
  const pathStart = requestUrl.indexOf('/', authorityStart)
  if (pathStart === -1) return '/'
  return requestUrl.slice(pathStart).split(/[?#]/)[0] ?? '/'
}

const isInside = (root: string, candidate: string): boolean => {
  const rel = relative(root, candidate)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

type FileKind = 'file' | 'directory' | 'missing'

const kindOf = async (path: string): Promise<FileKind> => {
  try {
    const stats = await fsp.stat(path)
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'directory' : 'missing'
  } catch {
    return 'missing'
  }
}

/**
 * Maps an `app://bundle/<path>` URL to a file inside `bundleRoot`, refusing everything else.
 *
 * - another scheme or host → 404;
 * - a path that could leave the bundle (see `decodeSegments`) → 400;
 * - a file that resolves (through symlinks) outside the bundle → 403;
 * - `/` → `index.html`; anything that is not a file of the bundle → 404. There is no fallback to
 *   index.html: the router is hash-based (renderer/src/app/router.tsx), so no path but `/` is a
 *   page, and a fallback would answer Chromium's canonicalised traversal attempts
 *   (`app://bundle/../../etc/passwd` arrives as `app://bundle/etc/passwd`) with 200 (SEC-10).
 *
 * The raw string is checked segment by segment, not only after URL normalization, because the
 * handler must be safe even for URLs Chromium did not canonicalize first.
 */
export async function resolveAppRequest(
  requestUrl: string,
  bundleRoot: string
): Promise<AppResolution> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { kind: 'error', status: 400 }
  }
  const foreign =
    url.protocol !== `${APP_SCHEME}:` ||
    url.host !== APP_HOST ||
    url.username !== '' ||
    url.password !== ''
  if (foreign) return { kind: 'error', status: 404 }
  // The parser already folded `..` and `%2e%2e` away; the raw path is checked too, so a traversal
  // attempt is refused outright instead of being quietly reinterpreted.
  const segments = decodeSegments(url.pathname)
  if (segments === null || decodeSegments(rawPathOf(requestUrl)) === null) {
    return { kind: 'error', status: 400 }
  }

  let root: string
  try {
    // fs.promises is read at call time: inside app.asar Electron patches these functions.
    root = await fsp.realpath(bundleRoot)
  } catch {
    return { kind: 'error', status: 404 }
  }

  const indexFile = join(root, 'index.html')
  const candidate = segments.length === 0 ? indexFile : join(root, ...segments)
  if (!isInside(root, candidate)) return { kind: 'error', status: 400 }

  if ((await kindOf(candidate)) !== 'file') return { kind: 'error', status: 404 }

  let real: string
  try {
    real = await fsp.realpath(candidate)
  } catch {
    return { kind: 'error', status: 404 }
  }
  if (!isInside(root, real)) return { kind: 'error', status: 403 }
  if ((await kindOf(real)) !== 'file') return { kind: 'error', status: 404 }
  return { kind: 'file', path: real, mimeType: mimeTypeFor(real) }
}

/**
 * The `app://` request handler, free of Electron so it can be tested with plain `Request` objects:
 * GET/HEAD only, files resolved by {@link resolveAppRequest}, and the CSP/nosniff headers on every
 * response, errors included.
 */
export function createAppProtocolHandler(
  bundleRoot: string
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response(null, { status: 405, headers: appResponseHeaders() })
    }
    const resolved = await resolveAppRequest(request.url, bundleRoot)
    if (resolved.kind === 'error') {
      return new Response(null, { status: resolved.status, headers: appResponseHeaders() })
    }
    try {
      const body = request.method === 'HEAD' ? null : await fsp.readFile(resolved.path)
      return new Response(body, { status: 200, headers: appResponseHeaders(resolved.mimeType) })
    } catch {
      return new Response(null, { status: 404, headers: appResponseHeaders() })
    }
  }
}
