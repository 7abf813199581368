// Runs a dev tool's CLI with the current Node, without a shell, so it behaves the same on Windows.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)

/**
 * The script file of an installed package's `bin`, to run with `process.execPath`.
 * @param {string} packageName e.g. 'electron-vite'
 * @returns {string}
 */
export function packageBinPath(packageName) {
  const manifestPath = require.resolve(`${packageName}/package.json`)
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[packageName]
  return join(dirname(manifestPath), bin)
}

/**
 * Runs the `bin` of an installed package and returns its exit status (output is inherited).
 * @param {string} packageName e.g. 'electron-vite'
 * @param {string[]} args
 * @returns {number}
 */
export function runPackageBin(packageName, args) {
  const result = spawnSync(process.execPath, [packageBinPath(packageName), ...args], {
    stdio: 'inherit'
  })
  if (result.error) throw result.error
  return result.status ?? 1
}
