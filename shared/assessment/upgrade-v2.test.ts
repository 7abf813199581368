import { describe, expect, it } from 'vitest'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import type { Assessment } from './assessment'
import {
  assessmentContentHash,
  isFinalizationSealValid,
  serializeAssessmentFile
} from './canonical'
import { parseAssessmentJson } from './parse'

const stamp = { generator: 'stability-assessor 0.1.0', exportedAt: '2025-07-18T16:18:00+08:00' }

/** A sealed sample with a file and a written reference on its first answers. */
function sealedSample(): Assessment {
  const sample = generateSampleAssessment(defaultBank(), { seed: 5 })
  const withEvidence = {
    ...sample,
    answers: sample.answers.map((answer, i) =>
      i > 1
        ? answer
        : {
            ...answer,
            evidence: [
              i === 0
                ? {
                    kind: 'file' as const,
                    id: `ev-file-${i}`,
                    name: '监控大屏截图.png',
                    sha256: 'a'.repeat(64),
                    size: 2048,
                    mimeType: 'image/png'
                  }
                : { kind: 'reference' as const, id: `ev-ref-${i}`, name: '《应急预案（2025版）》' }
            ]
          }
    )
  }
  return {
    ...withEvidence,
    status: 'finalized',
    finalization: {
      by: '张伟',
      at: '2025-07-18T16:00:00+08:00',
      contentHash: assessmentContentHash(withEvidence)
    }
  }
}

describe('assessment format 2 → 3', () => {
  it('reads a format 2 file (evidence without date or caption) with the same content and seal', () => {
    const sealed = sealedSample()
    const text = serializeAssessmentFile(sealed, stamp).replace(
      '"formatVersion": 3,',
      '"formatVersion": 2,'
    )
    expect(text).toContain('"formatVersion": 2,')
    expect(text).not.toMatch(/effectiveDate|caption/)
    const parsed = parseAssessmentJson(text)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    expect(parsed.value.formatVersion).toBe(3)
    const assessment = parsed.value.assessment
    expect(assessment.answers[0]?.evidence[0]).toMatchObject({ name: '监控大屏截图.png' })
    expect(assessmentContentHash(assessment)).toBe(sealed.finalization?.contentHash)
    expect(isFinalizationSealValid(assessment)).toBe(true)
  })

  it('keeps an evidence date and caption through a file, and they are content (the hash moves)', () => {
    const sample = generateSampleAssessment(defaultBank(), { seed: 5 })
    const first = sample.answers[0]!
    const ref = {
      kind: 'reference' as const,
      id: 'ev-ref-1',
      name: '《值班记录（2025年6月）》',
      effectiveDate: '2025-06-30',
      caption: '6 月 30 日夜班交接记录'
    }
    const dated = {
      ...sample,
      answers: [{ ...first, evidence: [ref] }, ...sample.answers.slice(1)]
    }
    const plain = {
      ...sample,
      answers: [
        { ...first, evidence: [{ kind: ref.kind, id: ref.id, name: ref.name }] },
        ...sample.answers.slice(1)
      ]
    }
    expect(assessmentContentHash(dated)).not.toBe(assessmentContentHash(plain))
    const parsed = parseAssessmentJson(serializeAssessmentFile(dated, stamp))
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    expect(parsed.value.assessment.answers[0]?.evidence).toEqual([ref])
  })

  it('refuses an evidence date that is not a calendar date, naming the field', () => {
    const sample = generateSampleAssessment(defaultBank(), { seed: 5 })
    const first = sample.answers[0]!
    const bad = {
      ...sample,
      answers: [
        {
          ...first,
          evidence: [
            { kind: 'reference' as const, id: 'r', name: 'x', effectiveDate: '2025-02-30' }
          ]
        },
        ...sample.answers.slice(1)
      ]
    }
    expect(() => serializeAssessmentFile(bad, stamp)).toThrow(
      /evidence\.0\.effectiveDate|effectiveDate/
    )
  })
})
