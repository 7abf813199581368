import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { applyMerge } from './apply'
import { planMerge } from './plan'
import { LEAD, baseCopy } from './test-fixtures'
import type { MergePlan } from './types'

function plan(mine: Assessment, theirs: Assessment): MergePlan {
  const result = planMerge(mine, theirs)
  if (!result.ok) throw new Error(result.message)
  return result.plan
}

const touch = (part: string, by: string, at: string): Assessment['auditLog'][number] => ({
  id: `au-${by}-${part}`,
  at,
  by,
  action: 'assessment.update',
  target: `narrative:${part}`
})

describe('merging the report narrative', () => {
  it('takes a part only theirs wrote, and asks about two different texts', () => {
    const mine = { ...baseCopy(), narrative: { conclusion: '总体良好，仍有改进空间。' } }
    const theirs = {
      ...baseCopy(),
      narrative: { overview: '本次评估覆盖集中交易系统。', conclusion: '总体较好。' }
    }
    theirs.auditLog = [
      ...theirs.auditLog,
      touch('overview', '李娜', '2025-07-04T10:00:00+08:00'),
      touch('conclusion', '李娜', '2025-07-04T11:00:00+08:00')
    ]
    const p = plan(mine, theirs)
    expect(p.takes.filter((t) => t.kind === 'narrative')).toEqual([
      {
        key: 'narrative:overview',
        kind: 'narrative',
        part: 'overview',
        theirs: {
          item: '本次评估覆盖集中交易系统。',
          by: '李娜',
          at: '2025-07-04T10:00:00+08:00',
          evidence: []
        }
      }
    ])
    const conflict = p.conflicts.find((c) => c.key === 'narrative:conclusion')
    expect(conflict).toMatchObject({
      kind: 'narrative',
      part: 'conclusion',
      mine: { item: '总体良好，仍有改进空间。' },
      theirs: { item: '总体较好。', by: '李娜' }
    })

    const keptMine = applyMerge(mine, p, { 'narrative:conclusion': 'mine' }, LEAD)
    expect(keptMine.narrative).toEqual({
      overview: '本次评估覆盖集中交易系统。',
      conclusion: '总体良好，仍有改进空间。'
    })
    const decision = keptMine.auditLog.find(
      (e) => e.action === 'assessment.merge' && e.target === 'narrative:conclusion'
    )
    expect(decision).toMatchObject({
      oldValue: { text: '总体较好。', by: '李娜' },
      newValue: { text: '总体良好，仍有改进空间。' }
    })
    // The decision is remembered: merging the same copy again asks nothing about it.
    const again = plan(keptMine, theirs)
    expect(again.conflicts.map((c) => c.key)).not.toContain('narrative:conclusion')
    expect(again.settled.map((s) => s.key)).toContain('narrative:conclusion')

    const tookTheirs = applyMerge(mine, p, { 'narrative:conclusion': 'theirs' }, LEAD)
    expect(tookTheirs.narrative?.conclusion).toBe('总体较好。')
  })

  it('leaves equal or unwritten parts alone', () => {
    const mine = { ...baseCopy(), narrative: { overview: '同一段话。', conclusion: '' } }
    const theirs = { ...baseCopy(), narrative: { overview: '同一段话。' } }
    const p = plan(mine, theirs)
    expect([...p.takes, ...p.conflicts].filter((i) => i.kind === 'narrative')).toEqual([])
    const none = plan(baseCopy(), baseCopy())
    expect(applyMerge(baseCopy(), none, {}, LEAD).narrative).toBeUndefined()
  })
})
