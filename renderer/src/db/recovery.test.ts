import 'fake-indexeddb/auto'
import { Dexie } from 'dexie'
import { describe, expect, it } from 'vitest'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { assessmentContentHash } from '@shared/assessment'
import { readBackupManifest } from '@shared/backup'
import {
  ACTIVE_DATABASE_KEY,
  activeDatabaseName,
  DATABASE_NAME,
  restoredDatabaseName,
  setActiveDatabaseName
} from './active-database'
import { openDatabase } from './database'
import { loadAssessment } from './repos/assessments'
import { checkBackupFile, createBackup } from './repos/backup'
import { moveToTrash } from './repos/lifecycle'
import { restoreIntoNewDatabase, verifyRestored } from './repos/recovery'
import { saveSetting } from './repos/settings'
import { freshDatabases, storeBankAndSamples } from './test-support'

const defaultBank = loadedDefaultBank()

/** A localStorage stand-in. */
function memoryStorage(initial: Record<string, string> = {}) {
  const map = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
    map
  }
}

const databases = freshDatabases('recovery-source')

async function backupOfTwo(): Promise<Uint8Array> {
  const db = await databases.open()
  await storeBankAndSamples(db, defaultBank, [1, 2], 'builtin')
  const ids = (await db.assessments.toArray()).map((row) => row.id)
  await moveToTrash(db, ids[1]!, '王芳', new Date('2025-07-20T08:00:00.000Z'))
  await saveSetting(db, 'assessorName', '李娜')
  return (await createBackup(db, { generator: 'test', now: new Date('2025-07-21T00:00:00Z') }))
    .bytes
}

describe('the active database pointer', () => {
  it('opens the default database unless a verified restore pointed elsewhere', () => {
    expect(activeDatabaseName(memoryStorage())).toBe(DATABASE_NAME)
    expect(activeDatabaseName(undefined)).toBe(DATABASE_NAME)
    const name = restoredDatabaseName(new Date('2025-07-21T08:00:00.123Z'))
    expect(name).toBe('stability-assessor-restored-20250721T080000123')
    const storage = memoryStorage()
    setActiveDatabaseName(name, storage)
    expect(activeDatabaseName(storage)).toBe(name)
  })

  it('ignores a pointer that is not a restored copy (never opens a foreign database)', () => {
    for (const value of ['other-app', 'stability-assessor-restored-x', '', 'stability-assessor '])
      expect(activeDatabaseName(memoryStorage({ [ACTIVE_DATABASE_KEY]: value }))).toBe(
        DATABASE_NAME
      )
    expect(() => setActiveDatabaseName('other-app', memoryStorage())).toThrow()
    const throwing = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => undefined
    }
    expect(activeDatabaseName(throwing)).toBe(DATABASE_NAME)
  })
})

describe('restoring when the database cannot be opened', () => {
  it('restores into a new database, verifies it, then points the app at it', async () => {
    const bytes = await backupOfTwo()
    const checked = checkBackupFile(bytes)
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
    const storage = memoryStorage()
    const name = await restoreIntoNewDatabase(checked.value, {
      now: new Date('2025-07-22T09:30:00.000Z'),
      storage
    })
    expect(name).toBe('stability-assessor-restored-20250722T093000000')
    expect(activeDatabaseName(storage)).toBe(name)

    const restored = databases.track(openDatabase(name))
    await restored.open()
    for (const { assessment, deletedAt } of checked.value.assessments) {
      const stored = await loadAssessment(restored, assessment.id)
      expect(assessmentContentHash(stored!)).toBe(assessmentContentHash(assessment))
      expect((await restored.assessments.get(assessment.id))?.deletedAt).toBe(deletedAt)
    }
    await expect(verifyRestored(restored, checked.value)).resolves.toBeUndefined()
    // A copy that does not match the backup is caught.
    await restored.settings.clear()
    await expect(verifyRestored(restored, checked.value)).rejects.toThrow(/number of settings/)
  })

  it('a restore that fails leaves the pointer unset and deletes only its own new copy', async () => {
    const bytes = await backupOfTwo()
    const checked = checkBackupFile(bytes)
    if (!checked.ok) throw new Error('refused')
    const [first] = checked.value.assessments
    // The same assessment twice: the restore's transaction fails on the second add.
    const broken = { ...checked.value, assessments: [first!, first!] }
    const storage = memoryStorage()
    const now = new Date('2025-07-22T10:00:00.000Z')
    await expect(restoreIntoNewDatabase(broken, { now, storage })).rejects.toThrow()
    expect(storage.map.has(ACTIVE_DATABASE_KEY)).toBe(false)
    expect(await Dexie.exists(restoredDatabaseName(now))).toBe(false)
  })

  it('lists what a backup holds from its manifest alone', async () => {
    const bytes = await backupOfTwo()
    const manifest = readBackupManifest(bytes)
    if (!manifest.ok) throw new Error(JSON.stringify(manifest.issues))
    expect(manifest.value.assessments).toHaveLength(2)
    expect(manifest.value.createdAt).toBe('2025-07-21T00:00:00.000Z')
    expect(readBackupManifest(bytes.subarray(0, 200)).ok).toBe(false)
    expect(readBackupManifest(new TextEncoder().encode('not a zip')).ok).toBe(false)
  })
})
