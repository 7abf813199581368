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
