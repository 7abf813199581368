import { build, type Plugin } from 'vite'

export interface CliBundleOptions {
  /** electron/cli/index.ts */
  entry: string
  /** out/cli: outside out/main, so electron-builder never packs the command line into app.asar. */
  outDir: string
  alias: Record<string, string>
}

/**
 * Builds the command line next to the desktop app, as part of `electron-vite build` (hooked on the
 * main build, which electron-vite runs first): one ESM file, `out/cli/index.js`, started by
 * bin/stability-assessor.js.
 *
 * Why a build of its own: main bundles every package it uses (app.asar carries no node_modules),
 * while the command line keeps its packages (commander, exceljs, zod, …) as imports resolved from
 * the checkout's node_modules — a server-side build, which leaves bare imports external. Built
 * inside out/main it would also share chunks with main and put its imports in the directory whose
 * imports the packaging test checks.
 */
export function cliBundlePlugin(options: CliBundleOptions): Plugin {
  return {
    name: 'stability-assessor:cli-bundle',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        resolve: { alias: options.alias },
        build: {
          ssr: options.entry,
          outDir: options.outDir,
          emptyOutDir: true,
          minify: true,
          target: 'node20',
          rolldownOptions: { output: { format: 'es', entryFileNames: 'index.js' } }
        }
      })
    }
  }
}
