import { describe, expect, it } from 'vitest'
import { indexBank } from '@shared/bank/lookup'
import { loadedBank11 } from '@shared/testing/registers-sample'
import type { MergeConflict } from '@shared/merge'
import { fixedLanguageT } from '../../i18n/test-support'
import { valueContext } from '../audit/useValueContext'
import { itemTitle, sideValue } from './merge-text'

const { bank } = loadedBank11()
const index = indexBank(bank)
const profile = bank.profiles[0]!

const { 'zh-CN': zh, 'en-US': en } = await fixedLanguageT()

function inputConflict(systemId?: string): MergeConflict {
  return {
    kind: 'factorInput',
    key: systemId ? `factor:F11@${systemId}.T_down` : 'factor:F11.T_down',
    factorId: 'F11',
    inputId: 'T_down',
    ...(systemId ? { systemId } : {})
  } as unknown as MergeConflict
}

describe('itemTitle: a per-system conflict names its key system', () => {
  const systems = new Map([['sys-1', '集中交易系统']])

  it('names the system between the factor and the input, in each language', () => {
    expect(
      itemTitle(inputConflict('sys-1'), valueContext(zh, 'zh-CN', index, profile), zh, systems)
    ).toBe('F11 重要系统服务可用率（按系统取最低） · 集中交易系统 · 非计划不可用时长')
    expect(
      itemTitle(inputConflict('sys-1'), valueContext(en, 'en-US', index, profile), en, systems)
    ).toBe(
      'F11 Important-system availability (worst system) · 集中交易系统 · Unplanned unavailable time'
    )
  })

  it('shows the id of a system it cannot name, and no system for a firm-wide input', () => {
    const context = valueContext(zh, 'zh-CN', index, profile)
    expect(itemTitle(inputConflict('sys-9'), context, zh, systems)).toContain(' · sys-9 · ')
    expect(itemTitle(inputConflict(), context, zh, systems)).toBe(
      'F11 重要系统服务可用率（按系统取最低） · 非计划不可用时长'
    )
  })
})

describe('itemTitle: a register conflict', () => {
  const conflict = { kind: 'register', key: 'register:incidents', registerKind: 'incidents' }
  const item = conflict as unknown as MergeConflict

  it('is the register’s own name, not its kind again (the tag and group say 台账)', () => {
    expect(itemTitle(item, valueContext(zh, 'zh-CN', index, profile), zh)).toBe('故障台账')
    expect(itemTitle(item, valueContext(en, 'en-US', index, profile), en)).toBe('Incidents')
    expect(zh('packages.merge.kinds.register')).toBe('台账')
    expect(zh('packages.merge.registersGroup')).toBe('台账')
    expect(en('packages.merge.registersGroup')).toBe('Registers')
  })
})

describe("sideValue of the auditee's feedback", () => {
  const take = { kind: 'feedback', key: 'feedback:q:C3.01', findingId: 'q:C3.01' } as MergeConflict
  const named = { response: 'agree', by: 'IT Operations' } as const
  const full = {
    response: 'partial',
    by: '运维管理部',
    explanation: '部分已整改',
    plan: '2027 年一季度完成',
    plannedDate: '2027-03-31'
  } as const

  it('shows the answer without "None" or the department, which the row shows beside it', () => {
    const zhContext = valueContext(zh, 'zh-CN', index, profile)
    const enContext = valueContext(en, 'en-US', index, profile)
    expect(sideValue(take, { response: 'agree' }, zhContext, zh)).toBe('同意')
    expect(sideValue(take, named, zhContext, zh)).toBe('同意')
    expect(sideValue(take, { response: 'agree' }, enContext, en)).toBe('Agree')
    expect(sideValue(take, named, enContext, en)).toBe('Agree')
    for (const [context, t] of [
      [zhContext, zh],
      [enContext, en]
    ] as const) {
      expect(sideValue(take, named, context, t)).not.toMatch(/None|无|IT Operations/)
      expect(sideValue(take, full, context, t)).not.toContain('运维管理部')
    }
  })

  it('shows the explanation, the plan and its date, in each language', () => {
    expect(sideValue(take, full, valueContext(zh, 'zh-CN', index, profile), zh)).toBe(
      '部分同意 · 部分已整改 · 整改计划：2027 年一季度完成 · 计划完成日期：2027-03-31'
    )
    expect(sideValue(take, full, valueContext(en, 'en-US', index, profile), en)).toBe(
      'Partly agree · 部分已整改 · plan: 2027 年一季度完成 · planned completion: 2027-03-31'
    )
  })
})
