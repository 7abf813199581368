import { app, shell } from 'electron'
import type { Session, WebContents } from 'electron'
import { createTrustedOriginCheck, isBlockedRequestUrl, openExternalIfAllowed } from './url-policy'
import { isPermissionGranted, isPermissionRequestGranted } from './permission-policy'

/**
 * Hands a URL to the user's browser if, and only if, it is an allow-listed https link.
 * The single place that calls `shell.openExternal`; everything else goes through here.
 */
export function openExternalSafely(url: string): Promise<boolean> {
  return openExternalIfAllowed(
    url,
    (checked) => shell.openExternal(checked) // eng-disable OPEN_EXTERNAL_JS_CHECK — only called by openExternalIfAllowed, after isAllowedExternalUrl accepted the URL (https, EXTERNAL_HOSTS only)
  )
}

const logRefusal = (what: string, url: string): void => {
  console.warn(`[security] refused ${what}: ${url.slice(0, 200)}`)
}

/** For links the page tried to open itself: nothing to report back to, so failures are logged. */
const offerToBrowser = (url: string): void => {
  openExternalSafely(url).catch((error: unknown) =>
    console.warn('[security] openExternal failed', error)
  )
}

/**
 * Locks down one webContents: no navigation away from the app, no redirects out of it, no
 * `<webview>`, and no new windows (links to allow-listed https hosts open in the user's browser).
 */
function guardWebContents(contents: WebContents, isTrusted: (url: string) => boolean): void {
  contents.on('will-navigate', (event) => {
    if (isTrusted(event.url)) return
    event.preventDefault()
    logRefusal('navigation', event.url)
    offerToBrowser(event.url)
  })
  contents.on('will-redirect', (event) => {
    if (isTrusted(event.url)) return
    event.preventDefault()
    logRefusal('redirect', event.url)
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    logRefusal('webview', contents.getURL())
  })
  contents.setWindowOpenHandler(({ url }) => {
    offerToBrowser(url)
    return { action: 'deny' }
  })
}

/**
 * Installs the process-wide guards. Call once, before `ready`, so that no webContents is ever
 * created without them.
 */
export function installWebContentsGuards(devServerOrigin: string | null): void {
  const isTrusted = createTrustedOriginCheck(devServerOrigin)
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, isTrusted))
}

/**
 * Hardens a session: every permission request and check is denied but persistent storage for the
 * app itself (the app needs no camera, location, notifications or clipboard reads), device pickers
 * get nothing, every request that would leave the machine is cancelled, so the app is offline by
 * construction, and the spell checker is off (it would fetch Hunspell dictionaries on Windows and
 * Linux; assessment text is not checked against a dictionary).
 */
export function hardenSession(session: Session, devServerOrigin: string | null): void {
  session.setSpellCheckerEnabled(false)
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionRequestGranted(permission, details))
  )
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin)
  )
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = isBlockedRequestUrl(details.url, devServerOrigin)
    if (cancel) logRefusal('request', details.url)
    callback({ cancel })
  })
}
