import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Assessment } from './assessment'
import {
  assessmentCanonicalContent,
  assessmentContentHash,
  serializeAssessmentFile
} from './canonical'
import { isFinalizationSealValid } from './seal'
import { miniAssessment } from '../testing'

const HASH = '0'.repeat(64)
const base = (): Assessment => miniAssessment(HASH)

/** The same object with every key order reversed, recursively (arrays keep their order). */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).reverse())
    out[key] = reverseKeys((value as Record<string, unknown>)[key])
  return out as T
}

describe('assessmentContentHash', () => {
  it('is a SHA-256 and stable under reordering of answers, entries, evidence and keys', () => {
    const a = base()
    const hash = assessmentContentHash(a)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    const b = reverseKeys(base())
    b.answers.reverse()
    b.findings.reverse()
    b.answers[0]!.evidence.push({ kind: 'reference', id: 'ev-0', name: '《变更管理办法》' })
    a.answers
      .find((x) => x.questionId === 'C3.01')!
      .evidence.unshift({ kind: 'reference', id: 'ev-0', name: '《变更管理办法》' })
    expect(assessmentContentHash(b)).toBe(assessmentContentHash(a))
  })

  it('does not change when the audit log grows, the status changes, or on finalization and timestamps', () => {
    const a = base()
    const before = assessmentContentHash(a)
    a.auditLog.push({
      id: 'au-3',
      at: '2025-07-05T09:00:00+08:00',
      by: '王芳',
      action: 'assessment.finalize'
    })
    a.status = 'finalized'
    a.finalization = { by: '王芳', at: '2025-07-05T09:00:00+08:00', contentHash: before }
    a.updatedAt = '2025-07-05T09:00:00+08:00'
    a.createdAt = '2025-01-01T00:00:00Z'
    a.id = 'copy-2'
    a.answers[0]!.answeredAt = '2025-07-04T09:00:00+08:00'
    a.answers[0]!.flagged = true
    a.answers.push({
      questionId: 'A1.99',
      value: null,
      evidence: [],
      flagged: false,
      carriedOver: false
    })
    expect(assessmentContentHash(a)).toBe(before)
    expect(isFinalizationSealValid(a)).toBe(true)
  })

  it('changes with any change of an answer, factor input, finding or metadata', () => {
    const original = assessmentContentHash(base())
    const variants: Array<(a: Assessment) => void> = [
      (a) => (a.answers[0]!.value = 2),
      (a) => (a.answers[2]!.value = 'b'),
      (a) => (a.answers[3]!.value = ['y', 'x']),
      (a) => (a.answers[5]!.value = 87.6),
      (a) => (a.answers[1]!.na = { justification: '另一理由' }),
      (a) => (a.answers[7]!.comment = '新的备注'),
      (a) => a.answers[0]!.evidence.pop(),
      (a) => (a.factors[0]!.values.N_mon = 37),
      (a) => (a.findings[0]!.status = 'done'),
      (a) => (a.metadata.systems = [...a.metadata.systems, { id: 'sys-3', name: '融资融券系统' }]),
      (a) => (a.metadata.systems = [{ ...a.metadata.systems[0]!, class: 4 }]),
      (a) => (a.metadata.systems = [{ ...a.metadata.systems[0]!, realTime: true }]),
      (a) => (a.bank.version = '1.0.1'),
      (a) => (a.profile.questionnaireShare = 0.5)
    ]
    const hashes = new Set<string>([original])
    for (const change of variants) {
      const a = base()
      change(a)
      hashes.add(assessmentContentHash(a))
    }
    expect(hashes.size).toBe(variants.length + 1)
  })

  it('never depends on the order answers are stored in (property)', () => {
    const reference = assessmentContentHash(base())
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 10, maxLength: 10 }), (keys) => {
        const a = base()
        const order = a.answers.map((answer, i) => ({ answer, key: keys[i]! }))
        a.answers = order.sort((x, y) => x.key - y.key).map((x) => x.answer)
        expect(assessmentContentHash(a)).toBe(reference)
      })
    )
  })

  it('leaves out provenance and workflow fields from the canonical content', () => {
    const content = assessmentCanonicalContent(base())
    expect(Object.keys(content).sort()).toEqual([
      'answers',
      'bank',
      'factors',
      'findings',
      'metadata',
      'profile'
    ])
    expect(content.answers[0]).toEqual({
      questionId: 'A1.01',
      value: 3,
      evidence: [{ kind: 'reference', id: 'ev-1', name: '《信息系统应急预案（2025年修订）》' }],
      na: undefined,
      comment: undefined
    })
  })
})

describe('serializeAssessmentFile', () => {
  const options = { generator: 'stability-assessor test', exportedAt: '2025-07-03T08:00:00Z' }

  it('writes pretty JSON with a fixed key order regardless of the input key order', () => {
    const text = serializeAssessmentFile(base(), options)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "kind": "stability-assessor/assessment",')
    expect(serializeAssessmentFile(reverseKeys(base()), options)).toBe(text)
  })

  it('sorts factor input keys and refuses an invalid assessment', () => {
    const a = base()
    a.factors[0]!.values = { N_mon: 38, N_fault: 42 }
    expect(serializeAssessmentFile(a, options)).toContain('"N_fault": 42,\n')
    const bad = base()
    bad.metadata.institution = ''
    expect(() => serializeAssessmentFile(bad, options)).toThrow(/assessment.metadata.institution/)
  })
})
