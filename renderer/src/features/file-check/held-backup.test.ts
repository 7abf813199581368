import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { encryptContainer } from '@shared/crypto'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { databaseChecksum } from '../../db/checksum'
import { createBackup, checkBackupFile } from '../../db/repos/backup'
import { restoreBackup, WORKER_CHUNKS } from '../../db/repos/restore'
import { saveSetting } from '../../db/repos/settings'
import { freshDatabases, storeSampleWithEvidence } from '../../db/test-support'
import { checkBackupToRestore } from './held-backup'

const { bank } = loadedDefaultBank()
const databases = freshDatabases('held-backup-test')
const PASSPHRASE = '备份口令 backup passphrase'

/** A database of two sample assessments with evidence, its encrypted backup, and a target. */
async function setUp() {
  const source = await databases.open()
  for (const seed of [1, 2])
    await storeSampleWithEvidence(source, bank, seed, '2025-07-02T08:00:00.000Z')
  await saveSetting(source, 'assessorName', '李娜')
  const backup = await createBackup(source, {
    generator: 'test',
    now: new Date('2025-07-21T00:00:00Z')
  })
  const sealed = await encryptContainer(backup.bytes, PASSPHRASE, 'backup')
  const target = await databases.open()
  await saveSetting(target, 'assessorName', '王芳')
  return { source, backup, sealed, target, checksum: await databaseChecksum(target) }
}

describe('a backup checked and held until the restore is confirmed', () => {
  it('shows its preview, writes nothing until restored, then holds exactly the backup', async () => {
    const { source, backup, sealed, target, checksum } = await setUp()
    const held = await checkBackupToRestore(sealed.slice(), PASSPHRASE)
    if (!held.ok) throw new Error(JSON.stringify(held.issues))
    expect(held.value.preview.manifest).toEqual(backup.manifest)
    expect(held.value.preview.evidenceFiles).toBe(await source.evidence.count())
    expect(held.value.preview.evidenceFiles).toBeGreaterThan(0)
    expect(await databaseChecksum(target)).toBe(checksum)
    await held.value.restore(target)
    await source.assessmentList.clear()
    await target.assessmentList.clear()
    expect(await databaseChecksum(target)).toBe(await databaseChecksum(source))
  })

  it('refuses a wrong passphrase, a damaged and a truncated backup, writing nothing', async () => {
    const { backup, sealed, target, checksum } = await setUp()
    const wrong = await checkBackupToRestore(sealed.slice(), 'not the passphrase')
    expect(!wrong.ok && wrong.issues[0]!.code).toBe('encrypted.authFailed')
    const missing = await checkBackupToRestore(sealed.slice())
    expect(!missing.ok && missing.issues[0]!.code).toBe('encrypted.passphraseMissing')
    const damaged = backup.bytes.slice()
    damaged[Math.floor(damaged.length / 2)]! ^= 0xff
    const refused = await checkBackupToRestore(damaged)
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.issues[0]!.path).toBeTruthy()
    expect((await checkBackupToRestore(backup.bytes.slice(0, 100))).ok).toBe(false)
    expect(await databaseChecksum(target)).toBe(checksum)
  })
})

describe("restoring in the worker's large chunks", () => {
  it("writes the same database as the page's small chunks, and is still one transaction", async () => {
    const { backup, target, checksum } = await setUp()
    const checked = checkBackupFile(backup.bytes)
    if (!checked.ok) throw new Error('refused')
    const viaPage = await databases.open()
    await restoreBackup(viaPage, checked.value)
    const broken = {
      ...checked.value,
      settings: [...checked.value.settings, checked.value.settings[0]!]
    }
    await expect(restoreBackup(target, broken, WORKER_CHUNKS)).rejects.toThrow()
    expect(await databaseChecksum(target)).toBe(checksum)
    await restoreBackup(target, checked.value, WORKER_CHUNKS)
    expect(await databaseChecksum(target)).toBe(await databaseChecksum(viaPage))
  })
})
