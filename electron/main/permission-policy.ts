import { isAppOrigin } from './url-policy'

/**
 * The only permission the app grants: keeping its own IndexedDB from eviction
 * (`navigator.storage.persist()`, reliability DUR-08). Everything else — camera, microphone,
 * geolocation, notifications, clipboard read, … — is refused (SEC-08). Clipboard writes too
 * (`clipboard-sanitized-write`, desktop review F-18): when the async clipboard is refused, antd's
 * copy buttons fall back to `document.execCommand('copy')` (antd/es/_util/copy.js), which needs no
 * permission; screenshots reach a question by the paste event, which needs none either.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage'])

/** Whether a permission asked for by a page at `requestingUrl` is granted. */
export function isPermissionGranted(
  permission: string,
  requestingUrl: string | undefined
): boolean {
  return (
    GRANTED_PERMISSIONS.has(permission) && requestingUrl !== undefined && isAppOrigin(requestingUrl)
  )
}

/**
 * The decision for a permission *request* (`setPermissionRequestHandler`): judged on the frame that
 * asks (`details.requestingUrl`), not on the window's top-level URL, and only for the main frame —
 * the app has no frames, so a frame asking is never the app (desktop review F-6a).
 */
export function isPermissionRequestGranted(
  permission: string,
  details: { readonly requestingUrl?: string; readonly isMainFrame: boolean }
): boolean {
  return details.isMainFrame && isPermissionGranted(permission, details.requestingUrl)
}
