import { existsSync, readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { FileTooLargeError, readFileWithLimit, writeFileAtomic } from '../main/file-io'
import { parseJsonText } from '../../shared/util/json-text'
import type { ValidationIssue } from '../../shared/util/validation'
import { CLI_TEXTS, refusalTexts, say, type CliText, type IoAction } from './language'

/**
 * Everything a command touches outside itself: where output goes and which directory relative
 * paths start from. Commands take this instead of using `process` so tests run them in-process.
 */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Directory relative paths are resolved against. */
  cwd: string
  /** All of standard input (`--passphrase-file -`); absent where there is none. */
  stdin?: () => Promise<Uint8Array>
}

/** Exit codes (documented in docs/cli.md). */
export const EXIT_OK = 0
/** Wrong usage, or an input that is invalid (bad JSON, schema or bank mismatch). */
export const EXIT_INVALID = 1
/** A file could not be read or written. */
export const EXIT_IO = 2

/**
 * A failure with a one-line message (plus optional detail lines) and the exit code to end with.
 * Refusals of an input carry their words in both languages (language.ts); the command prints them
 * in the chosen one. `message` is the English line (logs, tests).
 */
export class CliError extends Error {
  readonly text: CliText
  readonly details: CliText[]
  constructor(
    text: CliText,
    readonly exitCode: number = EXIT_INVALID,
    details: CliText[] = []
  ) {
    super(say(text, 'en-US'))
    this.name = 'CliError'
    this.text = text
    this.details = details
  }
}

/**
 * A CliError for an input a reader refused: one line when there is one problem
 * (`file: place: why`), else a heading and the problems with their places (at most 50 shown).
 */
export function invalidInput(what: CliText, issues: ValidationIssue[]): CliError {
  const { line, details } = refusalTexts(what, issues, 50)
  return new CliError(line, EXIT_INVALID, details)
}

/** The largest file a command reads: banks and assessments are far smaller; workbooks too. */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024

export function ioError(action: IoAction, path: string, error: unknown): CliError {
  if (error instanceof FileTooLargeError)
    return new CliError(CLI_TEXTS.tooLarge(path, MAX_INPUT_BYTES / 1024 / 1024), EXIT_IO)
  const code = (error as NodeJS.ErrnoException).code ?? ''
  return new CliError(CLI_TEXTS.cannot(action, path, code, (error as Error).message), EXIT_IO)
}

/** Reads a file's bytes (size-capped); failures become exit code 2 with the path and reason. */
export async function readBytes(io: CliIo, path: string): Promise<Uint8Array> {
  try {
    return await readFileWithLimit(resolve(io.cwd, path), MAX_INPUT_BYTES)
  } catch (error) {
    throw ioError('read', path, error)
  }
}

/** Reads a UTF-8 text file; invalid UTF-8 is an input error, not an I/O error. */
export async function readText(io: CliIo, path: string): Promise<string> {
  const bytes = await readBytes(io, path)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new CliError(CLI_TEXTS.notUtf8(path))
  }
}

/** Reads and parses a JSON file; syntax errors name the line and column. */
export async function readJson(io: CliIo, path: string): Promise<unknown> {
  const parsed = parseJsonText(await readText(io, path))
  if (!parsed.ok) throw invalidInput(path, parsed.issues)
  return parsed.value
}

/** Writes a file atomically (temporary sibling, then rename), creating missing folders. */
export async function writeOutput(
  io: CliIo,
  path: string,
  data: string | Uint8Array
): Promise<void> {
  const target = resolve(io.cwd, path)
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  try {
    await mkdir(dirname(target), { recursive: true })
    await writeFileAtomic(target, bytes)
  } catch (error) {
    throw ioError('write', path, error)
  }
}

/** Lower-case extension of a path, without the dot (`bank.XLSX` → `xlsx`). */
export function extensionOf(path: string): string {
  const match = /\.([^./\\]+)$/.exec(path)
  return match === null ? '' : match[1]!.toLowerCase()
}

/**
 * The folder holding our package.json, found by walking up from `start` (the built
 * out/cli/index.js, or electron/cli/ when run from source), so resources are found wherever the
 * package is installed and whatever the current directory is.
 */
export function findPackageRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(start)
  let fallback: string | null = null
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest)) {
      fallback ??= dir
      try {
        if (
          (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name ===
          'stability-assessor'
        )
          return dir
      } catch {
        // An unreadable package.json further down is not ours; keep walking up.
      }
    }
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  if (fallback !== null) return fallback
  throw new CliError(CLI_TEXTS.noPackageFolder(start), EXIT_IO)
}
