import { describe, expect, it } from 'vitest'
import bank11Json from '../../../../resources/banks/sac-stability-2025-1.1.0.json'
import { loadBank } from '@shared/bank/identity'
import { indexBank } from '@shared/bank/lookup'
import type { MergeConflict } from '@shared/merge'
import { fixedLanguageT } from '../../i18n/test-support'
import { valueContext } from '../audit/useValueContext'
import { itemTitle } from './merge-text'

const loaded = loadBank(bank11Json)
if (!loaded.ok) throw new Error('bank 1.1.0 must load')
const bank = loaded.value.bank
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
