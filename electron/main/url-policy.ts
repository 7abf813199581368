/**
 * URL decisions for the main process, kept pure (no Electron import) so each rule is unit-tested.
 * Every check parses with the WHATWG URL parser and compares parsed parts, never string prefixes:
 * `startsWith('https://allowed.com')` would also accept `https://allowed.com.evil.example`.
 */

/** The privileged scheme the UI is served from. */
export const APP_SCHEME = 'app'
/** The single host of that scheme; together they form the app's stable origin. */
export const APP_HOST = 'bundle'
/**
 * The app's origin. It is part of the identity of the renderer's IndexedDB, so it must never
 * change once users have data (see reliability.md: electron#37702, insomnia#9002).
 */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page the window loads in production. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * Hosts whose `https:` pages may be opened in the user's browser. Only the regulator's public site
 * for now (the standard the assessment follows is published there).
 */
export const EXTERNAL_HOSTS: readonly string[] = ['www.sac.net.cn']

/** Schemes the renderer may load without touching the network. Everything else is cancelled. */
const OFFLINE_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'about:', 'devtools:'])

const parse = (url: string): URL | null => {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * The origin of a URL (`scheme://host[:port]`), or null when the URL does not parse or has no
 * hierarchical origin. Custom schemes report `"null"` from `URL.origin`, so it is rebuilt here.
 */
export function originOf(url: string): string | null {
  const parsed = parse(url)
  if (parsed === null || parsed.host === '') return null
  return `${parsed.protocol}//${parsed.host}`
}

/** True when `url` belongs to the app's own origin, `app://bundle`. */
export function isAppOrigin(url: string): boolean {
  return originOf(url) === APP_ORIGIN
}

/**
 * The URL parser silently drops tabs and newlines and reads `\` as `/` in https URLs; a link that
 * relies on that is refused rather than normalized into something that looks allowed.
 */
const hasInvisibleOrBackslash = (url: string): boolean =>
  url.trim() !== url ||
  Array.from(url).some((char) => {
    const code = char.charCodeAt(0)
    return code < 0x20 || code === 0x7f || char === '\\'
  })

/**
 * True when `url` may be handed to the operating system's browser: `https:` only, host exactly on
 * `allowedHosts`, default port, and no userinfo (`https://allowed.com@evil.example` has host
 * `evil.example`, and `https://user@allowed.com` hides the intent of the link, so both are refused).
 */
export function isAllowedExternalUrl(url: string, allowedHosts: readonly string[]): boolean {
  if (hasInvisibleOrBackslash(url)) return false
  const parsed = parse(url)
  if (parsed === null) return false
  if (parsed.protocol !== 'https:') return false
  if (parsed.username !== '' || parsed.password !== '') return false
  if (parsed.port !== '') return false
  return allowedHosts.includes(parsed.hostname.toLowerCase())
}

/**
 * Opens `url` with `openExternal` only when {@link isAllowedExternalUrl} accepts it. This is the one
 * path by which a URL leaves the app; the caller injects `shell.openExternal`.
 * @returns whether the URL was handed over
 */
export async function openExternalIfAllowed(
  url: string,
  openExternal: (url: string) => Promise<void>,
  allowedHosts: readonly string[] = EXTERNAL_HOSTS
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowedHosts)) return false
  // Hand over the re-serialized URL, not the raw input, so what was checked is what is opened.
  await openExternal(new URL(url).href)
  return true
}

/**
 * True when the session must cancel a request to `url`: the app is offline by construction, so only
 * `app:`, `data:`, `blob:`, `about:` and `devtools:` pass, plus, when a dev server origin is given
 * (unpackaged `npm run dev` only), that server's http requests and its hot-reload websocket on the
 * same host and port. http, https, ws, wss, ftp, file and anything unknown are cancelled.
 */
export function isBlockedRequestUrl(url: string, devServerOrigin: string | null = null): boolean {
  const parsed = parse(url)
  if (parsed === null) return true
  if (OFFLINE_SCHEMES.has(parsed.protocol)) return false
  if (devServerOrigin !== null) {
    const dev = parse(devServerOrigin)
    const sameServer = dev !== null && parsed.host === dev.host
    if (sameServer && (parsed.protocol === dev.protocol || parsed.protocol === 'ws:')) return false
  }
  return true
}

/**
 * Builds the predicate that says whether a frame URL is one of ours: the app origin, or the dev
 * server's origin when one is given.
 */
export function createTrustedOriginCheck(devServerOrigin: string | null): (url: string) => boolean {
  return (url) => {
    const origin = originOf(url)
    return origin === APP_ORIGIN || (devServerOrigin !== null && origin === devServerOrigin)
  }
}

/**
 * The dev server origin to trust, or null. Only an unpackaged app honours `ELECTRON_RENDERER_URL`,
 * and only a loopback `http:` address, so a stray variable on a user's machine cannot point the app
 * at a remote page.
 */
export function devServerOriginFrom(
  rendererUrl: string | undefined,
  isPackaged: boolean
): string | null {
  if (isPackaged || rendererUrl === undefined || rendererUrl === '') return null
  const parsed = parse(rendererUrl)
  if (parsed === null || parsed.protocol !== 'http:') return null
  if (!['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) return null
  return originOf(rendererUrl)
}
