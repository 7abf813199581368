import { describe, expect, it } from 'vitest'
import { bankSchema, type BankInput } from '../../bank/bank'
import { bankContentHash } from '../../bank/identity'
import { miniAssessment, miniBank, miniBankInput, q, ratioFactor, t2 } from '../../testing'
import { validateAssessmentAgainstBank } from '../validate'
import { verifyAuditChain } from '../audit-chain'
import { applyBankUpgrade, summarizePlan, undoableBankUpgrade, undoBankUpgrade } from './apply'
import { planBankUpgrade, type BankUpgradePlan } from './plan'

/**
 * Version 1.1.0 of the mini bank, one known mapping per answer of the mini assessment:
 * A1.01 kept · A1.02 renamed to A1.12 (an N/A answer) · A1.03 translated a → b · A1.04 removed ·
 * A1.05 now at most 10 (42 no longer fits) · A1.06 kept · A1.07 and A1.08 merged into A1.50
 * (text) · A1.09 kept (evidence) · C3.01 kept but to confirm · F01 → F02 with inputs renamed.
 */
function nextBank() {
  type Loose = Record<string, unknown>
  const input = structuredClone(miniBankInput) as unknown as Loose & {
    pillars: Array<{ sections: Array<{ questions: Loose[] }> }>
  }
  input.version = '1.1.0'
  const [a1] = input.pillars[0]!.sections
  const c3 = input.pillars[1]!.sections[0]!
  const byId = (id: string) => a1!.questions.find((question) => question.id === id)!
  byId('A1.03').replaces = [{ question: 'A1.03', values: [{ from: 'a', to: 'b' }] }]
  byId('A1.05').max = 10
  const kept = a1!.questions.filter(
    (question) => !['A1.02', 'A1.04', 'A1.07', 'A1.08'].includes(question.id as string)
  )
  a1!.questions = [
    ...kept,
    q.ypn('A1.12', {
      text: t2('是否', 'Yes/no'),
      allowNA: true,
      replaces: [{ question: 'A1.02' }]
    }),
    q.text('A1.50', {
      text: t2('说明与日期', 'Notes and date'),
      required: false,
      replaces: [{ question: 'A1.07' }, { question: 'A1.08' }]
    })
  ] as Loose[]
  c3.questions[0]!.replaces = [{ question: 'C3.01', confirm: true }]
  input.factors = [
    ratioFactor('F02', 'C3', {
      replaces: [
        {
          factor: 'F01',
          inputs: [
            { from: 'N_fault', to: 'd' },
            { from: 'N_mon', to: 'n' }
          ]
        }
      ]
    })
  ]
  return bankSchema.parse(input as unknown as BankInput)
}

const actor = { by: '张伟', at: '2026-12-06T10:00:00+08:00', auditId: 'au-up' }

function planned(): { plan: BankUpgradePlan; assessment: ReturnType<typeof miniAssessment> } {
  const assessment = miniAssessment(bankContentHash(miniBank))
  const result = planBankUpgrade(assessment, miniBank, nextBank())
  if (!result.ok) throw new Error(JSON.stringify(result.refusal))
  return { plan: result.plan, assessment }
}

describe('planBankUpgrade', () => {
  it('accounts for every answer, entry and finding with the known mapping', () => {
    const { plan, assessment } = planned()
    const fates = Object.fromEntries(
      plan.answers.map((fate) => [
        fate.questionId,
        fate.outcome === 'carried'
          ? `carried → ${fate.to}`
          : fate.outcome === 'confirm'
            ? `confirm → ${fate.to} (${fate.reason})`
            : `not carried (${fate.reason})`
      ])
    )
    expect(fates).toEqual({
      'A1.01': 'carried → A1.01',
      'A1.02': 'carried → A1.12',
      'A1.03': 'confirm → A1.03 (translated)',
      'A1.04': 'not carried (removed)',
      'A1.05': 'not carried (invalidValue)',
      'A1.06': 'carried → A1.06',
      'A1.07': 'confirm → A1.50 (merged)',
      'A1.08': 'not carried (mergedAway)',
      'A1.09': 'carried → A1.09',
      'C3.01': 'confirm → C3.01 (bankSaysConfirm)'
    })
    expect(plan.answers).toHaveLength(assessment.answers.length)
    const [factor] = plan.factors
    expect(factor).toMatchObject({ outcome: 'confirm', factorId: 'F01', to: 'F02' })
    expect(factor!.outcome === 'confirm' && factor!.entry.values).toEqual({ d: 42, n: 38 })
    expect(plan.findings).toEqual([
      expect.objectContaining({ outcome: 'carried', findingId: 'q:C3.01', to: 'q:C3.01' })
    ])
    const summary = summarizePlan(plan)
    expect(summary.carried.length + summary.toConfirm.length + summary.notCarried.length).toBe(
      assessment.answers.length + assessment.factors.length + assessment.findings.length
    )
  })

  it('lists what was added, removed, moved and changed', () => {
    const { plan } = planned()
    const line = (c: BankUpgradePlan['changes'][number]) =>
      `${c.kind} ${c.change} ${c.id ?? ''}←${(c.from ?? []).join('+')} ${c.aspects.join(',')}`.trim()
    const interesting = plan.changes.filter((c) => c.change !== 'same').map(line)
    expect(interesting).toEqual([
      'question changed A1.03←A1.03',
      'question changed A1.05←A1.05 limits',
      'question moved A1.12←A1.02',
      'question changed A1.50←A1.07+A1.08 text,type',
      'question changed C3.01←C3.01',
      'factor moved F02←F01 text,inputs,formula',
      'question removed ←A1.04'
    ])
  })

  it('refuses a finalized assessment, another bank, and a plan from a version it is not on', () => {
    const assessment = miniAssessment(bankContentHash(miniBank))
    expect(planBankUpgrade({ ...assessment, status: 'finalized' }, miniBank, nextBank())).toEqual({
      ok: false,
      refusal: { problem: 'finalized' }
    })
    const other = bankSchema.parse({ ...miniBankInput, id: 'other' })
    expect(planBankUpgrade(assessment, miniBank, other)).toMatchObject({
      ok: false,
      refusal: { problem: 'otherBank' }
    })
    expect(planBankUpgrade(assessment, nextBank(), nextBank())).toMatchObject({
      ok: false,
      refusal: { problem: 'wrongSource' }
    })
  })
})

