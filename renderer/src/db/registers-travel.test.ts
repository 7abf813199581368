import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  assessmentContentHash,
  parseAssessmentJson,
  sealVerdict,
  serializeAssessmentFile
} from '@shared/assessment'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { readKnownRegisters } from '@shared/testing/registers-sample'
import type { StabilityDatabase } from './database'
import { loadAssessment } from './repos/assessments'
import { checkBackupFile, createBackup } from './repos/backup'
import { restoreBackup } from './repos/restore'
import { importAssessment } from './repos/import-assessment'
import { moveToTrash, purgeFromTrash } from './repos/lifecycle'
import { exportPackage } from './repos/package-export'
import { importPackage } from './repos/package-import'
import { overrideFigure, readRegisters } from './repos/registers'
import { finalizeWithSeal } from './repos/sign-off'
import { freshDatabases, importReadRegisters, storeSampleWithEvidence } from './test-support'

/**
 * An assessment's registers leave IndexedDB with it and come back whole: the assessment file, a
 * package and a whole-database backup carry the rows, the file's name and SHA-256 and the
 * overrides with their reasons, and the seal covers them.
 */
const { bank, ref } = loadedDefaultBank()
const now = new Date('2026-12-06T10:00:00.000Z')
const stamp = { generator: 'test', exportedAt: now.toISOString() }

const databases = freshDatabases('registers-travel')
const freshDb = () => databases.open([{ bank, ref }], now)

/** A stored sample with the known registers imported and one figure overridden. */
async function withRegisters(db: StabilityDatabase): Promise<string> {
  const { assessment } = await storeSampleWithEvidence(db, bank, 4, now.toISOString())
  const read = await readKnownRegisters('台账.xlsx', now.toISOString())
  const writes = [
    { factorId: 'F01', inputId: 'N_fault', systemId: null, value: 35 },
    { factorId: 'F01', inputId: 'N_mon', systemId: null, value: 29 }
  ]
  await importReadRegisters(db, assessment.id, read, writes, now)
  await overrideFigure(
    db,
    assessment.id,
    writes[1]!,
    { value: 28, reason: 'I07 误登' },
    '李娜',
    now
  )
  return assessment.id
}

const withoutId = <T extends { assessmentId: string }>(row: T | undefined) => {
  if (row === undefined) return undefined
  const { assessmentId: _id, ...rest } = row
  return rest
}

describe('a seal says what it covers, through file, package and backup', () => {
  it('covers the registers, and still holds on the other side', async () => {
    const source = await freshDb()
    const id = await withRegisters(source)
    await finalizeWithSeal(source, id, '张伟', now)
    const sealed = (await loadAssessment(source, id))!
    expect(sealed.finalization?.covers).toEqual(['registers'])
    expect(sealVerdict(sealed)).toBe('valid')

    const parsed = parseAssessmentJson(serializeAssessmentFile(sealed, stamp))
    if (!parsed.ok) throw new Error('refused')
    expect(parsed.value.assessment.finalization).toEqual(sealed.finalization)
    expect(sealVerdict(parsed.value.assessment)).toBe('valid')

    const { bytes } = await exportPackage(source, [id], stamp)
    const viaPackage = await freshDb()
    await importPackage(viaPackage, bytes, { by: '王芳', fileName: 'p.sapkg' }, now)
    const fromPackage = (await loadAssessment(viaPackage, id))!
    expect(fromPackage.finalization).toEqual(sealed.finalization)
    expect(sealVerdict(fromPackage)).toBe('valid')

    const backup = await createBackup(source, { generator: 'test', now })
    const checked = checkBackupFile(backup.bytes)
    if (!checked.ok) throw new Error('refused')
    const viaBackup = await freshDb()
    await restoreBackup(viaBackup, checked.value)
    const fromBackup = (await loadAssessment(viaBackup, id))!
    expect(fromBackup.finalization).toEqual(sealed.finalization)
    expect(sealVerdict(fromBackup)).toBe('valid')
  })
})

describe('registers travel with the assessment', () => {
  it('are part of the loaded assessment, and of what the seal covers', async () => {
    const db = await freshDb()
    const id = await withRegisters(db)
    const loaded = await loadAssessment(db, id)
    const stored = await readRegisters(db, id)
    expect(loaded?.registers).toEqual(withoutId(stored))
    expect(loaded?.registers?.registers).toHaveLength(5)
    expect(loaded?.registers?.overrides['F01.N_mon']).toMatchObject({
      value: 28,
      reason: 'I07 误登'
    })
    const { registers: _r, ...without } = loaded!
    expect(assessmentContentHash(without)).not.toBe(assessmentContentHash(loaded!))
    const seal = await finalizeWithSeal(db, id, '张伟', now)
    expect(seal.contentHash).toBe(assessmentContentHash(loaded!))
  })

  it('through the assessment file: export, delete, import give the same registers', async () => {
    const db = await freshDb()
    const id = await withRegisters(db)
    const before = await readRegisters(db, id)
    const text = serializeAssessmentFile((await loadAssessment(db, id))!, stamp)
    await moveToTrash(db, id, '张伟', now)
    await purgeFromTrash(db, id)
    expect(await readRegisters(db, id)).toBeUndefined()
    const parsed = parseAssessmentJson(text)
    if (!parsed.ok) throw new Error('refused')
    const outcome = await importAssessment(
      db,
      parsed.value.assessment,
      { by: '王芳', fileName: 'a.json' },
      now
    )
    expect(outcome).toEqual({ ok: true, id })
    expect(await readRegisters(db, id)).toEqual(before)
  })

  it('through a package into another database', async () => {
    const source = await freshDb()
    const id = await withRegisters(source)
    const { bytes } = await exportPackage(source, [id], stamp)
    const target = await freshDb()
    const outcome = await importPackage(target, bytes, { by: '王芳', fileName: 'p.sapkg' }, now)
    expect(outcome).toMatchObject({ ok: true, imported: [{ id }] })
    expect(await readRegisters(target, id)).toEqual(await readRegisters(source, id))
    expect((await target.factorInputs.get([id, 'F01']))?.values).toEqual(
      (await source.factorInputs.get([id, 'F01']))?.values
    )
  })

  it('through a backup and restore', async () => {
    const source = await freshDb()
    const id = await withRegisters(source)
    const backup = await createBackup(source, { generator: 'test', now })
    const checked = checkBackupFile(backup.bytes)
    if (!checked.ok) throw new Error('refused')
    const target = await freshDb()
    await restoreBackup(target, checked.value)
    expect(await readRegisters(target, id)).toEqual(await readRegisters(source, id))
    expect(assessmentContentHash((await loadAssessment(target, id))!)).toBe(
      assessmentContentHash((await loadAssessment(source, id))!)
    )
  })
})
