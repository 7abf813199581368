import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { builtinBanksPlugin } from './renderer/builtin-banks-plugin'
import { cspMetaPlugin } from './renderer/csp-meta-plugin'
import { localeSplitPlugin } from './renderer/locale-split-plugin'

const fromRoot = (path: string): string => resolve(import.meta.dirname, path)
const sharedAlias = { '@shared': fromRoot('shared') }

export default defineConfig({
  main: {
    resolve: { alias: sharedAlias },
    build: {
      minify: true,
      rolldownOptions: {
        input: {
          index: fromRoot('electron/main/index.ts'),
          cli: fromRoot('electron/cli/index.ts')
        }
      }
    }
  },
  preload: {
    resolve: { alias: sharedAlias },
    build: {
      minify: true,
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
