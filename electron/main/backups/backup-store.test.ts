import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CONTAINER_MAGIC } from '@shared/crypto/magic'
import { BACKUP_NAME, listBackups, readBackup, writeBackup } from './backup-store'

let root: string
let dir: string
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sa-backups-'))
  dir = join(root, 'backups')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const bytes = (n: number): Uint8Array => new Uint8Array([1, 2, 3, n])
const at = (minute: number): Date => new Date(Date.UTC(2025, 6, 21, 8, minute, 0, 5))

describe('automatic backup store', () => {
  it('creates the folder, writes under a generated name and reads it back', async () => {
    const written = await writeBackup(dir, bytes(1), { now: at(0) })
    expect(written.name).toMatch(BACKUP_NAME)
    expect(written.name).toBe('backup-20250721T080000005Z-0001.sabackup')
    expect(written.createdAt).toBe('2025-07-21T08:00:00.005Z')
    expect([...(await readBackup(dir, written.name))]).toEqual([1, 2, 3, 1])
    expect(readdirSync(dir)).toEqual([written.name]) // no temporary file left
  })

  it('keeps only the newest N, newest first; two in the same millisecond get distinct names', async () => {
    for (let i = 0; i < 6; i++) await writeBackup(dir, bytes(i), { keep: 3, now: at(i) })
    await writeBackup(dir, bytes(9), { keep: 3, now: at(5) })
    const list = await listBackups(dir)
    expect(list.map((b) => b.name)).toEqual([
      'backup-20250721T080500005Z-0002.sabackup',
      'backup-20250721T080500005Z-0001.sabackup',
      'backup-20250721T080400005Z-0001.sabackup'
    ])
    expect(list[0]!.size).toBe(4)
  })

  it('says which backups are encrypted, from their first bytes only', async () => {
    const sealed = Uint8Array.of(...CONTAINER_MAGIC, 1, 2, 1, 1, 0, 9, 39, 192)
    const first = await writeBackup(dir, bytes(1), { now: at(0) })
    const second = await writeBackup(dir, sealed, { now: at(1) })
    expect([first.encrypted, second.encrypted]).toEqual([false, true])
    const list = await listBackups(dir)
    expect(list.map((b) => [b.name, b.encrypted])).toEqual([
      [second.name, true],
      [first.name, false]
    ])
  })

  it('never follows a name from outside: paths, traversal and foreign files are refused', async () => {
    await writeBackup(dir, bytes(1), { now: at(0) })
    writeFileSync(join(root, 'secret.txt'), 'secret')
    for (const name of [
      '../secret.txt',
      '/etc/passwd',
      'backup-20250721T080000005Z-0001.sabackup/../../secret.txt',
      'secret.txt',
      '..\\secret.txt'
    ])
      await expect(readBackup(dir, name)).rejects.toThrow('not the name of an automatic backup')
  })

  it('lists nothing for a missing folder and ignores foreign and temporary files', async () => {
    expect(await listBackups(dir)).toEqual([])
    await writeBackup(dir, bytes(1), { now: at(0) })
    writeFileSync(join(dir, 'notes.txt'), 'x')
    writeFileSync(join(dir, '.backup-20250721T090000000Z-0001.sabackup.abc.tmp'), 'half')
    expect((await listBackups(dir)).map((b) => b.name)).toEqual([
      'backup-20250721T080000005Z-0001.sabackup'
    ])
    await writeBackup(dir, bytes(2), { now: at(1) })
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('refuses a backup over the size limit without writing', async () => {
    const huge = { byteLength: 300 * 1024 * 1024 } as Uint8Array
    await expect(writeBackup(dir, huge)).rejects.toThrow('limit')
    expect(await listBackups(dir)).toEqual([])
  })
})
