import { describe, expect, it } from 'vitest'
import bank10Json from '../../resources/banks/sac-stability-2025.json'
import bank11Json from '../../resources/banks/sac-stability-2025-1.1.0.json'
import type { Bank } from './bank'
import { loadBank } from './identity'
import { indexBank } from './lookup'

/**
 * Bank sac-stability-2025 1.1.0, built from the December 2026 review's recommendations R1–R10
 * (docs/bank-format.md, "Version 1.1.0"). Guards its structure the way default-bank.test.ts
 * guards 1.0.0; update both together with the docs.
 */

function load(json: unknown): Bank {
  const result = loadBank(json)
  if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'))
  return result.value.bank
}

const v10 = load(bank10Json)
const v11 = load(bank11Json)
const questions = (bank: Bank) =>
  bank.pillars.flatMap((p) => p.sections.flatMap((s) => s.questions))
const q11 = new Map(questions(v11).map((q) => [q.id, q]))
const f11 = new Map(v11.factors.map((f) => [f.id, f]))
const section = (id: string) => indexBank(v11).sections.get(id)!.section

describe('bank sac-stability-2025 1.1.0', () => {
  it('parses with zero issues, in format 3, with its own identity', () => {
    const result = loadBank(bank11Json)
    expect(result.ok && result.value.ref).toMatchObject({
      id: 'sac-stability-2025',
      version: '1.1.0'
    })
    expect(v11.schemaVersion).toBe(3)
  })

  it('has the documented counts', () => {
    const qs = questions(v11)
    expect(qs.length).toBe(97)
    expect(v11.factors.map((f) => f.id)).toEqual(
      Array.from({ length: 18 }, (_, i) => `F${String(i + 1).padStart(2, '0')}`)
    )
    expect(qs.filter((q) => q.critical).map((q) => q.id)).toEqual([
      'A1.01',
      'A2.01',
      'A3.01',
      'B1.01',
      'C1.01',
      'C2.01',
      'C3.01',
      'C5.01',
      'C5.06',
      'C6.01',
      'C6.06',
      'C7.01',
      'C8.01',
      'C9.01',
      'C11.01'
    ])
    for (const q of qs) expect(q.critical, q.id).toBe(q.weight === 3)
  })

  it('keeps every retired id retired: an id of 1.0.0 is kept, replaced, or gone — never reused', () => {
    const replaced = new Set(
      questions(v11).flatMap((q) => (q.replaces ?? []).map((r) => r.question))
    )
    const kept = new Set(q11.keys())
    const gone = questions(v10)
      .map((q) => q.id)
      .filter((id) => !kept.has(id) && !replaced.has(id))
    expect(gone).toEqual(['A3.06', 'C4.04', 'C7.03', 'C8.07', 'C9.10'])
    // The type-N rows of the brief retired in 1.0.0 stay unused.
    for (const id of ['A1.06', 'A2.03', 'C1.06', 'C2.02', 'C3.02', 'C3.03', 'C4.02', 'C5.02'])
      expect(q11.has(id), id).toBe(false)
    // Kept ids keep their question type (a changed type gets a new id).
    const types10 = new Map(questions(v10).map((q) => [q.id, q.type]))
    for (const [id, q] of q11) if (types10.has(id)) expect(q.type, id).toBe(types10.get(id))
  })

  it('R1: F11 is per system (minimum) and F16 is per real-time system', () => {
    expect(f11.get('F11')?.perSystem).toEqual({ systems: 'all', combine: 'min' })
    expect(f11.get('F16')?.perSystem).toEqual({ systems: 'realTime', combine: 'min' })
    expect(f11.get('F16')?.feeds).toBe('C1')
  })

  it('R2: F17 counts regulatory-grade incidents, lower is better, red line on any unreported', () => {
    const f17 = f11.get('F17')!
    expect(f17).toMatchObject({ direction: 'lower', target: 0, feeds: 'C5' })
    expect(f17.redLines).toEqual([
      expect.objectContaining({
        class: 'regulatory',
        input: 'N_major_unreported',
        op: 'gt',
        value: 0
      })
    ])
  })

  it('R3: change testing and rollback weigh 3 and are critical; vendors, machine room, backup tiers', () => {
    expect(q11.get('C6.06')).toMatchObject({ weight: 3, critical: true })
    expect(q11.get('C6.06')?.text['zh-CN']).toContain('回退方案演练')
    expect(f11.get('F18')).toMatchObject({ direction: 'lower', feeds: 'C6' })
    const vendors = section('C11')
    expect(vendors.title['zh-CN']).toContain('供应商与信息技术服务机构管理')
    expect(vendors.questions.length).toBeGreaterThanOrEqual(3)
    expect(vendors.questions.length).toBeLessThanOrEqual(4)
    expect(vendors.questions.filter((q) => q.critical)).toHaveLength(1)
    expect(q11.get('C1.08')?.text['zh-CN']).toContain('UPS')
    expect(q11.get('C9.12')?.text['zh-CN']).toContain('离线或不可篡改副本')
  })

  it('R4: F03 is inferred and divides by all important systems; RL-F09 is internal', () => {
    const f03 = f11.get('F03')!
    expect(f03.source).toBe('I')
    expect(f03.formula).toEqual({ kind: 'ratio', numerator: 'S_ok', denominator: 'S_imp' })
    expect(f03.inputs[0]?.label['zh-CN']).toBe('重要信息系统总数')
    expect(f11.get('F09')?.redLines.find((l) => l.id === 'RL-F09')?.class).toBe('internal')
    expect(v11.description?.['zh-CN']).toContain('中文名称未经证实')
    // Every red line says what it rests on.
    const lines = [
      ...v11.factors.flatMap((f) => f.redLines),
      ...questions(v11).flatMap((q) => (q.redLine ? [q.redLine] : []))
    ]
    for (const line of lines) expect(line.class, line.id).toBeDefined()
  })

  it('R5: the new references are catalogued and wired into guidance', () => {
    const refs = (id: string) =>
      [...(q11.get(id)?.references ?? []), ...(f11.get(id)?.references ?? [])].map(
        (r) => r.document
      )
    expect(refs('C5.06')).toContain('cac-incident-2025')
    expect(refs('C9.01')).toContain('gbt-20988-2025')
    expect(refs('C9.11')).toContain('gbt-20988-2025')
    expect(q11.get('C8.04')?.guidance?.['zh-CN']).toContain('第二稿')
    expect(refs('F02')).toContain('jrt-automation-maturity')
    expect(refs('F12')).toContain('jrt-automation-maturity')
    for (const id of [
      'cac-incident-2025',
      'gbt-20988-2025',
      'jrt-automation-maturity',
      'csrc-classification-2025'
    ])
      expect(v11.references.map((r) => r.id)).toContain(id)
  })

  it('R6: the small-sample rule on F01, F03, F09, F14 and F18', () => {
    for (const id of ['F01', 'F03', 'F09', 'F14', 'F18'])
      expect(f11.get(id)?.smallSample?.minN, id).toBe(20)
    for (const id of ['F03', 'F09', 'F14'])
      expect(f11.get(id)?.smallSample?.missBands, id).toEqual([0, 1, 2, 3])
  })

  it('R7: double counting removed (C8.07, C4.04, C7.03 gone; C10.04 replaced by C11.04)', () => {
    for (const id of ['C8.07', 'C4.04', 'C7.03', 'C10.04']) expect(q11.has(id), id).toBe(false)
    expect(q11.get('C11.04')?.replaces).toEqual([{ question: 'C10.04', confirm: true }])
    expect(q11.get('C7.08')?.type).toBe('percentage')
  })

  it('R9: the three-year-plan items sit in a low-weight 监管对照 section', () => {
    expect(section('A4').questions.map((q) => q.id)).toEqual(['A4.01', 'A4.02', 'A4.03'])
    expect(q11.get('A4.01')?.replaces).toEqual([{ question: 'A1.08' }])
    expect(q11.get('A4.02')?.replaces).toEqual([{ question: 'A2.07' }])
    for (const profile of v11.profiles) {
      const a = ['A1', 'A2', 'A3', 'A4'].map((id) => profile.sectionWeights[id] ?? 0)
      expect(a[3]! / a.reduce((s, w) => s + w, 0)).toBeLessThan(0.05)
    }
  })

  it('R10: C9.11 asks about the required level; C9.06 has hosted DR; C7.06 speaks to brokers', () => {
    expect(q11.get('C9.11')?.type).toBe('yesPartialNo')
    expect(q11.get('C9.11')?.text['zh-CN']).toContain('应达')
    const c906 = q11.get('C9.06')
    expect(c906?.type === 'singleChoice' && c906.options.map((o) => o.id)).toContain(
      'industryCloud'
    )
    expect(q11.get('C7.06')?.guidance?.['zh-CN']).toContain('不是证券公司的义务')
  })

  it('1.0.0 ships unchanged next to it', () => {
    expect(v10.version).toBe('1.0.0')
    expect(v10.factors.some((f) => f.perSystem !== undefined || f.weight !== undefined)).toBe(false)
  })
})
