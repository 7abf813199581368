import 'fake-indexeddb/auto'
import { beforeEach, describe, expect, it } from 'vitest'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import type { Assessment } from '@shared/assessment/assessment'
import { assessmentContentHash } from '@shared/assessment/canonical'
import { resolveAll } from '@shared/merge'
import { writePackage } from '@shared/package'
import { fileReferences } from '@shared/package/read-parts'
import { withRealEvidence } from '@shared/package/test-support'
import { generateSampleAssessment } from '@shared/sample'
import { sha256Hex } from '@shared/util/sha256'
import { databaseChecksum } from './checksum'
import type { StabilityDatabase } from './database'
import { loadAssessment, putWholeAssessment } from './repos/assessments'
import { importAssessment } from './repos/import-assessment'
import { applyStoredMerge, planStoredMerge } from './repos/merge'
import { exportPackage } from './repos/package-export'
import { importPackage } from './repos/package-import'
import { StorageError } from './storage-error'
import { freshDatabases, storeSampleWithEvidence } from './test-support'

const { bank, ref } = loadedDefaultBank()
const now = new Date('2026-03-01T08:00:00.000Z')
const ctx = { by: '李娜', fileName: 'team.sapkg' }
const options = { generator: 'test', exportedAt: '2026-03-01T08:00:00.000Z' }

const databases = freshDatabases('package-import')
const freshDb = (withBank = true) => databases.open(withBank ? [{ bank, ref }] : [], now)

/** Stores a sample assessment with real evidence bytes behind its file references. */
async function storeSample(db: StabilityDatabase, seed: number): Promise<Assessment> {
  return (await storeSampleWithEvidence(db, bank, seed, now.toISOString())).assessment
}

let source: StabilityDatabase
beforeEach(async () => {
  source = await freshDb()
})

describe('package export → import', () => {
  it('reproduces every assessment exactly on an empty database, evidence bytes included', async () => {
    const originals = [await storeSample(source, 1), await storeSample(source, 2)]
    const { bytes } = await exportPackage(source, [originals[0]!.id, originals[1]!.id], options)
    const target = await freshDb(false)
    const outcome = await importPackage(target, bytes, ctx, now)
    expect(outcome).toMatchObject({ ok: true, exists: [], banksInstalled: 1 })
    if (!outcome.ok) return
    expect(outcome.imported.map((i) => i.id)).toEqual(originals.map((a) => a.id).sort())
    for (const original of originals) {
      const stored = await loadAssessment(target, original.id)
      expect(stored && assessmentContentHash(stored)).toBe(assessmentContentHash(original))
      expect(stored?.auditLog.at(-1)).toMatchObject({ action: 'assessment.import', by: '李娜' })
      for (const answer of original.answers)
        for (const evidence of answer.evidence ?? []) {
          if (evidence.kind !== 'file') continue
          const row = await target.evidence.get(evidence.sha256)
          const copied = new Uint8Array(await row!.blob.arrayBuffer())
          const kept = new Uint8Array(
            await (await source.evidence.get(evidence.sha256))!.blob.arrayBuffer()
          )
          expect(sha256Hex(copied)).toBe(evidence.sha256)
          expect(copied).toEqual(kept)
        }
    }
    expect((await target.banks.toArray()).map((b) => b.contentHash)).toEqual([ref.contentHash])
  })

  it('writes the same package twice for the same data', async () => {
    const a = await storeSample(source, 3)
    const first = await exportPackage(source, [a.id], options)
    const second = await exportPackage(source, [a.id], options)
    expect(sha256Hex(first.bytes)).toBe(sha256Hex(second.bytes))
  })

  it('refuses to export an assessment whose attached file is not stored here', async () => {
    const a = await storeSample(source, 4)
    await source.evidence.clear()
    await expect(exportPackage(source, [a.id], options)).rejects.toBeInstanceOf(StorageError)
  })
})

