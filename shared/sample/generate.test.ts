import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import {
  parseAssessmentJson,
  serializeAssessmentFile,
  validateAssessmentAgainstBank
} from '../assessment'
import { miniBank } from '../testing'
import type { Bank } from '../bank'
import { parseBank } from '../bank'
import { scoreAssessment } from '../scoring'
import { generateSampleAssessment } from './generate'

function defaultBank(file = 'sac-stability-2025.json'): Bank {
  const path = resolve(import.meta.dirname, '../../resources/banks', file)
  const parsed = parseBank(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.ok)
    throw new Error(`default bank invalid: ${JSON.stringify(parsed.issues.slice(0, 3))}`)
  return parsed.value
}

const bank = defaultBank()
const text = (a: Assessment): string =>
  serializeAssessmentFile(a, { generator: 'test', exportedAt: a.updatedAt })

describe('generateSampleAssessment', () => {
  afterEach(() => vi.useRealTimers())

  it('gives byte-identical output for the same seed, whatever the clock says', () => {
    const first = text(generateSampleAssessment(bank, { seed: 1 }))
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2031-02-03T04:05:06Z'))
    expect(text(generateSampleAssessment(bank, { seed: 1 }))).toBe(first)
    expect(text(generateSampleAssessment(bank, { seed: 2 }))).not.toBe(first)
  })

  it.each([1, 2, 3, 17, 12345, -4])('produces a valid, complete assessment for seed %i', (seed) => {
    const assessment = generateSampleAssessment(bank, { seed })
    const parsed = parseAssessmentJson(text(assessment))
    expect(parsed.ok && parsed.value.assessment).toEqual(assessment)
    expect(validateAssessmentAgainstBank(assessment, bank)).toEqual([])
    const result = scoreAssessment(bank, assessment)
    expect(result.errors).toEqual([])
    // Every visible question is answered (or justified N/A); no hidden question carries an answer.
    expect(result.completion.questions.percent).toBe(100)
    expect(result.completion.factors.percent).toBe(100)
    const visible = new Set(result.questions.filter((q) => q.visible).map((q) => q.id))
    for (const answer of assessment.answers) expect(visible.has(answer.questionId)).toBe(true)
    expect(result.overall.score).not.toBeNull()
    expect(['draft', 'inReview']).toContain(assessment.status)
  })

  it('looks like a real assessment: levels mostly 2–3, justified N/A, evidence with one or two gaps', () => {
    const assessment = generateSampleAssessment(bank, { seed: 1 })
    const { metadata } = assessment
    expect(metadata.institution).toBe('示例证券股份有限公司')
    expect(metadata.systems.map((system) => system.name)).toEqual(
      expect.arrayContaining(['集中交易系统', '网上交易系统', '融资融券系统'])
    )
    expect(metadata.systems[0]).toMatchObject({ id: 'sys-1', realTime: true, class: 4 })
    expect(metadata.assessors.length).toBeGreaterThanOrEqual(2)
    expect(metadata.period).toEqual({ start: '2024-07-01', end: '2025-06-30' })

    const result = scoreAssessment(bank, assessment)
    const maturity = result.questions.filter(
      (q) => q.type === 'maturity' && typeof q.value === 'number'
    )
    const middle = maturity.filter((q) => q.value === 2 || q.value === 3).length
    expect(middle / maturity.length).toBeGreaterThan(0.5)
    const na = assessment.answers.filter((a) => a.na !== undefined)
    expect(na.length).toBeGreaterThanOrEqual(1)
    for (const a of na) expect(a.na!.justification.length).toBeGreaterThan(5)
    const unevidenced = result.questions.filter((q) => q.flags.includes('unevidenced'))
    expect(unevidenced.length).toBeGreaterThanOrEqual(1)
    expect(unevidenced.length).toBeLessThanOrEqual(2)
    const evidenced = assessment.answers.filter((a) => a.evidence.length > 0)
    expect(evidenced.some((a) => a.evidence.some((e) => e.kind === 'file'))).toBe(true)
    expect(assessment.findings.length).toBeGreaterThanOrEqual(5)
    expect(assessment.findings.every((f) => f.owner !== undefined && f.dueDate !== undefined)).toBe(
      true
    )
  })

  it('keeps the audit log short, chronological and within createdAt..updatedAt', () => {
    const assessment = generateSampleAssessment(bank, { seed: 5 })
    const times = assessment.auditLog.map((e) => Date.parse(e.at))
    expect(assessment.auditLog[0]!.action).toBe('assessment.create')
    expect(assessment.auditLog.some((e) => e.action === 'answer.set')).toBe(true)
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    expect(times[0]).toBe(Date.parse(assessment.createdAt))
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse(assessment.updatedAt))
  })

  it('breaches the capacity red line for some seeds but not for most', () => {
    let breached = 0
    for (let seed = 1; seed <= 40; seed++) {
      const result = scoreAssessment(bank, generateSampleAssessment(bank, { seed }))
      if (result.factors.some((f) => f.redLinesBreached.length > 0)) breached++
    }
    expect(breached).toBeGreaterThan(2)
    expect(breached).toBeLessThan(30)
  })

  it('works for any bank and honours profileId and now', () => {
    const assessment = generateSampleAssessment(miniBank, {
      seed: 9,
      now: '2026-03-10T10:00:00+08:00'
    })
    expect(validateAssessmentAgainstBank(assessment, miniBank)).toEqual([])
    expect(assessment.metadata.period).toEqual({ start: '2025-03-01', end: '2026-02-28' })
    expect(assessment.createdAt.startsWith('2026-03-1')).toBe(true)
    expect(() => generateSampleAssessment(miniBank, { seed: 1, profileId: 'nope' })).toThrow(
      /no profile "nope"/
    )
  })

  it('gives bank 1.1.0 figures a real firm would enter: planned minutes per system, rare incidents', () => {
    const newest = defaultBank('sac-stability-2025-1.1.0.json')
    for (const seed of [1, 2, 3, 17]) {
      const sample = generateSampleAssessment(newest, { seed })
      const entry = (id: string) => sample.factors.find((f) => f.factorId === id)!
      const systems = new Map(sample.metadata.systems.map((s) => [s.id, s]))
      // F16: every real-time system, 242 trading days × 240 minutes; outages of minutes, not hours.
      const trading = entry('F16').bySystem!
      expect(Object.keys(trading).map((id) => systems.get(id)!.realTime)).not.toContain(false)
      for (const values of Object.values(trading)) {
        expect(values.T_trading).toBe(58_080)
        expect(values.T_down_trading).toBeLessThan(120)
      }
      // F11: every system over its own service window, never less downtime than in trading hours.
      const service = entry('F11').bySystem!
      expect(Object.keys(service)).toEqual([...systems.keys()])
      for (const [id, values] of Object.entries(service)) {
        const window = systems.get(id)!.serviceWindow!
        if (window.includes('9:15–11:30、13:00–15:00')) expect(values.T_service).toBe(242 * 255)
        if (window.includes('8:30–16:00')) expect(values.T_service).toBe(242 * 450)
        if (window.includes('次日 8:00')) expect(values.T_service).toBe(242 * 17 * 60)
        const inTrading = trading[id]?.T_down_trading
        if (typeof inTrading === 'number') expect(values.T_down).toBeGreaterThanOrEqual(inTrading)
      }
      // F17 counts major incidents: a few at most, and an unreported one is rare.
      expect(entry('F17').values.N_major).toBeLessThanOrEqual(4)
      // F18 divides the same production faults as F01.
      expect(entry('F18').values.N_fault).toBe(entry('F01').values.N_fault)
    }
    const unreported = [...Array(40).keys()].filter(
      (seed) =>
        (generateSampleAssessment(newest, { seed: seed + 1 }).factors.find(
          (f) => f.factorId === 'F17'
        )!.values.N_major_unreported ?? 0) > 0
    )
    expect(unreported.length).toBeLessThan(6)
  })
})
