import { describe, expect, it } from 'vitest'
import { defaultBank } from '../testing/default-bank'
import type { Assessment, FindingRecord } from '../assessment/assessment'
import { assessmentContentHash } from '../assessment/canonical'
import { generateSampleAssessment } from '../sample'
import { scoreAssessment } from '../scoring/score'
import { carryFindings } from './carry'

const bank = defaultBank()

function nextPeriodOf(source: Assessment, id: string): Assessment {
  const carried = carryFindings(source, scoreAssessment(bank, source).findings)
  return {
    ...source,
    id,
    metadata: {
      ...source.metadata,
      period: {
        start: `${Number(source.metadata.period.start.slice(0, 4)) + 1}${source.metadata.period.start.slice(4)}`,
        end: `${Number(source.metadata.period.end.slice(0, 4)) + 1}${source.metadata.period.end.slice(4)}`
      }
    },
    findings: carried.findings,
    previousPeriod: carried.previousPeriod,
    auditLog: []
  }
}

const duplicates = (records: readonly FindingRecord[]): string[] => {
  const ids = records.map((r) => r.findingId)
  return ids.filter((id, k) => ids.indexOf(id) !== k)
}

describe('carrying findings into the next period', () => {
  const sample = generateSampleAssessment(bank, { seed: 1 })
  const gaps = scoreAssessment(bank, sample).findings
  const [verifiedId, doneId, acceptedId] = sample.findings.map((f) => f.findingId)
  const source: Assessment = {
    ...sample,
    metadata: { ...sample.metadata, reportNumber: 'SA-2025-001' },
    findings: sample.findings.map((record) =>
      record.findingId === verifiedId
        ? {
            ...record,
            status: 'verified',
            recheck: { date: '2025-06-20', by: '李娜', result: 'passed' }
          }
        : record.findingId === doneId
          ? {
              ...record,
              status: 'done',
              note: '已完成演练',
              recheck: { date: '2025-06-21', by: '李娜', result: 'failed' },
              feedback: { response: 'partial', explanation: '部分系统已覆盖' }
            }
          : record.findingId === acceptedId
            ? { ...record, status: 'accepted' }
            : record
    )
  }

  it('carries every finding not verified — records and unrecorded gaps — once, with its history', () => {
    const before = structuredClone(source)
    const { findings, previousPeriod } = carryFindings(source, gaps)
    const expected = new Set([
      ...source.findings.filter((f) => f.status !== 'verified').map((f) => f.findingId),
      ...gaps.map((g) => g.id).filter((id) => id !== verifiedId)
    ])
    expect(new Set(findings.map((f) => f.findingId))).toEqual(expected)
    expect(duplicates(findings)).toEqual([])
    expect(findings.some((f) => f.findingId === verifiedId)).toBe(false)
    for (const record of findings) {
      expect(record.history).toHaveLength(1)
      expect(record.history![0]).toMatchObject({
        assessmentId: source.id,
        period: source.metadata.period,
        reportNumber: 'SA-2025-001'
      })
    }
    const done = findings.find((f) => f.findingId === doneId)!
    // The working fields follow; the re-check and the auditee's feedback stay with their period.
    expect(done).toMatchObject({ status: 'done', note: '已完成演练' })
    expect(done.recheck).toBeUndefined()
    expect(done.feedback).toBeUndefined()
    expect(done.history![0]).toMatchObject({
      status: 'done',
      note: '已完成演练',
      recheck: { result: 'failed' }
    })
    expect(findings.find((f) => f.findingId === acceptedId)!.status).toBe('accepted')
    // The old period is not touched, and the new one records what it was when carried.
    expect(source).toEqual(before)
    expect(previousPeriod).toEqual({
      assessmentId: source.id,
      period: source.metadata.period,
      reportNumber: 'SA-2025-001',
      contentHash: assessmentContentHash(source),
      gaps: gaps.map((g) => g.id)
    })
  })

  it('never duplicates a finding over several periods; the history grows by one per period', () => {
    const second = nextPeriodOf(source, 'second')
    const third = nextPeriodOf(second, 'third')
    const fourth = nextPeriodOf(third, 'fourth')
    for (const period of [second, third, fourth]) expect(duplicates(period.findings)).toEqual([])
    const doneInFourth = fourth.findings.find((f) => f.findingId === doneId)!
    expect(doneInFourth.history!.map((h) => h.assessmentId)).toEqual([source.id, 'second', 'third'])
    // A source holding the same finding twice still carries it once.
    const twice = { ...source, findings: [...source.findings, ...source.findings] }
    expect(duplicates(carryFindings(twice, gaps).findings)).toEqual([])
  })
})
