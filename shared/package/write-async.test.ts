import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { backupAssessmentPart, backupAssessmentPartAsync } from '../backup'
import { generateSampleAssessment } from '../sample'
import { loadedDefaultBank } from '../testing/default-bank'
import { sha256Hex } from '../util/sha256'
import { readPackage, writePackage, writePackageAsync } from '.'
import { sameBytes, withRealEvidence } from './test-support'

const { bank } = loadedDefaultBank()
const items = [1, 2].map((seed) => withRealEvidence(generateSampleAssessment(bank, { seed }), seed))
const input = {
  assessments: items.map((item) => item.assessment),
  evidence: items.flatMap((item) => item.evidence),
  banks: [bank],
  generator: 'test',
  exportedAt: '2025-07-21T00:00:00.000Z'
}

describe('writePackageAsync (platform SHA-256 and deflate)', () => {
  it('holds byte for byte the entries writePackage writes, manifest and hashes included', async () => {
    const sync = unzipSync(writePackage(input))
    const written = await writePackageAsync(input)
    const inner = unzipSync(written)
    expect(Object.keys(inner)).toEqual(Object.keys(sync))
    for (const name of Object.keys(sync)) expect(sameBytes(inner[name], sync[name])).toBe(true)
    const read = readPackage(written)
    if (!read.ok) throw new Error(JSON.stringify(read.issues))
    expect(read.value.assessments).toEqual(input.assessments)
  })

  it('refuses, as writePackage does, evidence bytes that are not the file they claim to be', async () => {
    const evidence = input.evidence.map((item, index) =>
      index === 0 ? { ...item, bytes: item.bytes.map((b) => b ^ 1) } : item
    )
    expect(() => writePackage({ ...input, evidence })).toThrow(/bytes given for/)
    await expect(writePackageAsync({ ...input, evidence })).rejects.toThrow(/bytes given for/)
  })

  it('packs a backup part whose entry and contents match the synchronous packer', async () => {
    const options = { generator: 'test', createdAt: '2025-07-21T00:00:00.000Z' }
    const sync = backupAssessmentPart({ ...items[0]!, deletedAt: options.createdAt }, options)
    const part = await backupAssessmentPartAsync(
      { ...items[0]!, deletedAt: options.createdAt },
      options
    )
    expect(part.entry.sha256).toBe(sha256Hex(part.bytes))
    expect(part.entry.size).toBe(part.bytes.length)
    const { size: _s, sha256: _h, ...rest } = part.entry
    const { size: _t, sha256: _i, ...expected } = sync.entry
    expect(rest).toEqual(expected)
    const inner = unzipSync(part.bytes)
    const innerSync = unzipSync(sync.bytes)
    for (const name of Object.keys(innerSync))
      expect(sameBytes(inner[name], innerSync[name])).toBe(true)
  })
})