describe('refused packages change nothing', () => {
  it('leaves the database byte for byte unchanged for a corrupt, truncated or unfit package', async () => {
    const a = await storeSample(source, 5)
    const { bytes } = await exportPackage(source, [a.id], options)
    const target = await freshDb()
    await storeSample(target, 9)
    const before = await databaseChecksum(target)
    const flipped = bytes.slice()
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff
    const hostile = [bytes.slice(0, bytes.length - 100), flipped, new Uint8Array([1, 2, 3])]
    for (const candidate of hostile) {
      const outcome = await importPackage(target, candidate, ctx, now)
      expect(outcome.ok).toBe(false)
      if (!outcome.ok) expect(outcome.issues.length).toBeGreaterThan(0)
      expect(await databaseChecksum(target)).toBe(before)
    }
  })

  it('refuses an assessment that does not fit its installed bank, naming part and field', async () => {
    const { assessment: a, evidence } = withRealEvidence(
      generateSampleAssessment(bank, { seed: 6 }),
      6
    )
    a.answers[0] = { ...a.answers[0]!, value: 'not a level' }
    // Without the bank in the package, so only the importer's check against the installed bank sees it.
    const bytes = writePackage({ assessments: [a], evidence, ...options })
    const target = await freshDb()
    const before = await databaseChecksum(target)
    const outcome = await importPackage(target, bytes, ctx, now)
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.issues.some((i) => i.path.startsWith(`assessments/${a.id}.json`))).toBe(true)
    expect(await databaseChecksum(target)).toBe(before)
  })

  it('the checksum sees a change in any table, blobs included', async () => {
    const db = await freshDb()
    const a = await storeSample(db, 7)
    const before = await databaseChecksum(db)
    const sha = (await db.evidence.toCollection().primaryKeys())[0]!
    const row = (await db.evidence.get(sha))!
    await db.evidence.put({ ...row, blob: new Blob(['other bytes']) })
    expect(await databaseChecksum(db)).not.toBe(before)
    await db.evidence.put(row)
    expect(await databaseChecksum(db)).toBe(before)
    await db.answers.update([a.id, a.answers[0]!.questionId], { comment: 'changed' })
    expect(await databaseChecksum(db)).not.toBe(before)
  })
})

