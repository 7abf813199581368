import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { chainAuditLog, verifyAuditChain } from '../assessment/audit-chain'
import { generateSampleAssessment } from '../sample'
import { defaultBank } from '../testing/default-bank'
import { throughAssessmentFile, throughBackup, throughPackage } from '../testing/round-trip'

/**
 * The tamper-evident audit chain survives every way an assessment travels — the assessment file, a
 * package, a backup — entry for entry with its head, stays intact, and after each trip `verify`'s
 * check (verifyAuditChain against the assessment's head) still catches an edited, a reordered and
 * a deleted entry, naming the first one that does not fit.
 */

function chainedSample(): Assessment {
  const sample = generateSampleAssessment(defaultBank(), { seed: 5 })
  // Only the chain travels here; the sample's evidence files are another test's business.
  sample.answers = sample.answers.map((answer) => ({ ...answer, evidence: [] }))
  sample.factors = sample.factors.map((entry) => ({ ...entry, evidence: [] }))
  const log = Array.from({ length: 8 }, (_, n) => ({
    id: `au-${n}`,
    at: `2026-12-06T10:00:${String(n).padStart(2, '0')}.000+08:00`,
    by: n % 2 === 0 ? '周强' : '李娜',
    action: 'answer.set' as const,
    target: `question:A1.0${(n % 5) + 1}`,
    oldValue: n,
    newValue: n + 1
  }))
  const { entries, head } = chainAuditLog(log)
  return { ...sample, auditLog: entries as Assessment['auditLog'], auditHead: head }
}

const trips: Record<string, (a: Assessment) => Assessment> = {
  'the assessment file': (a) => throughAssessmentFile(a).back,
  'a package': throughPackage,
  'a backup': throughBackup
}

describe.each(Object.entries(trips))('the audit chain through %s', (_, trip) => {
  const original = chainedSample()
  const back = trip(original)
  const verify = (log: Assessment['auditLog']) => verifyAuditChain(log, back.auditHead)

  it('comes back entry for entry with its head, and intact', () => {
    expect(back.auditLog).toEqual(original.auditLog)
    expect(back.auditHead).toEqual(original.auditHead)
    expect(verify(back.auditLog)).toMatchObject({ intact: true, length: 8, unchained: 0 })
  })

  it('still shows an edited entry', () => {
    const edited = back.auditLog.map((e, i) => (i === 3 ? { ...e, newValue: 99 } : e))
    expect(verify(edited)).toEqual({ intact: false, index: 3, entryId: 'au-3', problem: 'altered' })
  })

  it('still shows two entries swapped', () => {
    const swapped = [...back.auditLog]
    ;[swapped[2], swapped[5]] = [swapped[5]!, swapped[2]!]
    expect(verify(swapped)).toEqual({ intact: false, index: 2, entryId: 'au-5', problem: 'order' })
  })

  it('still shows a deleted entry, in the middle or the newest', () => {
    const middle = back.auditLog.filter((_, i) => i !== 4)
    expect(verify(middle)).toEqual({ intact: false, index: 4, entryId: 'au-5', problem: 'missing' })
    const newest = back.auditLog.slice(0, -1)
    expect(verify(newest)).toEqual({ intact: false, index: 7, problem: 'missing' })
  })
})
