import { describe, expect, it } from 'vitest'
import type { FindingRecord } from '@shared/assessment/assessment'
import type { RegisterEntry } from '@shared/remediation'
import { DEFAULT_REGISTER_VIEW, summarizeRegister, viewRegister } from './register-view'

function entry(
  findingId: string,
  rank: number | null,
  record: Partial<FindingRecord>,
  extra: Partial<RegisterEntry> = {}
): RegisterEntry {
  return {
    findingId,
    kind: 'question',
    targetId: findingId.slice(2),
    title: `题目 ${findingId}`,
    pillarId: 'P1',
    sectionId: 'A1',
    finding: null,
    rank,
    record: { findingId, status: 'open', ...record },
    stored: true,
    description: `【${findingId.slice(2)}】描述`,
    descriptionEdited: false,
    generatedDescription: `【${findingId.slice(2)}】描述`,
    recommendation: '',
    recommendationFrom: 'none',
    basis: [],
    defaultRisk: 'medium',
    risk: 'medium',
    urgent: false,
    overdue: false,
    repeat: false,
    carried: false,
    ...extra
  }
}

const entries = [
  entry('q:A1.01', 1, { owner: '运维部', dueDate: '2026-03-31' }, { risk: 'high', urgent: true }),
  entry('q:A1.02', 2, { status: 'done', owner: '安全部' }, { risk: 'low', repeat: true }),
  entry('q:A1.03', 3, { dueDate: '2025-12-31' }, { overdue: true, carried: true }),
  entry('q:A1.04', null, { status: 'verified', recheck: undefined }, { risk: null })
]
const ids = (list: RegisterEntry[]) => list.map((e) => e.findingId)

describe('the register view', () => {
  it('keeps the register order by default and filters by every criterion', () => {
    expect(ids(viewRegister(entries, DEFAULT_REGISTER_VIEW))).toEqual(ids(entries))
    const only = (change: Partial<typeof DEFAULT_REGISTER_VIEW>) =>
      ids(viewRegister(entries, { ...DEFAULT_REGISTER_VIEW, ...change }))
    expect(only({ status: 'done' })).toEqual(['q:A1.02'])
    expect(only({ risk: 'high' })).toEqual(['q:A1.01'])
    expect(only({ overdueOnly: true })).toEqual(['q:A1.03'])
    expect(only({ repeatOnly: true })).toEqual(['q:A1.02'])
    expect(only({ urgentOnly: true })).toEqual(['q:A1.01'])
    expect(only({ search: '安全' })).toEqual(['q:A1.02'])
    expect(only({ search: 'a1.04' })).toEqual(['q:A1.04'])
    expect(only({ search: '没有' })).toEqual([])
  })

  it('sorts by risk, due date, status and department, empty values last', () => {
    const sorted = (sort: typeof DEFAULT_REGISTER_VIEW.sort) =>
      ids(viewRegister(entries, { ...DEFAULT_REGISTER_VIEW, sort }))
    expect(sorted('risk')).toEqual(['q:A1.01', 'q:A1.03', 'q:A1.02', 'q:A1.04'])
    expect(sorted('dueDate')).toEqual(['q:A1.03', 'q:A1.01', 'q:A1.02', 'q:A1.04'])
    expect(sorted('status')).toEqual(['q:A1.01', 'q:A1.03', 'q:A1.02', 'q:A1.04'])
    expect(sorted('owner')).toEqual(['q:A1.02', 'q:A1.01', 'q:A1.03', 'q:A1.04'])
  })

  it('counts the headline figures', () => {
    expect(summarizeRegister(entries)).toEqual({
      total: 4,
      high: 1,
      urgent: 1,
      overdue: 1,
      repeat: 1,
      carried: 1,
      awaiting: 1
    })
  })
})
