import { describe, expect, it } from 'vitest'
import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import type { Assessment, FactorEntry } from '../assessment/assessment'
import { loadBank } from '../bank/identity'
import { generateSampleAssessment } from '../sample'
import { applyMerge } from './apply'
import { planMerge } from './plan'
import { resolveAll } from './sections'

/**
 * Merging carries the inputs of factors entered per key system (bank 1.1.0's F11 and F16): a
 * system input only theirs knows is taken, two different values conflict per system, and an
 * entry only theirs has comes over with all its systems.
 */
const loaded = loadBank(bank11Json)
if (!loaded.ok) throw new Error('bank 1.1.0 does not load')
const bank = loaded.value.bank
const lead = { by: '组长', at: '2026-12-06T18:00:00+08:00' }

const f = (a: Assessment, id: string): FactorEntry => a.factors.find((x) => x.factorId === id)!

function pair(): { mine: Assessment; theirs: Assessment; systems: string[] } {
  const theirs = generateSampleAssessment(bank, { seed: 2 })
  const mine = structuredClone(theirs)
  return { mine, theirs, systems: Object.keys(f(theirs, 'F11').bySystem ?? {}) }
}

function plan(mine: Assessment, theirs: Assessment) {
  const result = planMerge(mine, theirs)
  if (!result.ok) throw new Error(result.message)
  return result.plan
}

describe('merge of per-system factor inputs', () => {
  it('takes a system input only theirs has, keyed by factor, system and input', () => {
    const { mine, theirs, systems } = pair()
    const [s1, s2] = systems as [string, string]
    delete f(mine, 'F11').bySystem![s1]!.T_down
    f(theirs, 'F11').bySystem![s1]!.T_down = 42
    const p = plan(mine, theirs)
    expect(p.takes.map((t) => t.key)).toContain(`factor:F11@${s1}.T_down`)
    expect(p.conflicts).toEqual([])
    const merged = applyMerge(mine, p, {}, lead)
    expect(f(merged, 'F11').bySystem![s1]!.T_down).toBe(42)
    // The other systems stay as they were.
    expect(f(merged, 'F11').bySystem![s2]).toEqual(f(theirs, 'F11').bySystem![s2])
  })

  it('raises a conflict per system when both sides differ, and applies the side chosen', () => {
    const { mine, theirs, systems } = pair()
    const s = systems[1] as string
    f(mine, 'F16').bySystem![s] = { ...f(mine, 'F16').bySystem![s], T_down_trading: 5 }
    f(theirs, 'F16').bySystem![s] = { ...f(theirs, 'F16').bySystem![s], T_down_trading: 116 }
    const p = plan(mine, theirs)
    expect(p.conflicts).toMatchObject([
      { key: `factor:F16@${s}.T_down_trading`, kind: 'factorInput', systemId: s }
    ])
    const theirsWins = applyMerge(mine, p, resolveAll(p, 'theirs'), lead)
    expect(f(theirsWins, 'F16').bySystem![s]!.T_down_trading).toBe(116)
    const mineWins = applyMerge(mine, p, resolveAll(p, 'mine'), lead)
    expect(f(mineWins, 'F16').bySystem![s]!.T_down_trading).toBe(5)
  })

  it('brings an entry only theirs has with every system’s inputs', () => {
    const { mine, theirs } = pair()
    mine.factors = mine.factors.filter((x) => x.factorId !== 'F11')
    const p = plan(mine, theirs)
    expect(p.takes.map((t) => t.key)).toContain('factor:F11')
    const merged = applyMerge(mine, p, {}, lead)
    expect(f(merged, 'F11').bySystem).toEqual(f(theirs, 'F11').bySystem)
    expect(Object.keys(f(merged, 'F11').bySystem ?? {}).length).toBeGreaterThan(5)
  })
})
