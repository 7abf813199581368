import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { builtinBanksPlugin } from './renderer/builtin-banks-plugin'
import { cspMetaPlugin } from './renderer/csp-meta-plugin'
import { localeSplitPlugin } from './renderer/locale-split-plugin'

const fromRoot = (path: string): string => resolve(import.meta.dirname, path)

/** The renderer alone, served in a plain browser (no Electron): `npm run web:dev`. */
export default defineConfig({
  root: fromRoot('renderer'),
  base: './',
  resolve: {
    alias: { '@shared': fromRoot('shared'), '@renderer': fromRoot('renderer/src') }
  },
  plugins: [react(), cspMetaPlugin(), builtinBanksPlugin(), localeSplitPlugin()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // RENDERER_OUT_DIR lets parallel local test runs build into separate folders; CI uses the default.
  build: {
    outDir: fromRoot(process.env.RENDERER_OUT_DIR ?? 'out/renderer'),
    emptyOutDir: true,
    minify: true
  }
})
