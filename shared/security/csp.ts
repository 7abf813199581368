/**
 * The one Content-Security-Policy of the app, shared by the Electron `app://` protocol (sent as an
 * HTTP header) and the browser build (a `<meta>` tag in renderer/index.html).
 *
 * Why `style-src` carries 'unsafe-inline': antd 6 styles components with CSS-in-JS, which injects
 * `<style>` elements at run time; without it every antd component logs CSP violations and renders
 * unstyled (measured, see shared/engineering/environment.md, antd row). Scripts stay 'self' only,
 * so an injected `<script>` or `eval` still fails.
 *
 * Why `data:`/`blob:` where they appear: images and fonts inlined by Vite are `data:` URLs; exceljs
 * exports are built as `blob:` URLs; `connect-src blob:` lets the page `fetch` its own blobs.
 * Deliberately absent (desktop review F-6d): `data:` in connect-src (nothing fetches a data: URL)
 * and `blob:` in worker-src (workers are bundle files, `new Worker(new URL(…, import.meta.url))`).
 */
const directives: ReadonlyArray<readonly [name: string, sources: string]> = [
  ['default-src', "'none'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self' blob:"],
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"]
]

/** Directives a `<meta>` CSP ignores (and logs a console error for), per the CSP spec. */
const headerOnlyDirectives = new Set(['frame-ancestors'])

const serialize = (list: typeof directives): string =>
  list.map(([name, sources]) => `${name} ${sources}`).join('; ')

/** The policy sent as the `Content-Security-Policy` header on every `app://` response. */
export const CONTENT_SECURITY_POLICY = serialize(directives)

/**
 * The same policy for a `<meta http-equiv="Content-Security-Policy">` tag: identical except for
 * the header-only directives, which a meta tag cannot carry.
 */
export const CONTENT_SECURITY_POLICY_META = serialize(
  directives.filter(([name]) => !headerOnlyDirectives.has(name))
)
