import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { assessmentContentHash, serializeAssessmentFile } from './canonical'
import { isFinalizationSealValid } from './seal'
import { CURRENT_ASSESSMENT_FORMAT_VERSION } from './assessment'
import { parseAssessmentJson } from './parse'

/** A real file format 1 wrote (the format-1 app, sealed), and the content hash it sealed. */
function formatOneText(): { text: string; hash: string } {
  const text = readFileSync(new URL('./fixtures/format-1-finalized.json', import.meta.url), 'utf8')
  const file = JSON.parse(text) as { assessment: { finalization: { contentHash: string } } }
  return { text, hash: file.assessment.finalization.contentHash }
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
