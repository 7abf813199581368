import { describe, expect, it } from 'vitest'
import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import type { Assessment } from '../assessment/assessment'
import { loadBank } from '../bank/identity'
import { generateSampleAssessment } from '../sample'
import { throughAssessmentFile, throughBackup, throughPackage } from '../testing/round-trip'

/**
 * Key systems and per-system factor inputs (bank 1.1.0's F11, F16) survive the assessment file,
 * the package and the backup unchanged — the systems with their class, real-time flag and window,
 * and every system's inputs.
 */
const loaded = loadBank(bank11Json)
if (!loaded.ok) throw new Error('bank 1.1.0 does not load')
const bank = loaded.value.bank

function sample(): Assessment {
  const a = generateSampleAssessment(bank, { seed: 3 })
  a.factors = a.factors.map((entry) => ({ ...entry, evidence: [] }))
  a.answers = a.answers.map((answer) => ({ ...answer, evidence: [] }))
  return a
}

function perSystem(a: Assessment) {
  return {
    systems: a.metadata.systems,
    inputs: Object.fromEntries(
      a.factors.filter((f) => f.bySystem !== undefined).map((f) => [f.factorId, f.bySystem])
    )
  }
}

describe('per-system inputs round trip', () => {
  const original = sample()
  const expected = perSystem(original)

  it('has what it claims to test: systems and two factors entered per system', () => {
    expect(expected.systems.length).toBeGreaterThan(5)
    expect(Object.keys(expected.inputs).sort()).toEqual(['F11', 'F16'])
    expect(expected.systems.some((s) => s.class !== undefined && s.realTime === true)).toBe(true)
  })

  it('through the assessment file', () => {
    const { back } = throughAssessmentFile(original)
    expect(perSystem(back)).toEqual(expected)
    expect(back).toEqual(original)
  })

  it('through a package', () => {
    const back = throughPackage(original)
    expect(perSystem(back)).toEqual(expected)
    expect(back).toEqual(original)
  })

  it('through a backup', () => {
    const back = throughBackup(original)
    expect(perSystem(back)).toEqual(expected)
    expect(back).toEqual(original)
  })
})
