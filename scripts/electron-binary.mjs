// Is the Electron binary installed? Answered WITHOUT importing the `electron` package: importing it
// in plain Node tries to download the binary (node_modules/electron/index.js), which fails offline.
// The lookup mirrors that index.js: path.txt names the executable inside dist/, and
// ELECTRON_OVERRIDE_DIST_PATH (a local Electron build) takes precedence.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** The one-line notice printed when the binary is missing (npm start, npm run test:electron). */
export const MISSING_ELECTRON_HINT = 'set ELECTRON_MIRROR and run "npx install-electron" to get it'

/**
 * @returns {{ present: true, executablePath: string, distDir: string } | { present: false, reason: string }}
 */
export function electronBinaryStatus() {
  let packageDir
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return { present: false, reason: 'the electron package is not installed (npm install)' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const executablePath = join(override, relative || 'electron')
    return existsSync(executablePath)
      ? { present: true, executablePath, distDir: override }
      : { present: false, reason: `ELECTRON_OVERRIDE_DIST_PATH has no ${relative || 'electron'}` }
  }
  if (relative === '') {
    return { present: false, reason: 'node_modules/electron/dist missing' }
  }
  const executablePath = join(packageDir, 'dist', relative)
  return existsSync(executablePath)
    ? { present: true, executablePath, distDir: join(packageDir, 'dist') }
    : { present: false, reason: `node_modules/electron/dist/${relative} missing` }
}
