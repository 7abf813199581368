import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { defaultBank } from '../testing/default-bank'
import type { Assessment } from '../assessment/assessment'
import { assessmentContentHash } from '../assessment'
import { miniAssessment, miniBank } from '../testing'
import { bankContentHash } from '../bank'
import { generateSampleAssessment } from '../sample'
import { createPrng } from '../util/prng'
import { sha256Hex } from '../util/sha256'
import { packageZipSpec, readPackage } from './read-package'
import { sameBytes, withRealEvidence } from './test-support'
import type { PackageEvidence, WritePackageInput } from './write-package'
import { writePackage } from './write-package'
import { openZip } from '../zip'
import { DEFAULT_PACKAGE_LIMITS } from './limits'

const bank = defaultBank()
const stamp = { generator: 'stability-assessor test', exportedAt: '2025-07-20T09:00:00+08:00' }

function samples(seeds: number[]): { assessments: Assessment[]; evidence: PackageEvidence[] } {
  const items = seeds.map((seed) =>
    withRealEvidence(generateSampleAssessment(bank, { seed }), seed)
  )
  return {
    assessments: items.map((i) => i.assessment),
    evidence: items.flatMap((i) => i.evidence)
  }
}

function read(pkg: Uint8Array) {
  const result = readPackage(pkg)
  if (!result.ok) throw new Error(JSON.stringify(result.issues.slice(0, 5)))
  return result.value
}

describe('package round trip', () => {
  const input: WritePackageInput = { ...samples([1, 2, 3, 4, 5]), banks: [bank], ...stamp }
  const pkg = writePackage(input)

  it('reproduces every assessment exactly (same canonical content hash, deep-equal) with its evidence bytes', () => {
    const back = read(pkg)
    expect(back.assessments.map(assessmentContentHash)).toEqual(
      input.assessments.map(assessmentContentHash)
    )
    expect(back.assessments).toEqual(input.assessments)
    const referenced = new Set(
      input.assessments.flatMap((a) =>
        [...a.answers, ...a.factors].flatMap((x) =>
          x.evidence.filter((e) => e.kind === 'file').map((e) => e.sha256)
        )
      )
    )
    expect(referenced.size).toBeGreaterThan(5)
    expect([...back.evidence.keys()].sort()).toEqual([...referenced].sort())
    for (const item of input.evidence)
      expect(sameBytes(back.evidence.get(item.sha256), item.bytes)).toBe(true)
    expect(back.banks.map(bankContentHash)).toEqual([bankContentHash(bank)])
    expect(back.manifest).toMatchObject({
      kind: 'stability-assessor/package',
      packageVersion: 1,
      ...stamp
    })
  })

  it('is byte-identical for the same input, whatever the order of the input lists', () => {
    expect(sha256Hex(writePackage(input))).toBe(sha256Hex(pkg))
    const shuffled: WritePackageInput = {
      ...input,
      assessments: [...input.assessments].reverse(),
      evidence: [...input.evidence].reverse(),
      banks: [bank, bank]
    }
    expect(sameBytes(writePackage(shuffled), pkg)).toBe(true)
  })

  it('is a plain zip other tools read: fflate finds every part with the manifest hash', () => {
    const files = unzipSync(pkg)
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as {
      parts: Array<{ path: string; sha256: string; size: number }>
    }
    expect(Object.keys(files)[0]).toBe('manifest.json')
    expect(Object.keys(files).length).toBe(manifest.parts.length + 1)
    for (const part of manifest.parts) {
      expect(files[part.path]?.length).toBe(part.size)
      expect(sha256Hex(files[part.path]!)).toBe(part.sha256)
    }
  })

  it('leaves out banks and evidence nothing uses, and works without banks', () => {
    const extra = { sha256: sha256Hex('unused'), bytes: new TextEncoder().encode('unused') }
    const miniHash = bankContentHash(miniBank)
    const lean = writePackage({
      ...input,
      assessments: input.assessments.slice(0, 1),
      evidence: [...input.evidence, extra],
      banks: [bank, miniBank]
    })
    const back = read(lean)
    expect(back.evidence.has(extra.sha256)).toBe(false)
    expect(back.banks.map(bankContentHash)).not.toContain(miniHash)
    const noBanks = read(writePackage({ ...input, banks: undefined }))
    expect(noBanks.banks).toEqual([])
    expect(noBanks.assessments.map(assessmentContentHash)).toEqual(
      input.assessments.map(assessmentContentHash)
    )
  })

  it('stores files deflate cannot shrink or would shrink past the bomb bound, and reads them back', () => {
    const base = withRealEvidence(miniAssessment(bankContentHash(miniBank)), 7)
    const zeros = new Uint8Array(3 * 1024 * 1024)
    const prng = createPrng(3)
    const random = Uint8Array.from({ length: 4096 }, () => prng.int(0, 255))
    const [answer] = base.assessment.answers.filter((a) => a.questionId === 'A1.09')
    const evidence = [zeros, random].map((bytes, i) => ({
      kind: 'file' as const,
      id: `ev-big-${i}`,
      name: `file-${i}.bin`,
      sha256: sha256Hex(bytes),
      size: bytes.length
    }))
    const assessment: Assessment = {
      ...base.assessment,
      answers: base.assessment.answers.map((a) => (a === answer ? { ...a, evidence } : a))
    }
    const pkg2 = writePackage({
      assessments: [assessment],
      evidence: [zeros, random].map((bytes) => ({ sha256: sha256Hex(bytes), bytes })),
      banks: [miniBank],
      ...stamp
    })
    const directory = openZip(pkg2, packageZipSpec(DEFAULT_PACKAGE_LIMITS))
    if (!directory.ok) throw new Error('unreadable')
    const methods = new Map(directory.value.map(({ entry }) => [entry.name, entry.method]))
    expect(methods.get(`evidence/${sha256Hex(zeros)}`)).toBe(0)
    expect(methods.get(`evidence/${sha256Hex(random)}`)).toBe(0)
    expect(methods.get('manifest.json')).toBe(8)
    expect(sameBytes(read(pkg2).evidence.get(sha256Hex(zeros)), zeros)).toBe(true)
  })
})

