// npm run bench: runs every bench/*.bench.ts, one after another, each in its own `npx tsx`
// process (so one benchmark's JIT warm-up and garbage never colour the next), and passes their
// output through. Benchmarks print ratios against a baseline measured in the same run, because
// absolute times differ between machines. Exit status: non-zero if any benchmark failed.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, 'bench')
const only = process.argv.slice(2)

const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort()

if (files.length === 0) {
  console.log('bench: no bench/*.bench.ts files matched')
  process.exit(0)
}

const failed = []
for (const name of files) {
  const file = join(benchDir, name)
  console.log(`\n▶ ${relative(root, file)}`)
  const started = Date.now()
  // tsconfig.base.json holds the @shared/@renderer path aliases that bench pages import (through
  // the e2e page objects and the locale files); the root tsconfig.json only lists projects.
  const run = spawnSync('npx', ['--no-install', 'tsx', '--tsconfig', 'tsconfig.base.json', file], {
    cwd: root,
    stdio: 'inherit',
    // npx is npx.cmd on Windows, which only a shell can start.
    shell: process.platform === 'win32'
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (run.status !== 0) {
    failed.push(name)
    console.log(
      `✗ ${name} failed (${run.error?.message ?? `exit ${run.status}`}) after ${seconds} s`
    )
  } else console.log(`✓ ${name} (${seconds} s)`)
}

if (failed.length > 0) {
  console.log(`\nbench: ${failed.length} of ${files.length} failed: ${failed.join(', ')}`)
  process.exit(1)
}
console.log(`\nbench: ${files.length} benchmark file(s) done`)
