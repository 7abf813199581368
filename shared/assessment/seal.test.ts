import { describe, expect, it } from 'vitest'
import { loadedDefaultBank } from '../testing/default-bank'
import { generateSampleAssessment } from '../sample'
import type { Assessment } from './assessment'
import { assessmentContentHash } from './canonical'
import { isFinalizationSealValid, sealVerdict } from './seal'
import { SEAL_COVERS } from './seal-covers'

/*
 * The three cases of a seal over an assessment with registers: a seal that covers them and
 * matches; an unmarked seal of 2026-12-06 that matches exactly the content without them; and a
 * change after sealing — always a mismatch, marked or not.
 */
const { bank } = loadedDefaultBank()
const REGISTERS: NonNullable<Assessment['registers']> = {
  registers: [
    {
      source: {
        name: '台账.xlsx',
        sha256: 'a'.repeat(64),
        bytes: 1000,
        importedAt: '2026-12-06T10:00:00.000Z'
      },
      table: {
        kind: 'incidents',
        sheet: '故障台账',
        rows: [
          { row: 2, values: { incidentId: 'I01', system: '集中交易', start: '2026-03-05T09:30' } }
        ],
        leftOut: [],
        repeatedHeaders: 0
      }
    }
  ],
  overrides: {}
}
const base = (): Assessment => ({
  ...generateSampleAssessment(bank, { seed: 2 }),
  registers: structuredClone(REGISTERS)
})
const sealed = (a: Assessment, contentHash: string, covers?: boolean): Assessment => ({
  ...a,
  status: 'finalized',
  finalization: {
    by: '张伟',
    at: '2026-12-06T12:00:00.000Z',
    contentHash,
    ...(covers ? { covers: [...SEAL_COVERS] } : {})
  }
})
const withoutRegisters = (a: Assessment): Assessment => {
  const { registers: _r, ...rest } = a
  return rest
}

describe('sealVerdict', () => {
  it('a seal that covers the registers and matches: valid', () => {
    const a = base()
    const seal = sealed(a, assessmentContentHash(a), true)
    expect(sealVerdict(seal)).toBe('valid')
    expect(isFinalizationSealValid(seal)).toBe(true)
  })

  it('an unmarked old seal matching exactly the content without registers: sealed before registers', () => {
    const a = base()
    const old = sealed(a, assessmentContentHash(withoutRegisters(a)))
    expect(assessmentContentHash(withoutRegisters(a))).not.toBe(assessmentContentHash(a))
    expect(sealVerdict(old)).toBe('beforeRegisters')
    expect(isFinalizationSealValid(old)).toBe(true)
    // The same hash under a seal that says it covers the registers is no excuse: a mismatch.
    expect(sealVerdict(sealed(a, assessmentContentHash(withoutRegisters(a)), true))).toBe(
      'mismatch'
    )
  })

  it('a real change after sealing: mismatch, with or without the marker', () => {
    const a = base()
    const oldHash = assessmentContentHash(withoutRegisters(a))
    const newHash = assessmentContentHash(a)
    const tampered = structuredClone(a)
    tampered.factors[0]!.values = { ...tampered.factors[0]!.values, changed: 1 }
    expect(sealVerdict(sealed(tampered, oldHash))).toBe('mismatch')
    expect(sealVerdict(sealed(tampered, newHash, true))).toBe('mismatch')
    // A changed register row under an old seal is not hidden either way.
    const rowChanged = structuredClone(a)
    rowChanged.registers!.registers[0]!.table.rows[0]!.values.system = '网上交易'
    expect(sealVerdict(sealed(rowChanged, newHash, true))).toBe('mismatch')
    expect(isFinalizationSealValid(sealed(tampered, oldHash))).toBe(false)
  })

  it('an old seal on an assessment without registers is checked as before', () => {
    const a = withoutRegisters(base())
    expect(sealVerdict(sealed(a, assessmentContentHash(a)))).toBe('valid')
    expect(sealVerdict(a)).toBeNull()
  })
})
