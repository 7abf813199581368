import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { assessmentContentHash } from '@shared/assessment'
import { databaseChecksum } from './checksum'
import type { StabilityDatabase } from './database'
import { loadAssessment } from './repos/assessments'
import { checkBackupFile, createBackup } from './repos/backup'
import { restoreBackup, WORKER_CHUNKS } from './repos/restore'
import { moveToTrash } from './repos/lifecycle'
import { loadSettings, saveSetting } from './repos/settings'
import { freshDatabases, storeBankAndSamples } from './test-support'

const defaultBank = loadedDefaultBank()

const databases = freshDatabases('backup-test')
const freshDb = () => databases.open()

/** Three sample assessments with real evidence bytes, one in the trash, the bank and settings. */
async function seed(db: StabilityDatabase): Promise<Map<string, Uint8Array>> {
  const samples = await storeBankAndSamples(db, defaultBank, [1, 2, 3])
  const files = new Map<string, Uint8Array>()
  for (const item of samples.flatMap((sample) => sample.evidence))
    files.set(item.sha256, item.bytes)
  const ids = (await db.assessments.toArray()).map((row) => row.id)
  await moveToTrash(db, ids[2]!, '王芳', new Date('2025-07-20T08:00:00.000Z'))
  await saveSetting(db, 'assessorName', '李娜')
  await saveSetting(db, 'maxEvidenceBytes', 5 * 1024 * 1024)
  return files
}

async function hashes(db: StabilityDatabase): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  for (const row of await db.assessments.toArray()) {
    const assessment = await loadAssessment(db, row.id)
    out.set(row.id, assessmentContentHash(assessment!))
  }
  return out
}

describe('whole-database backup', () => {
  it('backup → wipe → restore reproduces every assessment, the trash, evidence bytes, banks and settings', async () => {
    const db = await freshDb()
    const files = await seed(db)
    const before = await hashes(db)
    const trashed = (await db.assessments.toArray()).filter((r) => r.deletedAt).map((r) => r.id)
    expect(trashed).toHaveLength(1)

    const backup = await createBackup(db, {
      generator: 'test',
      now: new Date('2025-07-21T00:00:00Z')
    })
    expect(backup.manifest.assessments).toHaveLength(3)
    expect(backup.manifest.assessments.reduce((n, a) => n + a.answers, 0)).toBeGreaterThan(0)

    const target = await freshDb() // the wiped database
    const checked = checkBackupFile(backup.bytes)
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues.slice(0, 5)))
    await restoreBackup(target, checked.value)

    expect(await hashes(target)).toEqual(before)
    expect(
      (await target.assessments.toArray()).filter((r) => r.deletedAt).map((r) => r.id)
    ).toEqual(trashed)
    expect(await target.evidence.count()).toBe(files.size)
    for (const [sha256, bytes] of files) {
      const row = await target.evidence.get(sha256)
      expect(new Uint8Array(await row!.blob.arrayBuffer())).toEqual(bytes)
    }
    expect(await loadSettings(target)).toEqual(await loadSettings(db))
    expect((await target.banks.toArray()).map((b) => [b.contentHash, b.origin])).toEqual([
      [defaultBank.ref.contentHash, 'imported']
    ])
    // Everything but the home list's derived lines (rebuilt lazily) is byte-identical.
    await db.assessmentList.clear()
    await target.assessmentList.clear()
    expect(await databaseChecksum(target)).toBe(await databaseChecksum(db))
    // As the file-check worker writes it: large chunks, all requested at once.
    const fromWorker = await freshDb()
    await saveSetting(fromWorker, 'assessorName', '王芳')
    await restoreBackup(fromWorker, checked.value, WORKER_CHUNKS)
    await fromWorker.assessmentList.clear()
    expect(await databaseChecksum(fromWorker)).toBe(await databaseChecksum(db))
  })

  it('restore replaces what was there; a damaged backup is refused and changes nothing', async () => {
    const db = await freshDb()
    await seed(db)
    const backup = await createBackup(db, { generator: 'test' })
    const other = await freshDb()
    await saveSetting(other, 'assessorName', '王芳')
    const checksum = await databaseChecksum(other)

    const damaged = backup.bytes.slice()
    damaged[Math.floor(damaged.length / 2)]! ^= 0xff
    const refused = checkBackupFile(damaged)
    expect(refused.ok).toBe(false)
    expect(checkBackupFile(backup.bytes.subarray(0, 100)).ok).toBe(false)
    expect(await databaseChecksum(other)).toBe(checksum)

    const good = checkBackupFile(backup.bytes)
    if (!good.ok) throw new Error('refused')
    await restoreBackup(other, good.value)
    expect((await loadSettings(other)).assessorName).toBe('李娜')
    expect(await other.assessments.count()).toBe(3)
  })

  it('a restore that fails half-way leaves the database as it was (one transaction)', async () => {
    const db = await freshDb()
    await seed(db)
    const backup = await createBackup(db, { generator: 'test' })
    const checked = checkBackupFile(backup.bytes)
    if (!checked.ok) throw new Error('refused')
    const target = await freshDb()
    await saveSetting(target, 'assessorName', '王芳')
    const checksum = await databaseChecksum(target)
    // Two assessments with the same id: the second add fails after tables were cleared.
    const broken = {
      ...checked.value,
      assessments: [...checked.value.assessments, checked.value.assessments[0]!]
    }
    // Failing at the very end, after every chunk of rows and evidence went in: still nothing.
    const lastFails = {
      ...checked.value,
      settings: [...checked.value.settings, checked.value.settings[0]!]
    }
    // On the page (chunk after chunk) and as the worker writes (every chunk requested at once).
    for (const chunks of [undefined, WORKER_CHUNKS]) {
      await expect(restoreBackup(target, broken, chunks)).rejects.toThrow()
      expect(await databaseChecksum(target)).toBe(checksum)
      await expect(restoreBackup(target, lastFails, chunks)).rejects.toThrow()
      expect(await databaseChecksum(target)).toBe(checksum)
    }
  })

  it('refuses to back up an assessment whose attached file is not stored here, naming both', async () => {
    const db = await freshDb()
    await seed(db)
    const victim = (await db.evidence.toArray())[0]!
    await db.evidence.delete(victim.sha256)
    await expect(createBackup(db, { generator: 'test' })).rejects.toThrow(
      /assessment .+: the attached file ".+" is not stored on this computer/
    )
  })

  it('backs up and restores an empty database', async () => {
    const db = await freshDb()
    await saveSetting(db, 'assessorName', '李娜')
    const backup = await createBackup(db, { generator: 'test' })
    const checked = checkBackupFile(backup.bytes)
    if (!checked.ok) throw new Error(JSON.stringify(checked.issues))
    const target = await freshDb()
    await restoreBackup(target, checked.value)
    expect(await databaseChecksum(target)).toBe(await databaseChecksum(db))
  })
})
