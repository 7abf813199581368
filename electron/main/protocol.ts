import { protocol } from 'electron'
import { createAppProtocolHandler } from './app-protocol'
import { APP_SCHEME } from './url-policy'

/**
 * Declares `app:` a privileged scheme. Must run before `ready`.
 * - standard: relative URLs resolve, and web storage (IndexedDB) works — it is off otherwise;
 * - secure: the origin counts as a secure context, like https;
 * - supportFetchAPI / corsEnabled: the page can `fetch` its own files (e.g. bundled JSON);
 * - codeCache: V8 caches compiled bundle code between starts.
 * Deliberately not granted: bypassCSP, allowServiceWorkers, stream, allowExtensions.
 */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true
      }
    }
  ])
}

/** Serves the built renderer (`bundleRoot`) on `app://bundle/`. Call after `ready`. */
export function registerAppProtocol(bundleRoot: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(bundleRoot))
}
