import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import type { Assessment } from './assessment'
import { assessmentContentHash, serializeAssessmentFile } from './canonical'
import { isFinalizationSealValid } from './seal'
import { parseAssessmentJson } from './parse'
import { upgradeV2toV3 } from './upgrade-v2'

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

describe('assessment format 2 → 3: evidence date and caption', () => {
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

/** Real files of the older formats, each sealed by the app of its time. */
const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')
const v2Text = fixture('format-2-finalized.json')
const v1Text = fixture('format-1-finalized.json')
type RawFile = { formatVersion: number; assessment: { metadata: { scope: string[] } } }
const v2 = JSON.parse(v2Text) as RawFile

describe('assessment format 2 → 3: key systems', () => {
  it('turns the scope names into key systems sys-1, sys-2, … in order, saying nothing more', () => {
    const upgraded = upgradeV2toV3(v2) as RawFile & {
      assessment: { metadata: Record<string, unknown> }
    }
    expect(upgraded.formatVersion).toBe(3)
    expect(upgraded.assessment.metadata.scope).toBeUndefined()
    expect(upgraded.assessment.metadata.systems).toEqual(
      v2.assessment.metadata.scope.map((name, i) => ({ id: `sys-${i + 1}`, name }))
    )
    // Format 2's own fields are kept as they were.
    expect(upgraded.assessment.metadata.reportNumber).toBe('SA-2025-007')
    expect(v2.formatVersion).toBe(2)
  })

  for (const [format, text] of [
    ['2', v2Text],
    ['1', v1Text]
  ] as const)
    it(`reads a sealed format-${format} file whose seal still holds after the upgrade`, () => {
      const raw = JSON.parse(text) as RawFile
      const parsed = parseAssessmentJson(text)
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues))
      expect(parsed.value.formatVersion).toBe(3)
      const assessment = parsed.value.assessment
      expect(assessment.metadata.systems.map((s) => s.name)).toEqual(raw.assessment.metadata.scope)
      expect(assessment.status).toBe('finalized')
      expect(isFinalizationSealValid(assessment)).toBe(true)
    })

  it('does not let a changed scope pass the seal', () => {
    const tampered = structuredClone(v2)
    tampered.assessment.metadata.scope = [...tampered.assessment.metadata.scope, '产品销售系统']
    const parsed = parseAssessmentJson(JSON.stringify(tampered))
    expect(parsed.ok && isFinalizationSealValid(parsed.value.assessment)).toBe(false)
  })

  it('a system given a class is covered by the seal', () => {
    const parsed = parseAssessmentJson(v2Text)
    if (!parsed.ok) throw new Error('fixture')
    const a = parsed.value.assessment
    a.metadata.systems[0] = { ...a.metadata.systems[0]!, class: 4 }
    expect(isFinalizationSealValid(a)).toBe(false)
  })

  it('refuses a scope that is not a list of names', () => {
    const bad = structuredClone(v2) as unknown as { assessment: { metadata: { scope: unknown } } }
    bad.assessment.metadata.scope = [1]
    expect(() => upgradeV2toV3(bad)).toThrow('scope[0] must be a system name')
  })
})
