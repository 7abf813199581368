import { spawn, type ChildProcess } from 'node:child_process'
import { execFile } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'

/*
 * The packaged app for tests/electron/packaged.spec.ts: electron-builder `--dir` for this machine,
 * with electron-builder.yml as a release uses it (fuses, files, asar) but against the installed
 * Electron binary and without signing, which only a release machine can do.
 */

const ROOT = resolve(import.meta.dirname, '../..')
const OUTPUT = join(ROOT, 'test-results', 'electron', 'packaged')

export interface PackagedApp {
  /** The folder electron-builder wrote (linux-unpacked, win-unpacked, mac-arm64, …). */
  root: string
  /** What @electron/fuses reads: the executable, or the .app on macOS. */
  fusePath: string
  /** What to start. */
  executable: string
  /** resources/app.asar */
  asar: string
}

const HOST_TARGET: Partial<Record<NodeJS.Platform, string>> = {
  linux: '--linux',
  win32: '--win',
  darwin: '--mac'
}

/** Packs the built app (out/) for this machine and returns where it is. */
export async function packageForThisMachine(electronDist: string): Promise<PackagedApp> {
  const target = HOST_TARGET[process.platform]
  if (target === undefined) throw new Error(`no packaging target for ${process.platform}`)
  const require = createRequire(import.meta.url)
  await promisify(execFile)(
    process.execPath,
    [
      require.resolve('electron-builder/cli.js'),
      target,
      'dir',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${OUTPUT}`,
      '-c.win.forceCodeSigning=false',
      '-c.mac.forceCodeSigning=false',
      '-c.mac.identity=null',
      '-c.mac.notarize=false'
    ],
    { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }
  )
  const unpacked = readdirSync(OUTPUT)
    .map((name) => join(OUTPUT, name))
    .find((path) => /(unpacked|[\\/]mac(-arm64|-universal)?)$/.test(path))
  if (unpacked === undefined) throw new Error(`electron-builder wrote no app to ${OUTPUT}`)
  if (process.platform === 'darwin') {
    const app = join(unpacked, 'Stability Assessor.app')
    return {
      root: unpacked,
      fusePath: app,
      executable: join(app, 'Contents', 'MacOS', 'Stability Assessor'),
      asar: join(app, 'Contents', 'Resources', 'app.asar')
    }
  }
  const executable = join(
    unpacked,
    process.platform === 'win32' ? 'Stability Assessor.exe' : 'stability-assessor'
  )
  return {
    root: unpacked,
    fusePath: executable,
    executable,
    asar: join(unpacked, 'resources', 'app.asar')
  }
}

/**
 * The environment that puts a packaged app's data folder (and so its lock and log) under `home`:
 * Linux reads XDG_CONFIG_HOME, and main reads LOCALAPPDATA on Windows. macOS takes its folder from
 * the account, not the environment, so there it cannot be moved.
 */
export function isolatedEnv(
  home: string,
  extra: Record<string, string> = {}
): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && !/^(ELECTRON_|STABILITY_ASSESSOR_|NODE_OPTIONS$)/.test(key))
      env[key] = value
  }
  return { ...env, XDG_CONFIG_HOME: home, LOCALAPPDATA: home, ...extra }
}

/** The data folder a packaged app started with {@link isolatedEnv} uses. */
export const dataFolderUnder = (home: string): string => join(home, 'StabilityAssessor')

/** The main-process log of that data folder, '' while it does not exist. */
export function mainLogUnder(home: string): string {
  const path = join(dataFolderUnder(home), 'logs', 'main.log')
  return existsSync(path) ? readFileSync(path, 'utf8') : ''
}

/** A started process with its output and exit, for assertions. */
export interface Running {
  child: ChildProcess
  output: () => string
  exit: Promise<number | null>
}

export function start(executable: string, args: string[], env: Record<string, string>): Running {
  const child = spawn(executable, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exit = new Promise<number | null>((resolvePromise, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => resolvePromise(code))
  })
  return { child, output: () => output, exit }
}

/** Ends a process that may still run (a test that failed midway must not leave it behind). */
export async function stop(running: Running): Promise<void> {
  if (running.child.exitCode !== null || running.child.signalCode !== null) return
  running.child.kill()
  await Promise.race([running.exit, new Promise((r) => setTimeout(r, 10_000))])
  if (running.child.exitCode === null && running.child.signalCode === null)
    running.child.kill('SIGKILL')
}

/** The same app copied to `folder`, e.g. to change a byte of its app.asar. */
export function relocated(app: PackagedApp, folder: string): PackagedApp {
  const moved = (path: string): string => join(folder, relative(app.root, path))
  return {
    root: folder,
    fusePath: moved(app.fusePath),
    executable: moved(app.executable),
    asar: moved(app.asar)
  }
}
