import { describe, expect, it } from 'vitest'
import { defaultBank } from '../testing/default-bank'
import type { Assessment, FindingRecord } from '../assessment/assessment'
import { findingRecordSchema } from '../assessment/assessment'
import { indexBank } from '../bank/lookup'
import type { Bank } from '../bank/bank'
import { generateSampleAssessment } from '../sample'
import { defaultRiskLevel } from '../scoring/risk-level'
import { scoreAssessment } from '../scoring/score'
import { buildRegister, isOverdue, type RegisterInput } from './register'

const bank = defaultBank()
const index = indexBank(bank)

function registerOf(assessment: Assessment, extra: Partial<RegisterInput> = {}, b: Bank = bank) {
  const result = scoreAssessment(b, assessment)
  return {
    result,
    rows: buildRegister({
      index: b === bank ? index : indexBank(b),
      result,
      answers: assessment.answers,
      records: assessment.findings,
      levels: assessment.profile.levels,
      today: '2026-01-15',
      locale: 'zh-CN',
      ...(assessment.previousPeriod === undefined
        ? {}
        : { previousPeriod: assessment.previousPeriod }),
      ...extra
    })
  }
}

describe('the remediation register', () => {
  const sample = generateSampleAssessment(bank, { seed: 1 })
  const gapIds = new Set(scoreAssessment(bank, sample).findings.map((f) => f.id))
  /** A question fully met in the sample: no gap. */
  const metId = `q:${index.orderedQuestions.find((e) => !gapIds.has(`q:${e.question.id}`))!.question.id}`
  /** The first gap with no stored record. */
  const unrecorded = () => registerOf(sample).rows.find((r) => r.kind === 'question' && !r.stored)!

  it('lists every gap in the engine’s ranking with its record, then records whose gap is gone', () => {
    const gone: FindingRecord = { findingId: metId, status: 'done', owner: '运维部' }
    const withGone = { ...sample, findings: [...sample.findings, gone] }
    const { result, rows } = registerOf(withGone)
    const gaps = result.findings.map((f) => f.id)
    // The item is fully met, so its record follows the ranked gaps.
    expect(gaps).not.toContain(metId)
    expect(rows.map((r) => r.findingId)).toEqual([...gaps, metId])
    expect(rows.map((r) => r.rank)).toEqual([...gaps.map((_, k) => k + 1), null])
    const last = rows.at(-1)!
    expect(last).toMatchObject({ finding: null, risk: null, stored: true, overdue: false })
    for (const record of sample.findings)
      expect(rows.find((r) => r.findingId === record.findingId)?.record).toEqual(record)
  })

  it('generates the description from the question and answer until an assessor edits it', () => {
    const { result, rows } = registerOf(sample)
    const first = rows.find((r) => r.kind === 'question')!
    const question = index.questions.get(first.targetId)!.question
    expect(first.descriptionEdited).toBe(false)
    expect(first.description.split('\n')[0]).toBe(`【${first.targetId}】${question.text['zh-CN']}`)
    const score = result.findings.find((f) => f.id === first.findingId)!.score
    expect(first.description).toContain(`得分 ${score.toFixed(1)}`)
    const edited = registerOf({
      ...sample,
      findings: [{ findingId: first.findingId, status: 'open', description: '自拟问题描述' }]
    }).rows.find((r) => r.findingId === first.findingId)!
    expect(edited).toMatchObject({ description: '自拟问题描述', descriptionEdited: true })
  })

  it('starts from the bank’s standard wording of the finding and the recommendation', () => {
    const raw = structuredClone(bank)
    const first = unrecorded()
    const question = raw.pillars
      .flatMap((p) => p.sections.flatMap((s) => s.questions))
      .find((q) => q.id === first.targetId)!
    question.finding = {
      description: { 'zh-CN': '未建立统一监控', 'en-US': 'No unified monitoring' },
      recommendation: { 'zh-CN': '建设统一监控平台', 'en-US': 'Build one monitoring platform' }
    }
    const row = registerOf(sample, {}, raw).rows.find((r) => r.findingId === first.findingId)!
    expect(row.description.startsWith(`【${first.targetId}】未建立统一监控\n`)).toBe(true)
    expect(row).toMatchObject({ recommendation: '建设统一监控平台', recommendationFrom: 'bank' })
    const own = registerOf(
      { ...sample, findings: [{ findingId: first.findingId, status: 'open', action: '自拟措施' }] },
      {},
      raw
    ).rows.find((r) => r.findingId === first.findingId)!
    expect(own).toMatchObject({ recommendation: '自拟措施', recommendationFrom: 'record' })
  })

  it('defaults the risk level from weight × gap and critical items; an override with a reason wins', () => {
    const { result, rows } = registerOf(sample)
    for (const row of rows.filter((r) => r.finding !== null))
      expect(row.risk).toBe(defaultRiskLevel(row.finding!))
    const low = result.findings.find((f) => defaultRiskLevel(f) === 'low')!
    const raised = registerOf({
      ...sample,
      findings: [
        { findingId: low.id, status: 'open', risk: { level: 'high', reason: '影响集中交易' } }
      ]
    }).rows.find((r) => r.findingId === low.id)!
    expect(raised).toMatchObject({ defaultRisk: 'low', risk: 'high', urgent: true })
    const notUrgent = registerOf({
      ...sample,
      findings: [
        {
          findingId: low.id,
          status: 'open',
          risk: { level: 'high', reason: '影响集中交易' },
          urgent: false
        }
      ]
    }).rows.find((r) => r.findingId === low.id)!
    expect(notUrgent.urgent).toBe(false)
  })

  it('marks open and in-progress findings past their due date as overdue, nothing else', () => {
    const base = { findingId: 'q:C3.01', dueDate: '2026-01-14' }
    expect(isOverdue({ ...base, status: 'open' }, '2026-01-15')).toBe(true)
    expect(isOverdue({ ...base, status: 'inProgress' }, '2026-01-15')).toBe(true)
    expect(isOverdue({ ...base, status: 'open' }, '2026-01-14')).toBe(false)
    for (const status of ['done', 'accepted'] as const)
      expect(isOverdue({ ...base, status }, '2026-02-01')).toBe(false)
    expect(isOverdue({ findingId: 'q:C3.01', status: 'open' }, '2026-02-01')).toBe(false)
  })

  it('flags a gap on an item that was a gap in the previous period as a repeat finding', () => {
    const { result } = registerOf(sample)
    const [a, b] = result.findings
    const previousPeriod = {
      assessmentId: 'prev',
      period: { start: '2023-07-01', end: '2024-06-30' },
      contentHash: '0'.repeat(64),
      gaps: [a!.id, metId]
    }
    const rows = registerOf({ ...sample, previousPeriod }).rows
    expect(rows.find((r) => r.findingId === a!.id)!.repeat).toBe(true)
    expect(rows.find((r) => r.findingId === b!.id)!.repeat).toBe(false)
    // An item with no gap now is no repeat, and is not listed (no record).
    expect(rows.some((r) => r.findingId === metId)).toBe(false)
  })

  it('refuses a verified finding without a passed re-check', () => {
    const verified = { findingId: 'q:C3.01', status: 'verified' }
    expect(findingRecordSchema.safeParse(verified).success).toBe(false)
    const failed = { ...verified, recheck: { date: '2026-01-10', by: '李娜', result: 'failed' } }
    expect(findingRecordSchema.safeParse(failed).success).toBe(false)
    const passed = { ...verified, recheck: { date: '2026-01-10', by: '李娜', result: 'passed' } }
    expect(findingRecordSchema.safeParse(passed).success).toBe(true)
  })
})
