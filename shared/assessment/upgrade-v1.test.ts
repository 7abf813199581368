import { describe, expect, it } from 'vitest'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import {
  assessmentContentHash,
  isFinalizationSealValid,
  serializeAssessmentFile
} from './canonical'
import { CURRENT_ASSESSMENT_FORMAT_VERSION } from './assessment'
import { parseAssessmentJson } from './parse'

/** A file exactly as format 1 wrote it: format 2's serializer with no format-2 field set. */
function formatOneText(): { text: string; hash: string } {
  const sample = generateSampleAssessment(defaultBank(), { seed: 3 })
  const hash = assessmentContentHash(sample)
  const sealed = {
    ...sample,
    status: 'finalized' as const,
    finalization: { by: '张伟', at: '2025-07-18T16:00:00+08:00', contentHash: hash }
  }
  const text = serializeAssessmentFile(sealed, {
    generator: 'stability-assessor 0.1.0',
    exportedAt: '2025-07-18T16:18:00+08:00'
  }).replace(`"formatVersion": ${CURRENT_ASSESSMENT_FORMAT_VERSION},`, '"formatVersion": 1,')
  return { text, hash }
}

describe('assessment format 1 → 2', () => {
  it('reads a format 1 file as the current format with the same content, hash and valid seal', () => {
    const { text, hash } = formatOneText()
    expect(text).toContain('"formatVersion": 1,')
    expect(text).not.toMatch(/reportNumber|confidentiality|narrative/)
    const parsed = parseAssessmentJson(text)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    expect(parsed.value.formatVersion).toBe(CURRENT_ASSESSMENT_FORMAT_VERSION)
    const assessment = parsed.value.assessment
    expect(assessment.metadata.reportNumber).toBeUndefined()
    expect(assessment.narrative).toBeUndefined()
    expect(assessmentContentHash(assessment)).toBe(hash)
    expect(isFinalizationSealValid(assessment)).toBe(true)
  })

  it('writes the current format, and the new fields change the content hash only when they say something', () => {
    const sample = generateSampleAssessment(defaultBank(), { seed: 3 })
    const before = assessmentContentHash(sample)
    expect(assessmentContentHash({ ...sample, narrative: { overview: '', conclusion: '' } })).toBe(
      before
    )
    expect(assessmentContentHash({ ...sample, narrative: { conclusion: '总体良好。' } })).not.toBe(
      before
    )
    const numbered = { ...sample, metadata: { ...sample.metadata, reportNumber: 'SA-2025-001' } }
    expect(assessmentContentHash(numbered)).not.toBe(before)
    const text = serializeAssessmentFile(
      { ...numbered, narrative: { conclusion: '总体良好。' } },
      { generator: 't', exportedAt: '2025-07-18T16:18:00+08:00' }
    )
    expect(text).toContain(`"formatVersion": ${CURRENT_ASSESSMENT_FORMAT_VERSION},`)
    const parsed = parseAssessmentJson(text)
    expect(parsed.ok && parsed.value.assessment.narrative).toEqual({ conclusion: '总体良好。' })
  })

  it('refuses a report number that is not one line', () => {
    const sample = generateSampleAssessment(defaultBank(), { seed: 3 })
    const bad = { ...sample, metadata: { ...sample.metadata, reportNumber: 'SA-1\nSA-2' } }
    expect(() =>
      serializeAssessmentFile(bad, { generator: 't', exportedAt: '2025-07-18T16:18:00+08:00' })
    ).toThrow(/metadata\.reportNumber/)
  })
})
