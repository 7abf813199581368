import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../../..')
const BUILDS = join(ROOT, 'test-results', 'previous-release')

const git = (args: string[]): string =>
  execFileSync('git', args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  }).trim()

/**
 * Builds a previous release from git, once per commit and kind, and returns its folder: `git
 * archive` of the commit, this checkout's node_modules when its package-lock.json is the same
 * (else `npm ci` without the Electron download), then `electron-vite build` (the desktop app's
 * out/main, out/preload, out/renderer) or, for `web`, the browser renderer only (out/renderer).
 */
export function buildPreviousRelease(ref: string, kind: 'desktop' | 'web'): string {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`])
  const folder = join(BUILDS, `${commit}-${kind}`)
  const built = join(folder, 'out', kind === 'desktop' ? 'main/index.js' : 'renderer/index.html')
  if (existsSync(built)) return folder
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${folder}"`], { cwd: ROOT })
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }
  const lock = (dir: string) => readFileSync(join(dir, 'package-lock.json'), 'utf8')
  if (lock(folder) === lock(ROOT))
    symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'))
  else
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: folder, env })
  const build =
    kind === 'desktop'
      ? ['electron-vite', 'build']
      : ['vite', 'build', '--config', 'vite.web.config.ts', '--logLevel', 'error']
  execFileSync('npx', build, { cwd: folder, env, stdio: ['ignore', 'ignore', 'inherit'] })
  if (!existsSync(built)) throw new Error(`the build of ${ref} wrote no ${built}`)
  return folder
}
