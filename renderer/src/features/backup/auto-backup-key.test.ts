import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { readBackup } from '@shared/backup'
import { decryptContainer } from '@shared/crypto/container'
import { startsLikeContainer } from '@shared/crypto/magic'
import type { StabilityDatabase } from '../../db/database'
import { createAssessment } from '../../db/repos/assessments'
import { loadAutoBackupCheck } from '../../db/repos/backup-settings'
import { databasePerTest, TEST_NEW_ASSESSMENT } from '../../db/test-support'
import type { AutoBackupStore } from '../../platform/platform'
import { runAutoBackup } from './auto-backup'
import {
  autoBackupSessionKey,
  forgetAutoBackupKey,
  removeAutoBackupPassphrase,
  setAutoBackupPassphrase,
  unlockAutoBackups
} from './auto-backup-key'
import { localStoragePerTest } from './test-support'

const PASSPHRASE = '外滩 灯塔 2025 巡检'

let db: StabilityDatabase
localStoragePerTest()
databasePerTest('auto-backup-key', (opened) => {
  forgetAutoBackupKey()
  db = opened
})

function fakeStore() {
  const written: Uint8Array[] = []
  const store: AutoBackupStore = {
    write: async (bytes) => {
      written.push(bytes)
      return { name: 'b', size: bytes.length, createdAt: '', encrypted: startsLikeContainer(bytes) }
    },
    list: async () => [],
    read: async () => {
      throw new Error('not used')
    }
  }
  return { store, written }
}

/** A change not yet in a backup, so the scheduler has something to write. */
const change = (institution: string) =>
  createAssessment(
    db,
    { ...TEST_NEW_ASSESSMENT, metadata: { ...TEST_NEW_ASSESSMENT.metadata, institution } },
    '张伟',
    new Date()
  )

async function opened(bytes: Uint8Array, passphrase = PASSPHRASE) {
  const plain = await decryptContainer(bytes, passphrase, 'backup')
  if (!plain.ok) return plain
  return readBackup(plain.value)
}

describe('encrypted automatic backups', () => {
  it('without a passphrase, writes plain backups any reader opens', async () => {
    const { store, written } = fakeStore()
    await change('华东证券股份有限公司')
    expect(await runAutoBackup(db, store, 'interval', 'test')).toBe(true)
    expect(startsLikeContainer(written[0]!)).toBe(false)
    const read = readBackup(written[0]!)
    expect(read.ok && read.value.assessments.length).toBe(1)
  })

  it('with a passphrase, seals every backup with the session key; none leaks the institution', async () => {
    const { store, written } = fakeStore()
    await setAutoBackupPassphrase(db, PASSPHRASE)
    // The passphrase itself is stored nowhere: Settings keeps only the check container.
    const check = await loadAutoBackupCheck(db)
    expect(check !== null && startsLikeContainer(check)).toBe(true)
    expect(Buffer.from(check!).includes(Buffer.from(PASSPHRASE))).toBe(false)

    await change('华东证券股份有限公司')
    expect(await runAutoBackup(db, store, 'interval', 'test')).toBe(true)
    await change('西部证券股份有限公司')
    expect(await runAutoBackup(db, store, 'finalize', 'test')).toBe(true)
    expect(written).toHaveLength(2)
    for (const bytes of written) {
      expect(startsLikeContainer(bytes)).toBe(true)
      expect(Buffer.from(bytes).includes(Buffer.from('华东证券'))).toBe(false)
    }
    // One key per session: the same salt, a fresh nonce per file.
    const salt = (b: Uint8Array) => Buffer.from(b.subarray(16, 32)).toString('hex')
    const nonce = (b: Uint8Array) => Buffer.from(b.subarray(32, 44)).toString('hex')
    expect(salt(written[0]!)).toBe(salt(written[1]!))
    expect(nonce(written[0]!)).not.toBe(nonce(written[1]!))
    const second = await opened(written[1]!)
    expect(second.ok && second.value.assessments.length).toBe(2)
    const wrong = await decryptContainer(written[1]!, 'not the passphrase', 'backup')
    expect(!wrong.ok && wrong.issues[0]!.code).toBe('encrypted.authFailed')
  })

  it('in a new session, pauses (writes nothing) until the right passphrase is entered', async () => {
    const { store, written } = fakeStore()
    await setAutoBackupPassphrase(db, PASSPHRASE)
    await change('华东证券股份有限公司')
    await runAutoBackup(db, store, 'interval', 'test')
    const firstSalt = Buffer.from(written[0]!.subarray(16, 32)).toString('hex')

    forgetAutoBackupKey() // the app restarts: the key lived in memory only
    await change('西部证券股份有限公司')
    expect(await runAutoBackup(db, store, 'interval', 'test')).toBe(false)
    expect(await runAutoBackup(db, store, 'quit', 'test')).toBe(false)
    expect(written).toHaveLength(1)

    expect(await unlockAutoBackups(db, 'wrong passphrase')).toBe(false)
    expect(autoBackupSessionKey()).toBeNull()
    expect(await runAutoBackup(db, store, 'interval', 'test')).toBe(false)

    expect(await unlockAutoBackups(db, PASSPHRASE)).toBe(true)
    expect(await runAutoBackup(db, store, 'interval', 'test')).toBe(true)
    expect(written).toHaveLength(2)
    // A new session derives a new key: another random salt.
    expect(Buffer.from(written[1]!.subarray(16, 32)).toString('hex')).not.toBe(firstSalt)
    const read = await opened(written[1]!)
    expect(read.ok && read.value.assessments.length).toBe(2)
  })

  it('stopping encryption writes plain backups again', async () => {
    const { store, written } = fakeStore()
    await setAutoBackupPassphrase(db, PASSPHRASE)
    await removeAutoBackupPassphrase(db)
    forgetAutoBackupKey()
    await change('华东证券股份有限公司')
    expect(await runAutoBackup(db, store, 'interval', 'test')).toBe(true)
    expect(startsLikeContainer(written[0]!)).toBe(false)
    await expect(unlockAutoBackups(db, PASSPHRASE)).rejects.toThrow('no passphrase')
  })
})
