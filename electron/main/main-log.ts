import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs'
import { join } from 'node:path'

/*
 * The main process's log: a packaged app has no console, so what went wrong at start-up (a failed
 * load, a crashed page, a refused switch) is written to `<user data>/logs/main.log`, the file the
 * start-up error dialog names. Synchronous on purpose: the line must be on disk before a dialog
 * blocks or the process exits.
 */

export const LOG_FOLDER = 'logs'
export const LOG_FILE = 'main.log'
/** The previous log, kept once when the current one grows past the limit. */
export const OLD_LOG_FILE = 'main.old.log'
export const MAX_LOG_BYTES = 1024 * 1024

export interface MainLog {
  /** The file lines are written to. */
  readonly path: string
  info(message: string): void
  error(message: string): void
}

export interface MainLogOptions {
  now?: () => Date
  maxBytes?: number
  /** Every line also goes here (the terminal of `npm start`); stderr by default. */
  echo?: (line: string) => void
}

const sizeOf = (path: string): number => {
  try {
    return statSync(path).size
  } catch {
    return 0
  }
}

/** A log in `<userData>/logs/`; writing never throws (a full disk must not hide the real error). */
export function createMainLog(userData: string, options: MainLogOptions = {}): MainLog {
  const folder = join(userData, LOG_FOLDER)
  const path = join(folder, LOG_FILE)
  const now = options.now ?? (() => new Date())
  const maxBytes = options.maxBytes ?? MAX_LOG_BYTES
  const echo = options.echo ?? ((line: string) => process.stderr.write(line))
  const write = (level: 'INFO' | 'ERROR', message: string): void => {
    const line = `${now().toISOString()} ${level} ${message}\n`
    echo(line)
    try {
      mkdirSync(folder, { recursive: true })
      if (sizeOf(path) + line.length > maxBytes) renameSync(path, join(folder, OLD_LOG_FILE))
      appendFileSync(path, line, 'utf8')
    } catch {
      // Nowhere left to write; the line went to stderr.
    }
  }
  return {
    path,
    info: (message) => write('INFO', message),
    error: (message) => write('ERROR', message)
  }
}
