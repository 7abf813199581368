import { describe, expect, it } from 'vitest'
import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import type { Assessment } from '../assessment/assessment'
import { parseAssessmentJson, serializeAssessmentFile } from '../assessment'
import { assembleBackup, backupAssessmentPart, readBackup } from '../backup'
import { loadBank } from '../bank/identity'
import { generateSampleAssessment } from '../sample'
import { readPackage } from './read-package'
import { writePackage } from './write-package'

/**
 * Key systems and per-system factor inputs (bank 1.1.0's F11, F16) survive the assessment file,
 * the package and the backup unchanged — the systems with their class, real-time flag and window,
 * and every system's inputs.
 */
const loaded = loadBank(bank11Json)
if (!loaded.ok) throw new Error('bank 1.1.0 does not load')
const bank = loaded.value.bank
const stamp = { generator: 'stability-assessor test', exportedAt: '2026-12-06T18:00:00+08:00' }

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
    const back = parseAssessmentJson(serializeAssessmentFile(original, stamp))
    if (!back.ok) throw new Error(JSON.stringify(back.issues.slice(0, 3)))
    expect(perSystem(back.value.assessment)).toEqual(expected)
    expect(back.value.assessment).toEqual(original)
  })

  it('through a package', () => {
    const back = readPackage(writePackage({ assessments: [original], evidence: [], ...stamp }))
    if (!back.ok) throw new Error(JSON.stringify(back.issues.slice(0, 3)))
    expect(perSystem(back.value.assessments[0]!)).toEqual(expected)
    expect(back.value.assessments[0]).toEqual(original)
  })

  it('through a backup', () => {
    const part = backupAssessmentPart(
      { assessment: original, evidence: [] },
      { generator: stamp.generator, createdAt: stamp.exportedAt }
    )
    const { bytes } = assembleBackup({
      createdAt: stamp.exportedAt,
      generator: stamp.generator,
      databaseVersion: 1,
      assessments: [part],
      banks: [],
      evidence: [],
      settings: []
    })
    const back = readBackup(bytes)
    if (!back.ok) throw new Error(JSON.stringify(back.issues.slice(0, 3)))
    expect(perSystem(back.value.assessments[0]!.assessment)).toEqual(expected)
    expect(back.value.assessments[0]!.assessment).toEqual(original)
  })
})
