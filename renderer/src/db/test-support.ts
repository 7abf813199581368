import type { Assessment } from '@shared/assessment/assessment'
import type { Bank, BankRef } from '@shared/bank/bank'
import type { ScoringProfile } from '@shared/bank/profile'
import type { RegisterImport } from '@shared/registers/read-file'
import { withRealEvidence } from '@shared/package/test-support'
import { generateSampleAssessment } from '@shared/sample'
import { makeProfile, t2, twoKeySystems } from '@shared/testing'
import { Dexie } from 'dexie'
import { afterEach, beforeEach } from 'vitest'
import { openDatabase, type StabilityDatabase } from './database'
import { putWholeAssessment, type NewAssessment } from './repos/assessments'
import { installBanks } from './repos/banks'
import { importRegisters, type RegisterImportChange } from './repos/registers'
import type { BankRow } from './schema'

/** A small valid scoring profile for storage tests (the storage layer does not interpret it). */
export const TEST_PROFILE: ScoringProfile = makeProfile({
  id: 'test-profile',
  version: '1.0.0',
  name: t2('测试方案', 'Test profile'),
  pillarWeights: { A: 1 },
  sectionWeights: { A1: 1 }
})

export const TEST_NEW_ASSESSMENT: NewAssessment = {
  metadata: {
    institution: '示例证券股份有限公司',
    systems: twoKeySystems(),
    period: { start: '2025-01-01', end: '2025-12-31' },
    assessors: ['张伟']
  },
  bank: { id: 'test-bank', version: '1.0.0', contentHash: 'a'.repeat(64) },
  profile: TEST_PROFILE
}

/**
 * Stores sample assessment `seed` of `bank` with real evidence bytes behind its file references,
 * as an import would; returns the assessment and its files.
 */
export async function storeSampleWithEvidence(
  db: StabilityDatabase,
  bank: Bank,
  seed: number,
  storedAt: string
): Promise<{ assessment: Assessment; evidence: ReturnType<typeof withRealEvidence>['evidence'] }> {
  const sample = withRealEvidence(generateSampleAssessment(bank, { seed }), seed)
  await putWholeAssessment(db, sample.assessment)
  for (const item of sample.evidence)
    await db.evidence.put({
      sha256: item.sha256,
      blob: new Blob([item.bytes as Uint8Array<ArrayBuffer>], { type: item.mimeType ?? '' }),
      size: item.bytes.length,
      mimeType: item.mimeType ?? '',
      storedAt
    })
  return sample
}

/**
 * The database the backup tests back up: `bank` installed on 2025-07-01 (as `origin`) and sample
 * assessments `seeds` of it stored on 2025-07-02 with real evidence bytes; returns the samples in
 * seed order. Each test then moves one to the trash and saves settings as it needs.
 */
export async function storeBankAndSamples(
  db: StabilityDatabase,
  { bank, ref }: { bank: Bank; ref: BankRef },
  seeds: readonly number[],
  origin: BankRow['origin'] = 'imported'
): Promise<Array<Awaited<ReturnType<typeof storeSampleWithEvidence>>>> {
  await db.banks.put({
    contentHash: ref.contentHash,
    id: bank.id,
    version: bank.version,
    origin,
    installedAt: '2025-07-01T08:00:00.000Z',
    bank
  })
  const samples = []
  for (const seed of seeds)
    samples.push(await storeSampleWithEvidence(db, bank, seed, '2025-07-02T08:00:00.000Z'))
  return samples
}

/**
 * Imports the registers of a file read (`read`, as readKnownRegisters gives it) into assessment
 * `assessmentId` with figures `writes`, by 张伟 at `at`: the import the register worker writes.
 */
export function importReadRegisters(
  db: StabilityDatabase,
  assessmentId: string,
  read: RegisterImport,
  writes: RegisterImportChange['writes'],
  at: Date
): Promise<void> {
  return importRegisters(
    db,
    assessmentId,
    { source: read.source, incoming: read.tables, writes },
    '张伟',
    at
  )
}

/** The repos tests' clock: a fixed start (`T0`), and `later(s)` seconds after it. */
export const T0 = new Date('2026-03-01T08:00:00.000Z')
export const later = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000)

/**
 * Gives every test of a file a database of its own (fake IndexedDB): opened and handed to `use`
 * before each test (which may also fill it, e.g. install banks), closed and deleted after it.
 */
export function databasePerTest(
  name: string,
  use: (db: StabilityDatabase) => void | Promise<void>
): void {
  let counter = 0
  let db: StabilityDatabase | undefined
  beforeEach(async () => {
    db = openDatabase(`${name}-${counter++}`)
    await db.open()
    await use(db)
  })
  afterEach(async () => {
    db?.close()
    await db?.delete()
  })
}

/**
 * For the migration tests: database `name` as an earlier release left it (`old(version, stores)`:
 * that version's schema, for the test to fill and close), then opened as this release opens it,
 * which runs the upgrades (`open`). Closed and deleted after each test.
 */
export function databaseToUpgrade(name: string): {
  old: (version: number, stores: Record<string, string | null>) => Dexie
  open: () => Promise<StabilityDatabase>
} {
  let db: StabilityDatabase | undefined
  afterEach(async () => {
    db?.close()
    await Dexie.delete(name)
  })
  return {
    old(version, stores) {
      const old = new Dexie(name)
      old.version(version).stores(stores)
      return old
    },
    async open() {
      db = openDatabase(name)
      await db.open()
      return db
    }
  }
}

/**
 * For tests that open several databases (another computer, a restore's target): `open` opens a
 * new one, with `banks` installed as built-in ones when given; `track` takes over one opened by
 * name elsewhere. Every database of either is closed and deleted after each test.
 */
export function freshDatabases(name: string): {
  open: (
    banks?: Array<{ bank: Bank; ref: BankRef }>,
    installedAt?: Date
  ) => Promise<StabilityDatabase>
  track: (db: StabilityDatabase) => StabilityDatabase
} {
  let counter = 0
  const opened: StabilityDatabase[] = []
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close()
      await db.delete()
    }
  })
  const track = (db: StabilityDatabase): StabilityDatabase => {
    opened.push(db)
    return db
  }
  return {
    track,
    async open(banks = [], installedAt = new Date()) {
      const db = track(openDatabase(`${name}-${counter++}`))
      await db.open()
      if (banks.length > 0) await installBanks(db, banks, 'builtin', installedAt)
      return db
    }
  }
}
