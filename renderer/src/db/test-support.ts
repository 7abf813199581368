import type { Assessment } from '@shared/assessment/assessment'
import type { Bank } from '@shared/bank/bank'
import type { ScoringProfile } from '@shared/bank/profile'
import { withRealEvidence } from '@shared/package/test-support'
import { generateSampleAssessment } from '@shared/sample'
import { makeProfile, t2 } from '@shared/testing'
import { afterEach, beforeEach } from 'vitest'
import { openDatabase, type StabilityDatabase } from './database'
import { putWholeAssessment, type NewAssessment } from './repos/assessments'

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
    systems: [
      { id: 'sys-1', name: '集中交易系统' },
      { id: 'sys-2', name: '网上交易系统' }
    ],
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
