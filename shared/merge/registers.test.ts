import { describe, expect, it } from 'vitest'
import type { Assessment, AssessmentRegisters, StoredRegister } from '../assessment/assessment'
import { figureKey, figureMeasurer, putFigures } from '../registers'
import { generateSampleAssessment } from '../sample'
import {
  F01_N_MON_OVERRIDE as OVERRIDE,
  inRegisterScope,
  loadedBank11,
  readKnownRegisters,
  registerMeasures,
  storedRegisters,
  theirsIncidents
} from '../testing/registers-sample'
import { applyMerge } from './apply'
import { planMerge } from './plan'
import { figuresInForce } from './registers'
import { conflictsBySection, REGISTERS_GROUP, resolveSection } from './sections'

/**
 * Registers in a merge, with rows whose figures are known by construction (shared/testing
 * registers-sample: 37 incidents, 35 in the period, 29 of them found by monitoring; 集中交易 down
 * 76 + 40 = 116 minutes in trading hours). Theirs' 故障台账 adds two incidents in the period
 * (I90, I91): with theirs' file F01 N_fault 35 + 2 = 37, N_mon 29 + 1 = 30, F16 T_down_trading
 * of 集中交易 116 + 30 = 146.
 */
const { bank } = loadedBank11()
const measurer = figureMeasurer(bank, registerMeasures())
const LEAD = { by: '王芳', at: '2026-12-07T09:00:00.000Z' }

const FILES = storedRegisters(await readKnownRegisters())
const file = (kind: string): StoredRegister => FILES.find((r) => r.table.kind === kind)!

/** A copy whose factor entries hold the figures its registers give (as the app keeps them). */
function copy(
  registers: StoredRegister[],
  overrides: AssessmentRegisters['overrides']
): Assessment {
  const a = inRegisterScope(generateSampleAssessment(bank, { seed: 3 }))
  a.factors = a.factors.map((entry) => ({ ...entry, evidence: [] }))
  a.answers = a.answers.map((answer) => ({ ...answer, evidence: [] }))
  a.registers = { registers, overrides }
  const writes = figuresInForce(a.metadata, a.registers, measurer)
  const changed = putFigures(
    a.factors,
    writes,
    (factorId) => ({ factorId, values: {}, evidence: [] }),
    'x',
    a.updatedAt
  )
  const byId = new Map(changed.map((e) => [e.factorId, e]))
  a.factors = [
    ...a.factors.map((e) => byId.get(e.factorId) ?? e),
    ...changed.filter((e) => !a.factors.some((f) => f.factorId === e.factorId))
  ]
  return a
}

const mine = (): Assessment =>
  copy(
    FILES.filter((r) => r.table.kind !== 'stressTests'),
    { 'F01.N_mon': OVERRIDE }
  )
const theirs = (): Assessment => {
  const base = mine()
  return {
    ...copy(
      [...FILES.filter((r) => r.table.kind !== 'incidents'), theirsIncidents(file('incidents'))],
      {}
    ),
    id: base.id
  }
}

const figure = (a: Assessment, key: string): number | null | undefined => {
  const [factorPart, system] = key.split('@') as [string, string | undefined]
  const [factorId, inputId] = factorPart.split('.') as [string, string]
  const entry = a.factors.find((e) => e.factorId === factorId)
  return system === undefined ? entry?.values[inputId] : entry?.bySystem?.[system]?.[inputId]
}

function plan(a: Assessment, b: Assessment) {
  const result = planMerge(a, b, measurer)
  if (!result.ok) throw new Error(result.message)
  return result.plan
}

