import type { Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY_META } from '../shared/security/csp'

/**
 * Puts the app's CSP into the built index.html as the first `<head>` element, so it covers every
 * script. Build only: the dev server needs an inline script for hot reload, which the policy
 * (rightly) forbids. The policy text itself lives in shared/security/csp.ts, shared with the
 * `app://` protocol's header.
 */
export function cspMetaPlugin(): Plugin {
  return {
    name: 'stability-assessor:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend'
      }
    ]
  }
}
