import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { builtinBanksPlugin } from './renderer/builtin-banks-plugin'
import { cspMetaPlugin } from './renderer/csp-meta-plugin'
import { localeSplitPlugin } from './renderer/locale-split-plugin'
import { cliBundlePlugin } from './electron/build/cli-bundle-plugin'

const fromRoot = (path: string): string => resolve(import.meta.dirname, path)
const sharedAlias = { '@shared': fromRoot('shared') }

export default defineConfig({
  // Main and preload bundle every package they import (zod, …): app.asar carries no node_modules,
  // and the ESM main never resolves a bare import inside the archive (desktop review F-4/F-15).
  // Only `electron` and Node built-ins stay imports (tests/unit/packaging.test.ts checks).
  main: {
    resolve: { alias: sharedAlias },
    plugins: [
      cliBundlePlugin({
        entry: fromRoot('electron/cli/index.ts'),
        outDir: fromRoot('out/cli'),
        alias: sharedAlias
      })
    ],
    build: {
      minify: true,
      externalizeDeps: false,
      rolldownOptions: { input: { index: fromRoot('electron/main/index.ts') } }
    }
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      minify: true,
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: fromRoot('electron/preload/index.ts') },
        // A CommonJS preload keeps `sandbox: true` possible (an ESM preload needs sandbox off).
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: fromRoot('renderer'),
    resolve: { alias: { ...sharedAlias, '@renderer': fromRoot('renderer/src') } },
    plugins: [react(), cspMetaPlugin(), builtinBanksPlugin(), localeSplitPlugin()],
    build: {
      minify: true,
      rolldownOptions: { input: { index: fromRoot('renderer/index.html') } }
    }
  }
})
