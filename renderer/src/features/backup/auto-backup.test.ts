import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { readBackup } from '@shared/backup'
import type { StabilityDatabase } from '../../db/database'
import { createAssessment } from '../../db/repos/assessments'
import { saveAutoBackupKeep } from '../../db/repos/backup-settings'
import { finalizeAssessment } from '../../db/repos/lifecycle'
import { databasePerTest, TEST_NEW_ASSESSMENT } from '../../db/test-support'
import type { AutoBackupStore } from '../../platform/platform'
import { dueReason, runAutoBackup } from './auto-backup'
import { lastBackupAt } from './backup-state'
import { FLUSH_HOOK, installQuitFlushHook, registerQuitFlush } from './quit-flush'
import { localStoragePerTest } from './test-support'

let db: StabilityDatabase
localStoragePerTest()
databasePerTest('auto-backup', (opened) => {
  db = opened
})

function fakeStore() {
  const written: Array<{ bytes: Uint8Array; keep: number; reason: string }> = []
  const store: AutoBackupStore = {
    write: async (bytes, keep, reason) => {
      written.push({ bytes, keep, reason })
      return {
        name: 'backup-20250721T080000000Z-0001.sabackup',
        size: bytes.length,
        createdAt: '',
        encrypted: false
      }
    },
    list: async () => [],
    read: async () => {
      throw new Error('not used')
    }
  }
  return { store, written }
}

describe('automatic backups (renderer side)', () => {
  it('writes nothing while nothing changed, then backs up changes and remembers when', async () => {
    const { store, written } = fakeStore()
    expect(await dueReason(db)).toBeNull()
    expect(await runAutoBackup(db, store, 'interval', 'test')).toBe(false)
    expect(written).toHaveLength(0)

    await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', new Date())
    expect(await dueReason(db)).toBe('interval')
    expect(await runAutoBackup(db, store, 'interval', 'test')).toBe(true)
    expect(written).toHaveLength(1)
    expect(written[0]).toMatchObject({ keep: 10, reason: 'interval' })
    const read = readBackup(written[0]!.bytes)
    expect(read.ok && read.value.assessments.length).toBe(1)
    expect(lastBackupAt()).not.toBeNull()
    expect(await dueReason(db)).toBeNull()
  })

  it('backs up at once after a finalization, and keeps the configured number', async () => {
    const { store, written } = fakeStore()
    const id = await createAssessment(
      db,
      TEST_NEW_ASSESSMENT,
      '张伟',
      new Date(Date.now() - 60_000)
    )
    await runAutoBackup(db, store, 'interval', 'test')
    await finalizeAssessment(
      db,
      id,
      { by: '王芳', contentHash: 'b'.repeat(64) },
      new Date(Date.now() + 1000)
    )
    expect(await dueReason(db, new Date(Date.now() + 2000))).toBe('finalize')
    await saveAutoBackupKeep(db, 3)
    await runAutoBackup(db, store, 'finalize', 'test')
    expect(written.at(-1)).toMatchObject({ keep: 3, reason: 'finalize' })
  })

  it('runs one backup at a time', async () => {
    const { store, written } = fakeStore()
    await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', new Date())
    const [a, b] = await Promise.all([
      runAutoBackup(db, store, 'interval', 'test'),
      runAutoBackup(db, store, 'quit', 'test')
    ])
    expect([a, b]).toEqual([true, true])
    expect(written).toHaveLength(1)
  })
})

describe('the quit-time flush hook main calls', () => {
  /** What AutoBackup's effect registers for one store. */
  const flushInto = (store: AutoBackupStore) => () =>
    runAutoBackup(db, store, 'quit', 'test').catch(() => false)

  it('stays installed, the same function, while the store behind it changes', async () => {
    const host: Record<string, unknown> = {}
    const first = fakeStore()
    const second = fakeStore()
    installQuitFlushHook(host)
    const hook = host[FLUSH_HOOK] as () => Promise<boolean>
    expect(typeof hook).toBe('function')
    const releaseFirst = registerQuitFlush(flushInto(first.store))

    // The store changes: the effect's clean-up, then its next run (installing again is a no-op).
    releaseFirst()
    expect(host[FLUSH_HOOK]).toBe(hook)
    await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', new Date())
    // Between the two nothing is registered: the call resolves "nothing written", never throws.
    expect(await hook()).toBe(false)
    installQuitFlushHook(host)
    const releaseSecond = registerQuitFlush(flushInto(second.store))
    expect(host[FLUSH_HOOK]).toBe(hook)

    expect(await hook()).toBe(true)
    expect(first.written).toHaveLength(0)
    expect(second.written.map((entry) => entry.reason)).toEqual(['quit'])
    releaseSecond()
    expect(host[FLUSH_HOOK]).toBe(hook)
  })

  it('a stale release never clears a newer registration', async () => {
    const host: Record<string, unknown> = {}
    const older = fakeStore()
    const newer = fakeStore()
    installQuitFlushHook(host)
    const releaseOlder = registerQuitFlush(flushInto(older.store))
    const releaseNewer = registerQuitFlush(flushInto(newer.store))
    releaseOlder()
    await createAssessment(db, TEST_NEW_ASSESSMENT, '张伟', new Date())
    expect(await (host[FLUSH_HOOK] as () => Promise<boolean>)()).toBe(true)
    expect(older.written).toHaveLength(0)
    expect(newer.written).toHaveLength(1)
    releaseNewer()
  })
})
