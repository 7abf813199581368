import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { version } from '../../package.json'
import { findPackageRoot } from './io'

/*
 * The one end-to-end check of the built command line (bin/stability-assessor.js → out/cli/index.js).
 * Everything else runs in-process (commands.test.ts); this only proves the build and the launcher
 * work, so it needs `npx electron-vite build` first and is skipped, saying so, without it — except
 * in CI, where `npm test` builds before the unit tests and a missing build is a failure.
 */

const root = findPackageRoot(import.meta.dirname)
const built = existsSync(join(root, 'out/cli/index.js'))
const reason = built
  ? ''
  : ' (skipped: out/cli/index.js is not built; run `npx electron-vite build` first)'

describe.skipIf(!built && process.env.CI !== 'true')(`built command line${reason}`, () => {
  it('prints help and version through bin/stability-assessor.js', async () => {
    const run = promisify(execFile)
    const help = await run(process.execPath, [join(root, 'bin/stability-assessor.js'), '--help'], {
      cwd: root
    })
    expect(help.stdout).toContain('Usage: stability-assessor')
    for (const command of ['bank', 'sample', 'score', 'report', 'package'])
      expect(help.stdout).toContain(command)
    const v = await run(process.execPath, [join(root, 'bin/stability-assessor.js'), '--version'], {
      cwd: root
    })
    expect(v.stdout.trim()).toBe(`Stability Assessor ${version}`)
  })
})
