import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createMainLog } from './main-log'

const dirs: string[] = []
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'sa-log-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const at = () => new Date('2026-12-06T08:00:00.000Z')

describe('the main-process log', () => {
  it('appends time-stamped lines to <user data>/logs/main.log, creating the folder', () => {
    const userData = tempDir()
    const echoed: string[] = []
    const log = createMainLog(userData, { now: at, echo: (line) => void echoed.push(line) })
    expect(log.path).toBe(join(userData, 'logs', 'main.log'))
    log.info('starting')
    log.error('start failed (loadFailed): ERR_FILE_NOT_FOUND -6')
    expect(readFileSync(log.path, 'utf8')).toBe(
      '2026-12-06T08:00:00.000Z INFO starting\n' +
        '2026-12-06T08:00:00.000Z ERROR start failed (loadFailed): ERR_FILE_NOT_FOUND -6\n'
    )
    expect(echoed).toHaveLength(2)
  })

  it('keeps one previous file when it grows past the limit', () => {
    const userData = tempDir()
    const log = createMainLog(userData, { now: at, maxBytes: 100, echo: () => undefined })
    log.info('a'.repeat(60))
    log.info('b'.repeat(60))
    expect(readFileSync(join(userData, 'logs', 'main.old.log'), 'utf8')).toContain('a'.repeat(60))
    expect(readFileSync(log.path, 'utf8')).not.toContain('a'.repeat(60))
  })

  it('never throws when it cannot write (the error it reports matters more)', () => {
    const userData = tempDir()
    writeFileSync(join(userData, 'logs'), 'a file where the folder should be')
    const log = createMainLog(userData, { echo: () => undefined })
    expect(() => log.error('still running')).not.toThrow()
    expect(existsSync(log.path)).toBe(false)
  })
})
