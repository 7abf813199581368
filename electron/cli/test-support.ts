import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import type { Bank } from '../../shared/bank'
import { parseBank } from '../../shared/bank'
import { findPackageRoot, type CliIo } from './io'
import { runCli } from './program'

/*
 * The command line's tests run the commands in-process against temporary folders: no build and
 * no child process. Output is captured through the io object each command receives.
 */

export const packageRoot = findPackageRoot(import.meta.dirname)
export const defaultBankPath = join(packageRoot, 'resources/banks/sac-stability-2025.json')
/** The newest built-in bank (1.1.0): the one `sample` answers without --bank, as the app does. */
export const newestBankPath = join(packageRoot, 'resources/banks/sac-stability-2025-1.1.0.json')

/** What one run printed, and how it ended. */
export interface CliRun {
  code: number
  out: string
  err: string
}

/** An io for commands run in `cwd` that keeps what they print. */
export function capturedIo(cwd: string): { io: CliIo; printed: () => Omit<CliRun, 'code'> } {
  let out = ''
  let err = ''
  const io = {
    stdout: (text: string) => void (out += text),
    stderr: (text: string) => void (err += text),
    cwd
  }
  return { io, printed: () => ({ out, err }) }
}

/** The command line run in the folder `cwd()` names: `run('bank', 'validate', path)`. */
export function cliIn(cwd: () => string): (...args: string[]) => Promise<CliRun> {
  return async (...args) => {
    const { io, printed } = capturedIo(cwd())
    // As on a machine whose locale names no language: zh-CN unless a test says --lang.
    const code = await runCli(args, { io, packageRoot, language: 'zh-CN' })
    return { code, ...printed() }
  }
}

/**
 * A command line as typed, split at its spaces: `run(...words('report a.json -o a.xlsx'))`. For
 * arguments that hold no space.
 */
export const words = (line: string): string[] => line.split(' ')

/**
 * A temporary folder made before the file's tests and removed after them: `tempPath('a.json')` is
 * a path in it, `tempPath()` the folder itself.
 */
export function temporaryFolder(): (name?: string) => string {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stability-cli-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })
  return (name = '') => join(dir, name)
}

/** The shipped default bank, read from its file as the command line reads it. */
export async function defaultBank(path = defaultBankPath): Promise<Bank> {
  const parsed = parseBank(JSON.parse(await readFile(path, 'utf8')))
  if (!parsed.ok) throw new Error(`${path} does not parse`)
  return parsed.value
}

/** The newest built-in bank, parsed. */
export const newestBank = (): Promise<Bank> => defaultBank(newestBankPath)
