import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'

/*
 * DUR-11 (desktop review F-14): a user-data profile written by the previous release must open in
 * this one with every assessment. The previous release is built from git, so the test needs no
 * binary fixture in the repository; the Electron binary that runs both builds is this machine's.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const BUILDS = join(ROOT, 'test-results', 'electron', 'previous-release')

const git = (args: string[]): string =>
  execFileSync('git', args, {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore']
  }).trim()

/**
 * The release before this build: `PREVIOUS_RELEASE_REF` when set (a tag or commit), else the
 * newest `v*` tag reachable from HEAD that does not point at HEAD itself; undefined when there is
 * none (no release has been tagged yet, or a shallow clone without tags).
 */
export function previousReleaseRef(): string | undefined {
  const fromEnvironment = process.env.PREVIOUS_RELEASE_REF?.trim()
  if (fromEnvironment) return fromEnvironment
  try {
    const head = git(['rev-parse', 'HEAD'])
    const tags = git(['tag', '--merged', 'HEAD', '--sort=-v:refname', '--list', 'v*'])
      .split('\n')
      .filter((tag) => tag !== '')
    return tags.find((tag) => git(['rev-list', '-n', '1', tag]) !== head)
  } catch {
    return undefined
  }
}

/** Why the DUR-11 test cannot run here, or '' when it can. */
export const NO_PREVIOUS_RELEASE =
  'DUR-11: no previous release to open (no v* tag before HEAD); set PREVIOUS_RELEASE_REF=<tag or commit>'

/**
 * Builds the previous release's main, preload and renderer (`git archive` of the ref, `npm ci`
 * without the Electron download, `electron-vite build`) once per ref, and returns its main entry.
 */
export function buildPreviousRelease(ref: string): string {
  const commit = git(['rev-parse', '--verify', `${ref}^{commit}`])
  const folder = join(BUILDS, commit)
  const mainJs = join(folder, 'out', 'main', 'index.js')
  if (existsSync(mainJs)) return mainJs
  rmSync(folder, { recursive: true, force: true })
  mkdirSync(folder, { recursive: true })
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${folder}"`], { cwd: ROOT })
  const env = { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: folder, env })
  execFileSync('npx', ['electron-vite', 'build'], { cwd: folder, env })
  if (!existsSync(mainJs)) throw new Error(`the build of ${ref} wrote no ${mainJs}`)
  return mainJs
}
