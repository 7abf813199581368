import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import {
  assessmentCanonicalContent,
  assessmentContentHash,
  parseAssessmentJson,
  serializeAssessmentFile
} from '../assessment'
import { assessmentMeasureContext, computeInputs, figureKey, figureWrites } from '../registers'
import { generateSampleAssessment } from '../sample'
import { loadedBank11, registerMeasures, withKnownRegisters } from '../testing/registers-sample'
import {
  ROUND_TRIP_STAMP as stamp,
  throughAssessmentFile,
  throughBackup,
  throughPackage
} from '../testing/round-trip'

/**
 * The firm's registers travel with the assessment: through the assessment file, a package and a
 * backup they come back deep-equal (rows, source file and SHA-256, overrides with their reasons),
 * and the figures measured from them are the same. Files without registers read as before.
 */
const { bank } = loadedBank11()
const MEASURES = registerMeasures()

async function withRegisters(): Promise<Assessment> {
  const a = await withKnownRegisters(generateSampleAssessment(bank, { seed: 3 }))
  a.factors = a.factors.map((entry) => ({ ...entry, evidence: [] }))
  a.answers = a.answers.map((answer) => ({ ...answer, evidence: [] }))
  return a
}

const figures = (a: Assessment) =>
  Object.fromEntries(
    figureWrites(
      computeInputs(
        MEASURES,
        bank.factors,
        assessmentMeasureContext(
          a.metadata.period,
          a.registers!.registers.map((r) => r.table),
          a.metadata.systems
        )
      ),
      bank.factors,
      a.metadata.systems
    ).map((w) => [figureKey(w), w.value])
  )

describe('registers round trip', async () => {
  const original = await withRegisters()
  const expected = figures(original)

  it('has what it claims to test: five registers, an override and known figures', () => {
    expect(original.registers!.registers.map((r) => r.table.kind).sort()).toEqual([
      'changes',
      'drills',
      'incidents',
      'stressTests',
      'systems'
    ])
    expect(original.registers!.registers[0]!.source.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(expected['F01.N_fault']).toBe(35)
    expect(expected['F01.N_mon']).toBe(29)
    expect(expected['F16.T_down_trading@sys-1']).toBe(116)
  })

  it('through the assessment file', () => {
    const { text, back } = throughAssessmentFile(original)
    expect(back.registers).toEqual(original.registers)
    expect(back).toEqual(original)
    expect(figures(back)).toEqual(expected)
    // Written again, the file is the same bytes.
    expect(throughAssessmentFile(back).text).toBe(text)
  })

  it('through a package', () => {
    const back = throughPackage(original)
    expect(back.registers).toEqual(original.registers)
    expect(back).toEqual(original)
    expect(figures(back)).toEqual(expected)
  })

  it('through a backup', () => {
    const back = throughBackup(original)
    expect(back.registers).toEqual(original.registers)
    expect(back).toEqual(original)
    expect(figures(back)).toEqual(expected)
  })

  it('the seal covers the rows and overrides, not when they were imported', () => {
    const hash = assessmentContentHash(original)
    const registers = original.registers!
    const changedRow = structuredClone(registers)
    const incidents = changedRow.registers.find((r) => r.table.kind === 'incidents')!
    incidents.table.rows[0] = {
      ...incidents.table.rows[0]!,
      values: { ...incidents.table.rows[0]!.values, detectedBy: 'external' }
    }
    expect(assessmentContentHash({ ...original, registers: changedRow })).not.toBe(hash)
    const otherReason = structuredClone(registers)
    otherReason.overrides['F01.N_mon']!.reason = '另一个理由'
    expect(assessmentContentHash({ ...original, registers: otherReason })).not.toBe(hash)
    const later = structuredClone(registers)
    for (const r of later.registers) r.source.importedAt = '2026-12-07T10:00:00.000Z'
    later.overrides['F01.N_mon']!.at = '2026-12-07T10:00:00.000Z'
    expect(assessmentContentHash({ ...original, registers: later })).toBe(hash)
  })

  it('an assessment without registers keeps its content and file as before', () => {
    const { registers: _r, ...without } = original
    expect('registers' in assessmentCanonicalContent(without)).toBe(false)
    const text = serializeAssessmentFile(without, stamp)
    expect(text).not.toContain('"registers"')
    const back = parseAssessmentJson(text)
    expect(back.ok && back.value.assessment.registers).toBe(undefined)
  })

  it('refuses a file whose registers are malformed, naming where', () => {
    const text = serializeAssessmentFile(original, stamp)
    const file = JSON.parse(text)
    file.assessment.registers.registers.push(
      structuredClone(file.assessment.registers.registers[0])
    )
    const twice = parseAssessmentJson(JSON.stringify(file))
    expect(twice.ok).toBe(false)
    if (!twice.ok) expect(twice.issues[0]!.path).toContain('registers')
    const noReason = JSON.parse(text)
    noReason.assessment.registers.overrides['F01.N_mon'].reason = ' '
    const refused = parseAssessmentJson(JSON.stringify(noReason))
    expect(refused.ok).toBe(false)
  })
})
