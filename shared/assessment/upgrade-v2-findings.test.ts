import { describe, expect, it } from 'vitest'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { CURRENT_ASSESSMENT_FORMAT_VERSION as CURRENT } from './assessment'
import { assessmentContentHash, serializeAssessmentFile } from './canonical'
import { isFinalizationSealValid } from './seal'
import { parseAssessmentJson } from './parse'

const exportedAt = '2025-07-18T16:18:00+08:00'

/** A sealed file exactly as format 2 wrote it: no format-3 field set, version 2. */
function formatTwoText(): { text: string; hash: string } {
  const sample = generateSampleAssessment(defaultBank(), { seed: 4 })
  const hash = assessmentContentHash(sample)
  const sealed = {
    ...sample,
    metadata: { ...sample.metadata, reportNumber: 'SA-2025-004' },
    status: 'finalized' as const
  }
  const sealedHash = assessmentContentHash(sealed)
  const text = serializeAssessmentFile(
    { ...sealed, finalization: { by: '张伟', at: exportedAt, contentHash: sealedHash } },
    { generator: 'stability-assessor 0.1.0', exportedAt }
  ).replace(`"formatVersion": ${CURRENT},`, '"formatVersion": 2,')
  expect(hash).not.toBe(sealedHash)
  return { text, hash: sealedHash }
}

describe('assessment format 2 → 3: the remediation register', () => {
  it('reads a format 2 file with the same content, hash and valid seal', () => {
    const { text, hash } = formatTwoText()
    expect(text).toContain('"formatVersion": 2,')
    expect(text).not.toMatch(/previousPeriod|"history"|"feedback"|"recheck"/)
    const parsed = parseAssessmentJson(text)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    expect(parsed.value.formatVersion).toBe(CURRENT)
    const assessment = parsed.value.assessment
    expect(assessment.previousPeriod).toBeUndefined()
    expect(assessmentContentHash(assessment)).toBe(hash)
    expect(isFinalizationSealValid(assessment)).toBe(true)
  })

  it('changes the content hash by the new finding fields only when they say something', () => {
    const sample = generateSampleAssessment(defaultBank(), { seed: 4 })
    const before = assessmentContentHash(sample)
    const first = sample.findings[0]!
    const withEmpty = {
      ...sample,
      findings: [
        { ...first, description: '', note: '', noteEvidence: [], history: [] },
        ...sample.findings.slice(1)
      ]
    }
    expect(assessmentContentHash(withEmpty)).toBe(before)
    for (const change of [
      { description: '问题描述' },
      { risk: { level: 'high' as const, reason: '影响交易' } },
      { urgent: true },
      { note: '已整改' },
      { feedback: { response: 'agree' as const } },
      { recheck: { date: '2025-08-01', by: '李娜', result: 'failed' as const } }
    ]) {
      const changed = {
        ...sample,
        findings: [{ ...first, ...change }, ...sample.findings.slice(1)]
      }
      expect(assessmentContentHash(changed), JSON.stringify(change)).not.toBe(before)
    }
    // When the auditee's answer was taken in is a clock reading, not content.
    const a = { ...sample, findings: [{ ...first, feedback: { response: 'agree' as const } }] }
    const b = {
      ...sample,
      findings: [{ ...first, feedback: { response: 'agree' as const, receivedAt: exportedAt } }]
    }
    expect(assessmentContentHash(a)).toBe(assessmentContentHash(b))
  })

  it('writes and reads back every new field', () => {
    const sample = generateSampleAssessment(defaultBank(), { seed: 4 })
    const first = sample.findings[0]!
    const full = {
      ...sample,
      previousPeriod: {
        assessmentId: 'prev-1',
        period: { start: '2023-07-01', end: '2024-06-30' },
        reportNumber: 'SA-2024-001',
        contentHash: 'a'.repeat(64),
        gaps: [first.findingId]
      },
      findings: [
        {
          ...first,
          description: '描述',
          risk: { level: 'medium' as const, reason: '理由' },
          urgent: false,
          status: 'verified' as const,
          note: '说明',
          noteEvidence: [{ kind: 'reference' as const, id: 'n1', name: '《整改报告》' }],
          recheck: { date: '2025-08-01', by: '李娜', result: 'passed' as const, comment: '通过' },
          feedback: {
            response: 'partial' as const,
            explanation: '解释',
            plan: '计划',
            plannedDate: '2025-12-31',
            by: '运维部',
            receivedAt: exportedAt
          },
          history: [
            {
              assessmentId: 'prev-1',
              period: { start: '2023-07-01', end: '2024-06-30' },
              status: 'open' as const,
              riskLevel: 'high' as const
            }
          ]
        },
        ...sample.findings.slice(1)
      ]
    }
    const text = serializeAssessmentFile(full, { generator: 't', exportedAt })
    const parsed = parseAssessmentJson(text)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
    expect(parsed.value.assessment).toEqual(full)
    expect(serializeAssessmentFile(parsed.value.assessment, { generator: 't', exportedAt })).toBe(
      text
    )
  })
})
