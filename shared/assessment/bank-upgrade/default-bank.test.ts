import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { loadBank, type Bank } from '../../bank'
import { generateSampleAssessment } from '../../sample'
import { scoreAssessment } from '../../scoring'
import { validateAssessmentAgainstBank } from '../validate'
import { applyBankUpgrade, summarizePlan } from './apply'
import { planBankUpgrade } from './plan'

const bankFile = (name: string): Bank => {
  const loaded = loadBank(
    JSON.parse(readFileSync(new URL(`../../../resources/banks/${name}`, import.meta.url), 'utf8'))
  )
  if (!loaded.ok) throw new Error(`${name} does not load`)
  return loaded.value.bank
}
const v100 = bankFile('sac-stability-2025.json')
const v110 = bankFile('sac-stability-2025-1.1.0.json')
const actor = { by: '张伟', at: '2026-12-06T10:00:00+08:00', auditId: 'au-up' }

describe('sac-stability-2025 1.0.0 → 1.1.0', () => {
  it('shows the three-year-plan items as moved to 监管对照 (A4), not removed and added', () => {
    const sample = generateSampleAssessment(v100, { seed: 1 })
    const planned = planBankUpgrade(sample, v100, v110)
    if (!planned.ok) throw new Error(JSON.stringify(planned.refusal))
    const { changes, answers } = planned.plan
    const about = (id: string) => changes.filter((c) => c.from?.includes(id) || c.id === id)
    expect(about('A2.07')).toEqual([
      {
        kind: 'question',
        change: 'moved',
        id: 'A4.02',
        from: ['A2.07'],
        section: { from: 'A2', to: 'A4' },
        aspects: []
      }
    ])
    expect(about('A4.02')).toHaveLength(1)
    expect(about('A1.08')).toEqual([
      expect.objectContaining({
        change: 'moved',
        id: 'A4.01',
        section: { from: 'A1', to: 'A4' },
        aspects: ['weight']
      })
    ])
    // Neither old id shows up as removed, nor its new place as added (A3.06, a percentage, has no
    // successor: A4.03 asks a yes/partial/no question of its own).
    for (const id of ['A1.08', 'A2.07', 'A4.01', 'A4.02'])
      expect(about(id).map((c) => c.change)).toEqual(['moved'])
    // The answer follows: unchanged text and weight, so it carries as it is.
    const a207 = sample.answers.find((answer) => answer.questionId === 'A2.07')
    expect(a207).toBeDefined()
    expect(answers.find((fate) => fate.questionId === 'A2.07')).toEqual({
      outcome: 'carried',
      questionId: 'A2.07',
      to: 'A4.02',
      answer: { ...a207, questionId: 'A4.02' }
    })
  })

  for (const seed of [1, 7, 42]) {
    it(`accounts for every answer of a 1.0.0 sample (seed ${seed}) and fits 1.1.0`, () => {
      const sample = generateSampleAssessment(v100, { seed })
      expect(sample.bank.version).toBe('1.0.0')
      const planned = planBankUpgrade(sample, v100, v110)
      if (!planned.ok) throw new Error(JSON.stringify(planned.refusal))
      const { plan } = planned
      // Every answer, entry and finding has exactly one fate.
      expect(plan.answers.map((fate) => fate.questionId)).toEqual(
        sample.answers.map((answer) => answer.questionId)
      )
      expect(plan.factors.map((fate) => fate.factorId)).toEqual(
        sample.factors.map((entry) => entry.factorId)
      )
      const summary = summarizePlan(plan)
      expect(summary.carried.length + summary.toConfirm.length + summary.notCarried.length).toBe(
        sample.answers.length + sample.factors.length + sample.findings.length
      )
      // The review's known moves: C6.06 to confirm, F11's pooled figures
      // cannot be shared out among systems, F05's N_fault becomes N_fault_rt.
      const fate = (id: string) => plan.answers.find((f) => f.questionId === id)
      // A1.08 moves to the low-weight 监管对照 section A4 (its weight changed, so: confirm).
      if (fate('A1.08'))
        expect(fate('A1.08')).toMatchObject({
          outcome: 'confirm',
          to: 'A4.01',
          reason: 'questionChanged'
        })
      if (fate('C6.06'))
        expect(fate('C6.06')).toMatchObject({ outcome: 'confirm', reason: 'bankSaysConfirm' })
      const f11 = plan.factors.find((f) => f.factorId === 'F11')
      if (f11) expect(f11).toMatchObject({ outcome: 'notCarried', reason: 'nowPerSystem' })
      const f05 = plan.factors.find((f) => f.factorId === 'F05')
      if (
        f05?.outcome === 'confirm' &&
        'N_fault' in (sample.factors.find((e) => e.factorId === 'F05')?.values ?? {})
      )
        expect(f05.entry.values).toHaveProperty('N_fault_rt')

      const upgraded = applyBankUpgrade(sample, plan, v110, actor)
      expect(validateAssessmentAgainstBank(upgraded, v110)).toEqual([])
      for (const key of ['id', 'metadata', 'status', 'narrative', 'createdAt'] as const)
        expect(upgraded[key]).toEqual(sample[key])
      // Nothing is lost: what did not carry is in the audit entry with its old value.
      const before = upgraded.auditLog.at(-1)!.oldValue as {
        answers: unknown[]
        factors: unknown[]
      }
      expect(before.answers).toEqual(sample.answers)
      expect(before.factors).toEqual(sample.factors)
      // Both versions score.
      expect(scoreAssessment(v100, sample).overall.score).not.toBeNull()
      expect(scoreAssessment(v110, upgraded).overall).toBeDefined()

      // A second upgrade is a no-op.
      const again = planBankUpgrade(upgraded, v110, v110)
      if (!again.ok) throw new Error('refused')
      expect(again.plan.noop).toBe(true)
      expect(applyBankUpgrade(upgraded, again.plan, v110, actor)).toBe(upgraded)
    })
  }
})