describe('merging registers', () => {
  it('starts from what it claims: mine 35 / 28 (overridden) / 116, theirs 37 / 30 / 146', () => {
    const [a, b] = [mine(), theirs()]
    expect(a.id).toBe(b.id)
    expect([
      figure(a, 'F01.N_fault'),
      figure(a, 'F01.N_mon'),
      figure(a, 'F16.T_down_trading@sys-1')
    ]).toEqual([35, 28, 116])
    expect([
      figure(b, 'F01.N_fault'),
      figure(b, 'F01.N_mon'),
      figure(b, 'F16.T_down_trading@sys-1')
    ]).toEqual([37, 30, 146])
  })

  it('plans a conflict for two files of one kind, a take for theirs only, nothing for the same file', () => {
    const p = plan(mine(), theirs())
    const registerConflicts = p.conflicts.filter((c) => c.kind === 'register')
    expect(registerConflicts.map((c) => c.key)).toEqual(['register:incidents'])
    const conflict = registerConflicts[0]!
    if (conflict.kind !== 'register') throw new Error('not a register conflict')
    expect(conflict.mine.item.register.source.name).toBe('台账 2026.xlsx')
    expect(conflict.theirs.item.register.source.name).toBe('故障台账 对方.xlsx')
    expect([
      conflict.mine.item.register.table.rows.length,
      conflict.theirs.item.register.table.rows.length
    ]).toEqual([37, 39])
    // Mine's override goes with mine's file.
    expect(conflict.mine.item.overrides).toEqual({ 'F01.N_mon': OVERRIDE })
    expect(conflict.theirs.item.overrides).toEqual({})
    const changes = Object.fromEntries(conflict.figures.map((c) => [c.key, [c.before, c.after]]))
    expect(changes['F01.N_fault']).toEqual([35, 37])
    expect(changes['F01.N_mon']).toEqual([28, 30])
    expect(changes['F16.T_down_trading@sys-1']).toEqual([116, 146])
    expect(changes['F04.C_total']).toBeUndefined()

    expect(p.takes.filter((t) => t.kind === 'register').map((t) => t.key)).toEqual([
      'register:stressTests'
    ])
    // The registers decide their figures: no typed-value conflict for F01 or F16.
    expect(
      p.conflicts.filter((c) => c.key.startsWith('factor:F01') || c.key.startsWith('factor:F16'))
    ).toEqual([])
  })

  it('shows the register conflicts in a group of their own (台账), not under 评估信息与评分方案', () => {
    const p = plan(mine(), theirs())
    const groups = conflictsBySection(p, bank)
    expect(groups.get(REGISTERS_GROUP)?.map((c) => c.key)).toEqual(['register:incidents'])
    expect([...groups.values()].flat().filter((c) => c.kind === 'register')).toHaveLength(1)
    expect(groups.get('')?.some((c) => c.kind === 'register') ?? false).toBe(false)
    // The group's "take all of theirs" sets exactly its own conflicts.
    expect(resolveSection(p, bank, REGISTERS_GROUP, 'theirs')).toEqual({
      'register:incidents': 'theirs'
    })
  })

  it('taking theirs: their rows stand and the figures are theirs, measured again', () => {
    const a = mine()
    const p = plan(a, theirs())
    const merged = applyMerge(a, p, { 'register:incidents': 'theirs' }, { ...LEAD, measurer })
    const incidents = merged.registers!.registers.find((r) => r.table.kind === 'incidents')!
    expect(incidents.source.sha256).toBe('b'.repeat(64))
    expect(merged.registers!.overrides).toEqual({})
    expect(merged.registers!.registers.map((r) => r.table.kind).sort()).toEqual([
      'changes',
      'drills',
      'incidents',
      'stressTests',
      'systems'
    ])
    expect(figure(merged, 'F01.N_fault')).toBe(37)
    expect(figure(merged, 'F01.N_mon')).toBe(30)
    expect(figure(merged, 'F16.T_down_trading@sys-1')).toBe(146)
    // The stress tests taken from theirs: 1 real-time system tested of 2.
    expect([figure(merged, 'F14.S_tested'), figure(merged, 'F14.S_ts')]).toEqual([1, 2])
    // Every figure in force equals the figure the merged rows give.
    for (const w of figuresInForce(merged.metadata, merged.registers, measurer))
      expect([figureKey(w), figure(merged, figureKey(w))]).toEqual([figureKey(w), w.value])

    const decision = merged.auditLog.find((e) => e.target === 'register:incidents')!
    expect(decision.action).toBe('assessment.merge')
    expect(decision.oldValue).toMatchObject({
      file: '台账 2026.xlsx',
      rows: 37,
      overrides: { 'F01.N_mon': { value: 28 } }
    })
    expect(decision.newValue).toMatchObject({
      file: '故障台账 对方.xlsx',
      sha256: 'b'.repeat(64),
      rows: 39
    })
    const measured = merged.auditLog.find(
      (e) => e.action === 'factor.set' && e.target === 'registers' && e.at === LEAD.at
    )!
    expect(measured.oldValue).toMatchObject({
      'F01.N_fault': 35,
      'F01.N_mon': 28,
      'F16.T_down_trading@sys-1': 116
    })
    expect(measured.newValue).toMatchObject({
      'F01.N_fault': 37,
      'F01.N_mon': 30,
      'F16.T_down_trading@sys-1': 146
    })
    expect(measured.reason).toContain('故障台账 对方.xlsx')
  })

  it('keeping mine: mine rows and override stand; theirs-only register is still taken', () => {
    const a = mine()
    const merged = applyMerge(
      a,
      plan(a, theirs()),
      { 'register:incidents': 'mine' },
      { ...LEAD, measurer }
    )
    expect(merged.registers!.registers.find((r) => r.table.kind === 'incidents')!.source.name).toBe(
      '台账 2026.xlsx'
    )
    expect(merged.registers!.overrides).toEqual({ 'F01.N_mon': OVERRIDE })
    expect([
      figure(merged, 'F01.N_fault'),
      figure(merged, 'F01.N_mon'),
      figure(merged, 'F16.T_down_trading@sys-1')
    ]).toEqual([35, 28, 116])
    expect(figure(merged, 'F14.S_tested')).toBe(1)
    // Merged again: the decision is settled, nothing is asked.
    const again = plan(merged, theirs())
    expect(again.conflicts.filter((c) => c.kind === 'register')).toEqual([])
    expect(again.settled.map((s) => s.key)).toContain('register:incidents')
    expect(again.takes.filter((t) => t.kind === 'register')).toEqual([])
  })

  it('the same file on both sides is nothing to do; theirs overrides over the same file are taken', () => {
    const a = mine()
    const b = { ...mine(), registers: { ...mine().registers!, overrides: {} } }
    expect(
      plan(a, b)
        .takes.concat()
        .filter((t) => t.kind === 'register')
    ).toEqual([])
    expect(plan(a, b).conflicts.filter((c) => c.kind === 'register')).toEqual([])
    // Mine without the override, theirs with it: taken, and the figure in force is the override.
    const c = { ...a, registers: { ...a.registers!, overrides: {} } }
    const fixed = copy(c.registers.registers, {})
    const p = plan({ ...fixed, id: a.id }, a)
    expect(p.takes.filter((t) => t.kind === 'register').map((t) => t.key)).toEqual([
      'register:incidents'
    ])
    const merged = applyMerge({ ...fixed, id: a.id }, p, {}, { ...LEAD, measurer })
    expect(merged.registers!.overrides['F01.N_mon']).toEqual(OVERRIDE)
    expect(figure(merged, 'F01.N_mon')).toBe(28)
  })
})
