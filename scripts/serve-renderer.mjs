// Serves the built renderer (out/renderer) in a plain browser, for `npm run web` and for
// `npm start` on machines without the Electron binary.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { preview } from 'vite'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const INDEX = fileURLToPath(new URL('../out/renderer/index.html', import.meta.url))

// Fixed on purpose: IndexedDB belongs to the origin (scheme + host + port), so a stable address is
// what lets the browser keep the user's data from one run to the next. STABILITY_ASSESSOR_PORT
// runs a second copy beside the first (its data is kept apart, under its own address).
export const WEB_HOST = '127.0.0.1'
export const WEB_PORT = Number(process.env.STABILITY_ASSESSOR_PORT ?? 47321)
export const WEB_URL = `http://${WEB_HOST}:${WEB_PORT}/`

/**
 * Starts `vite preview` of out/renderer (using vite.web.config.ts) on {@link WEB_URL}, loopback
 * only. Resolves once listening; stops on Ctrl+C. Exits with a clear message if the renderer is not
 * built or the port is taken.
 */
export async function serveRenderer() {
  if (!Number.isInteger(WEB_PORT) || WEB_PORT < 1 || WEB_PORT > 65535) {
    console.error(
      `STABILITY_ASSESSOR_PORT must be a port number (1–65535), not "${process.env.STABILITY_ASSESSOR_PORT}"`
    )
    process.exit(1)
  }
  if (!existsSync(INDEX)) {
    console.error('out/renderer/index.html is missing: the renderer did not build.')
    process.exit(1)
  }
  // The browser build's CSP comes from the page's own <meta> tag (there is no app:// header here).
  if (!/http-equiv=["']?Content-Security-Policy/i.test(readFileSync(INDEX, 'utf8'))) {
    console.warn('warning: out/renderer/index.html has no Content-Security-Policy <meta> tag')
  }
  let server
  try {
    server = await preview({
      root: ROOT,
      configFile: fileURLToPath(new URL('../vite.web.config.ts', import.meta.url)),
      // 'error': Vite's advice on the config loader is for engineers, not for someone starting the app.
      logLevel: 'error',
      preview: { host: WEB_HOST, port: WEB_PORT, strictPort: true, open: false }
    })
  } catch (error) {
    const inUse = error instanceof Error && /already in use|EADDRINUSE/i.test(error.message)
    console.error(
      inUse
        ? `Port ${WEB_PORT} is in use: is another "npm start" or "npm run web" still running?`
        : `Could not serve out/renderer: ${error instanceof Error ? error.message : String(error)}`
    )
    process.exit(1)
  }
  console.log(`Stability Assessor is at ${WEB_URL} — open it in your browser (Ctrl+C to stop)`)
  const stop = () => void server.close().finally(() => process.exit(0))
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}