describe('applyBankUpgrade', () => {
  it('writes what the plan says, fits the new bank, and changes nothing else', () => {
    const { plan, assessment } = planned()
    const to = nextBank()
    const upgraded = applyBankUpgrade(assessment, plan, to, actor)
    expect(validateAssessmentAgainstBank(upgraded, to)).toEqual([])
    expect(upgraded.bank).toEqual({
      id: 'mini',
      version: '1.1.0',
      contentHash: bankContentHash(to)
    })
    const answers = new Map(upgraded.answers.map((answer) => [answer.questionId, answer]))
    expect([...answers.keys()].sort()).toEqual(
      ['A1.01', 'A1.03', 'A1.06', 'A1.09', 'A1.12', 'A1.50', 'C3.01'].sort()
    )
    expect(answers.get('A1.03')).toMatchObject({ value: 'b', carriedOver: true })
    expect(answers.get('A1.12')).toMatchObject({ na: { justification: '本机构未设横向团队' } })
    expect(answers.get('A1.50')).toMatchObject({ value: '2025-03-31', carriedOver: true })
    expect(answers.get('A1.01')).toEqual(assessment.answers[0])
    for (const key of ['id', 'metadata', 'status', 'createdAt', 'narrative'] as const)
      expect(upgraded[key]).toEqual(assessment[key])
    // One audit entry, holding what could not carry with its old value.
    expect(upgraded.auditLog).toHaveLength(assessment.auditLog.length + 1)
    const entry = upgraded.auditLog.at(-1)!
    expect(entry).toMatchObject({ action: 'assessment.bankUpgrade', by: '张伟' })
    const before = entry.oldValue as { answers: Array<{ questionId: string; value: unknown }> }
    expect(before.answers.find((a) => a.questionId === 'A1.05')?.value).toBe(42)
    expect(before.answers.find((a) => a.questionId === 'A1.04')?.value).toEqual(['x', 'y'])
  })

  it('a second upgrade to the same version is a no-op', () => {
    const { plan, assessment } = planned()
    const to = nextBank()
    const upgraded = applyBankUpgrade(assessment, plan, to, actor)
    const again = planBankUpgrade(upgraded, to, nextBank())
    if (!again.ok) throw new Error('refused')
    expect(again.plan.noop).toBe(true)
    expect(again.plan.answers.every((fate) => fate.outcome === 'carried')).toBe(true)
    expect(applyBankUpgrade(upgraded, again.plan, to, { ...actor, auditId: 'au-2nd' })).toBe(
      upgraded
    )
  })

  it('is undone while nothing changed since, restoring every answer', () => {
    const { plan, assessment } = planned()
    const upgraded = applyBankUpgrade(assessment, plan, nextBank(), actor)
    expect(undoableBankUpgrade(upgraded)?.id).toBe('au-up')
    const undone = undoBankUpgrade(upgraded, { ...actor, auditId: 'au-undo' })
    for (const key of ['bank', 'profile', 'answers', 'factors', 'findings'] as const)
      expect(undone[key]).toEqual(assessment[key])
    expect(undone.auditLog.at(-1)).toMatchObject({ action: 'assessment.bankUpgradeUndo' })
    expect(undoableBankUpgrade(undone)).toBeNull()
    // Both entries join the tamper-evident chain; the head follows.
    for (const log of [upgraded, undone])
      expect(verifyAuditChain(log.auditLog, log.auditHead)).toMatchObject({ intact: true })
    expect(undone.auditHead?.length).toBe(assessment.auditLog.length + 2)
  })
})
