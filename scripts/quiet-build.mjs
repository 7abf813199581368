// `npm start` and `npm run web` build in one line ("Building… built in 9.8 s"): the bundler's file
// list and its chunk-size advice are for engineers (`npx electron-vite build` shows them), not for
// someone starting the app. A failed build shows everything the bundler said.
import { spawn } from 'node:child_process'

/** "9.8 s" — one decimal, the way people read a build time. */
export function formatSeconds(milliseconds) {
  return `${(milliseconds / 1000).toFixed(1)} s`
}

/** Runs a command with its output (stdout and stderr, interleaved) held back. */
function runHoldingOutput(command, args) {
  return new Promise((resolve) => {
    const chunks = []
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    child.stdout.on('data', (chunk) => chunks.push(chunk))
    child.stderr.on('data', (chunk) => chunks.push(chunk))
    child.on('error', (error) => resolve({ status: 1, output: `${error.message}\n` }))
    child.on('close', (code, signal) =>
      resolve({
        status: code ?? 1,
        output: Buffer.concat(chunks).toString('utf8') + (signal ? `(stopped by ${signal})\n` : '')
      })
    )
  })
}

/**
 * Runs a build command quietly: prints "Building…" and, on success, " built in N s" on the same
 * line; on failure the bundler's whole output goes to stderr. Resolves to the exit status.
 * @param {string} command
 * @param {string[]} args
 * @param {{ out?: NodeJS.WritableStream, err?: NodeJS.WritableStream, now?: () => number }} [io]
 * @returns {Promise<number>}
 */
export async function quietBuild(command, args, io = {}) {
  const { out = process.stdout, err = process.stderr, now = Date.now } = io
  const started = now()
  out.write('Building…')
  const { status, output } = await runHoldingOutput(command, args)
  if (status === 0) {
    out.write(` built in ${formatSeconds(now() - started)}\n`)
    return 0
  }
  out.write(` the build failed (exit ${status}):\n`)
  err.write(output)
  return status
}