describe('writePackage refuses to write what readPackage would refuse', () => {
  const { assessments, evidence } = samples([1])
  const base: WritePackageInput = { assessments, evidence, banks: [bank], ...stamp }

  it.each<[string, Partial<WritePackageInput>, RegExp]>([
    ['no assessment', { assessments: [] }, /no assessment to export/],
    ['the same assessment twice', { assessments: [...assessments, ...assessments] }, /given twice/],
    ['a referenced file missing', { evidence: evidence.slice(1) }, /was not provided/],
    [
      'other bytes under a file hash',
      { evidence: evidence.map((e, i) => (i === 0 ? { ...e, bytes: new Uint8Array(3) } : e)) },
      /are 3 bytes with SHA-256/
    ],
    ['an invalid export time', { exportedAt: 'yesterday' }, /not valid/],
    ['an empty generator', { generator: ' ' }, /manifest would not be valid: generator/],
    [
      'an assessment that does not fit its included bank',
      {
        assessments: [
          { ...assessments[0]!, answers: [{ ...assessments[0]!.answers[0]!, value: 'zzz' }] }
        ]
      },
      /does not fit its bank/
    ]
  ])('%s', (_what, change, message) => {
    expect(() => writePackage({ ...base, ...change })).toThrow(message)
  })

  it('two different banks with the same id and version', () => {
    const other = { ...bank, title: { ...bank.title, 'en-US': 'Other' } }
    const fake = {
      ...assessments[0]!,
      id: 'other',
      bank: { ...assessments[0]!.bank, contentHash: bankContentHash(other) }
    }
    expect(() =>
      writePackage({ ...base, assessments: [...assessments, fake], banks: [bank, other] })
    ).toThrow(/two different banks/)
  })

  it('packages over the limits', () => {
    expect(() => writePackage(base, { ...DEFAULT_PACKAGE_LIMITS, maxEntries: 3 })).toThrow(
      /over the 3 limit/
    )
    expect(() => writePackage(base, { ...DEFAULT_PACKAGE_LIMITS, maxTotalBytes: 1000 })).toThrow(
      /add up to/
    )
  })
})
