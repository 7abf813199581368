// `npm run web`: build the renderer for the browser and serve it on the fixed loopback address.
import { fileURLToPath } from 'node:url'
import { build } from 'vite'
import { serveRenderer } from './serve-renderer.mjs'

await build({
  configFile: fileURLToPath(new URL('../vite.web.config.ts', import.meta.url)),
  logLevel: 'warn'
})
await serveRenderer()