describe('an assessment that already exists', () => {
  it('is not overwritten: it comes back as exists; importing it as a copy gives a new id', async () => {
    const a = await storeSample(source, 8)
    const { bytes } = await exportPackage(source, [a.id], options)
    const before = await databaseChecksum(source)
    const outcome = await importPackage(source, bytes, ctx, now)
    expect(outcome).toMatchObject({ ok: true, imported: [] })
    if (!outcome.ok) return
    expect(outcome.exists.map((e) => e.id)).toEqual([a.id])
    expect(await databaseChecksum(source)).toBe(before)
    const copy = await importAssessment(source, outcome.exists[0]!, ctx, now)
    expect(copy).toMatchObject({ ok: true, copiedFrom: a.id })
    expect(await source.assessments.count()).toBe(2)
  })

  it('leaves no unreferenced evidence file behind: files wait until a merge or copy needs them', async () => {
    const a = await storeSample(source, 12)
    const files = new Set(fileReferences(a).map(({ ref }) => ref.sha256))
    expect(files.size).toBeGreaterThan(1)
    const { bytes } = await exportPackage(source, [a.id], options)
    // Here the same assessment exists without any attached file (e.g. the other assessor's copy).
    const stripped = (target: StabilityDatabase) =>
      putWholeAssessment(target, {
        ...structuredClone(a),
        answers: a.answers.map((x) => ({ ...x, evidence: [] })),
        factors: a.factors.map((x) => ({ ...x, evidence: [] }))
      })
    const storedFiles = async (target: StabilityDatabase) =>
      new Set((await target.evidence.toArray()).map((row) => row.sha256))
    const referenced = async (target: StabilityDatabase) => {
      const out = new Set<string>()
      for (const row of await target.assessments.toArray())
        for (const { ref } of fileReferences((await loadAssessment(target, row.id))!))
          out.add(ref.sha256)
      return out
    }

    // Cancelled (nothing chosen): the database is exactly as before, no file stored.
    const cancelled = await freshDb()
    await stripped(cancelled)
    const before = await databaseChecksum(cancelled)
    const outcome = await importPackage(cancelled, bytes, ctx, now)
    if (!outcome.ok) throw new Error('refused')
    expect(outcome.exists.map((e) => e.id)).toEqual([a.id])
    expect(new Set(outcome.carried.keys())).toEqual(files)
    expect(await cancelled.evidence.count()).toBe(0)
    expect(await databaseChecksum(cancelled)).toBe(before)

    // Copied: the copy's files are stored, with their bytes.
    const copied = await freshDb()
    await stripped(copied)
    const copyOutcome = await importPackage(copied, bytes, ctx, now)
    if (!copyOutcome.ok) throw new Error('refused')
    const copy = await importAssessment(
      copied,
      copyOutcome.exists[0]!,
      ctx,
      now,
      copyOutcome.carried
    )
    expect(copy).toMatchObject({ ok: true, copiedFrom: a.id })
    expect(await storedFiles(copied)).toEqual(files)
    for (const sha256 of files) {
      const row = await copied.evidence.get(sha256)
      expect(sha256Hex(new Uint8Array(await row!.blob.arrayBuffer()))).toBe(sha256)
    }

    // Merged: exactly the files the merged assessment keeps are stored — none missing, none extra.
    for (const side of ['mine', 'theirs'] as const) {
      const merged = await freshDb()
      await stripped(merged)
      const mergeOutcome = await importPackage(merged, bytes, ctx, now)
      if (!mergeOutcome.ok) throw new Error('refused')
      const { result } = await planStoredMerge(merged, mergeOutcome.exists[0]!)
      if (!result.ok) throw new Error(result.message)
      await applyStoredMerge(
        merged,
        result.plan,
        resolveAll(result.plan, side),
        { by: '李娜', at: now.toISOString() },
        mergeOutcome.carried
      )
      expect(await storedFiles(merged)).toEqual(await referenced(merged))
      if (side === 'theirs') expect(await storedFiles(merged)).toEqual(files)
    }
  })

  it('merges: one-sided answers taken, conflicts resolved, audit entries written', async () => {
    const a = await storeSample(source, 10)
    const theirs: Assessment = structuredClone(a)
    const [first, second] = theirs.answers.filter((x) => x.value !== null && !x.na)
    const flip = (value: unknown) =>
      value === 'yes' ? 'no' : value === 0 ? 1 : value === 'no' ? 'yes' : 0
    theirs.answers = theirs.answers.map((x) =>
      x === first || x === second
        ? {
            ...x,
            value: flip(x.value) as never,
            answeredBy: '王强',
            answeredAt: '2026-03-02T08:00:00.000Z'
          }
        : x
    )
    const { result } = await planStoredMerge(source, theirs)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.plan.conflicts.length).toBeGreaterThan(0)
    const merged = await applyStoredMerge(source, result.plan, resolveAll(result.plan, 'theirs'), {
      by: '李娜',
      at: '2026-03-03T08:00:00.000Z'
    })
    const stored = await loadAssessment(source, a.id)
    expect(stored && assessmentContentHash(stored)).toBe(assessmentContentHash(merged))
    const entries = stored!.auditLog.filter((e) => e.action === 'assessment.merge')
    expect(entries.length).toBe(result.plan.conflicts.length + 1)
    expect(stored!.answers.find((x) => x.questionId === first!.questionId)?.answeredBy).toBe('王强')
    // The same merge again changes nothing.
    const again = await planStoredMerge(source, theirs)
    expect(again.result.ok && again.result.plan.conflicts.length).toBe(0)
  })

  it('refuses to merge into a finalized assessment and writes nothing', async () => {
    const a = await storeSample(source, 11)
    const theirs: Assessment = { ...structuredClone(a), answers: a.answers.slice(1) }
    const { result } = await planStoredMerge(source, theirs)
    if (!result.ok) throw new Error(result.message)
    await source.assessments.update(a.id, { status: 'finalized' })
    const before = await databaseChecksum(source)
    await expect(
      applyStoredMerge(source, result.plan, {}, { by: '李娜', at: now.toISOString() })
    ).rejects.toMatchObject({ code: 'readOnly' })
    expect(await databaseChecksum(source)).toBe(before)
    const replanned = await planStoredMerge(source, theirs)
    expect(replanned.result).toMatchObject({ ok: false, reason: 'finalized' })
  })
})
