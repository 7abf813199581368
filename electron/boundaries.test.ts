import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'

/*
 * Grep-style guards over the source tree (SEC-03, SEC-04, SEC-07). ESLint catches most of these
 * in the editor; this test also catches them in files ESLint does not lint, in comments, and in
 * ways the lint selectors do not cover (aliases, destructuring).
 */

const ROOT = resolve(import.meta.dirname, '..')
const SCANNED = ['electron', 'renderer', 'shared', 'scripts', 'bin']
const SOURCE = /\.(c|m)?(t|j)sx?$/
const THIS_FILE = relative(ROOT, import.meta.filename)
  .split(sep)
  .join('/')

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(path)
    return SOURCE.test(entry.name) ? [path] : []
  })

/** Every scanned source file as a repo-relative path with forward slashes. */
const sourceFiles = SCANNED.filter((dir) => existsSync(join(ROOT, dir)))
  .flatMap((dir) => walk(join(ROOT, dir)))
  .map((path) => relative(ROOT, path).split(sep).join('/'))
  .filter((path) => path !== THIS_FILE)

const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8')

/** Source without comments (roughly: `//` to end of line, and block comments). */
const code = (file: string): string =>
  read(file)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1')

/** Files whose text (comments included) matches. */
const filesMentioning = (pattern: RegExp): string[] =>
  sourceFiles.filter((file) => pattern.test(read(file)))

/** Files whose code (comments excluded) matches. */
const filesUsing = (pattern: RegExp): string[] =>
  sourceFiles.filter((file) => pattern.test(code(file)))

describe('process boundaries', () => {
  it('scans a real tree', () => {
    expect(sourceFiles).toContain('electron/main/ipc/handle.ts')
    expect(sourceFiles).toContain('electron/preload/index.ts')
  })

  it('names ipcRenderer nowhere outside electron/preload/', () => {
    const offenders = filesMentioning(/ipcRenderer/).filter(
      (f) => !f.startsWith('electron/preload/')
    )
    expect(offenders).toEqual([])
  })

  it('registers IPC listeners only in electron/main/ipc/handle.ts', () => {
    const registration =
      /\bipcMain\s*(\?\.|\.)\s*(handle|handleOnce|on|once|addListener)\b|\}\s*=\s*ipcMain\b|\bipcMain\s*\[/
    const offenders = filesUsing(registration).filter((f) => f !== 'electron/main/ipc/handle.ts')
    expect(offenders).toEqual([])
  })

  it('calls shell.openExternal only in the one allow-listing helper (security.ts)', () => {
    const offenders = filesUsing(/shell\s*(\?\.|\.)\s*openExternal\b|\}\s*=\s*shell\b/).filter(
      (f) => f !== 'electron/main/security.ts'
    )
    expect(offenders).toEqual([])
  })

  it('creates windows only in the single factory (window.ts)', () => {
    const offenders = filesUsing(/new\s+BrowserWindow\b/).filter(
      (f) => f !== 'electron/main/window.ts' && !f.endsWith('.test.ts')
    )
    expect(offenders).toEqual([])
  })
})

/** Runtime (non-type) import specifiers of a module. */
const runtimeImports = (source: string): string[] => {
  const specifiers: string[] = []
  const statement = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm
  for (const match of source.matchAll(statement)) {
    if (match[1] === undefined && match[2] !== undefined) specifiers.push(match[2])
  }
  for (const match of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    if (match[1] !== undefined) specifiers.push(match[1])
  }
  return specifiers
}

const resolveLocal = (from: string, specifier: string): string | null => {
  const base = specifier.startsWith('@shared/')
    ? join(ROOT, 'shared', specifier.slice('@shared/'.length))
    : specifier.startsWith('.')
      ? resolve(dirname(from), specifier)
      : null
  if (base === null) return null
  const candidates = [base, `${base}.ts`, join(base, 'index.ts')]
  return candidates.find((path) => existsSync(path) && statSync(path).isFile()) ?? null
}

/** Bare package names reached (at run time) from `entry`, following local imports. */
const packagesReachedFrom = (entry: string): Set<string> => {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const queue = [entry]
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (seen.has(file) || !file.endsWith('.ts')) continue
    seen.add(file)
    for (const specifier of runtimeImports(readFileSync(file, 'utf8'))) {
      const local = resolveLocal(file, specifier)
      if (local !== null) queue.push(local)
      else if (!specifier.startsWith('.') && !specifier.startsWith('@shared/'))
        packages.add(specifier)
    }
  }
  return packages
}

describe('the command line stays plain Node', () => {
  it('never imports electron, directly or through its local imports', () => {
    const reached = packagesReachedFrom(join(ROOT, 'electron/cli/index.ts'))
    expect(reached).toContain('commander')
    expect(
      [...reached].filter((name) => name === 'electron' || name.startsWith('electron/'))
    ).toEqual([])
  })

  it('the import walker does see electron where it is imported', () => {
    expect(packagesReachedFrom(join(ROOT, 'electron/main/index.ts'))).toContain('electron')
  })
})

describe('unit-tested main-process code gets Electron passed in', () => {
  // Importing the electron package in plain Node tries to download the binary; and a module that
  // needs it cannot be tested. Tests hand such modules fakes (electron/main/testing/).
  const unitTests = sourceFiles.filter(
    (file) => file.startsWith('electron/') && file.endsWith('.test.ts')
  )

  it('finds the unit tests of main and preload', () => {
    expect(unitTests).toContain('electron/main/main-process.test.ts')
    expect(unitTests).toContain('electron/preload/bridge.test.ts')
  })

  it('no test reaches a module that imports electron at run time, and none mocks it', () => {
    const offenders = unitTests.filter(
      (file) =>
        packagesReachedFrom(join(ROOT, file)).has('electron') ||
        /vi\.mock\(\s*['"]electron['"]/.test(read(file))
    )
    expect(offenders).toEqual([])
  })
})
