#!/usr/bin/env node
// Launcher for the command line. The CLI itself is TypeScript built to out/cli/index.js by
// `electron-vite build`; this file only checks that the build exists and hands over.
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const cliUrl = new URL('../out/cli/index.js', import.meta.url)

if (!existsSync(fileURLToPath(cliUrl))) {
  console.error(
    'stability-assessor: the command line is not built yet (out/cli/index.js is missing). Run "npm run build" first.'
  )
  process.exit(1)
}

await import(cliUrl.href)
