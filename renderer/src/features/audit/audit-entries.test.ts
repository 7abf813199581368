import { describe, expect, it } from 'vitest'
import { defaultBank } from '@shared/testing/default-bank'
import type { AuditEntry } from '@shared/assessment/assessment'
import { indexBank } from '@shared/bank/lookup'
import { describeAudit } from './audit-entries'
import type { ValueContext } from './audit-values'

const bank = defaultBank()
const profile = bank.profiles[0]!

const context: ValueContext = {
  index: indexBank(bank),
  profile,
  locale: 'en-US',
  words: {
    empty: '(empty)',
    listSeparator: ', ',
    colon: ': ',
    clauseSeparator: '; ',
    parenthetical: (text) => ` (${text})`,
    evidenceDate: (date) => `dated ${date}`,
    yes: 'Yes',
    partial: 'Partly',
    no: 'No',
    on: 'on',
    off: 'off',
    na: (reason) => `N/A: ${reason}`,
    items: (count) => `${count} item(s)`,
    sealed: (hash) => `sealed ${hash}`,
    periodRange: (start, end) => `${start} to ${end}`,
    status: (status) => `status:${status}`,
    findingStatus: (status) => `finding:${status}`
  }
}

const entry = (partial: Partial<AuditEntry>): AuditEntry => ({
  id: 'au-1',
  at: '2026-03-01T08:00:00.000Z',
  by: '张伟',
  action: 'answer.set',
  ...partial
})

describe('describeAudit', () => {
  it('shows a maturity change as level names, only for the fields that changed, with a link', () => {
    const [line] = describeAudit(
      [
        entry({
          target: 'question:A1.01',
          oldValue: { value: 2, flagged: false },
          newValue: { value: 3, flagged: false, comment: 'seen the org chart' }
        })
      ],
      'x1',
      context
    )
    expect(line?.targetKind).toBe('question')
    expect(line?.href).toBe('/a/x1/s/A1?q=A1.01')
    expect(line?.targetLabel).toBeTruthy()
    expect(line?.changes).toEqual([
      { field: 'value', old: 'L2 Defined', new: 'L3 Quantitatively managed' },
      { field: 'comment', old: '(empty)', new: 'seen the org chart' }
    ])
  })

  it("shows a move to the trash as the whole assessment's trash state, off → on", () => {
    const [line] = describeAudit(
      [
        entry({
          action: 'assessment.update',
          oldValue: { inTrash: false },
          newValue: { inTrash: true }
        })
      ],
      'x1',
      context
    )
    expect(line?.targetKind).toBe('assessment')
    expect(line?.changes).toEqual([{ field: 'inTrash', old: 'off', new: 'on' }])
  })

  it('reads the bare values older entries (and the sample) store', () => {
    const yesNo = context.index.orderedQuestions.find((q) => q.question.type === 'yesPartialNo')!
    const [line] = describeAudit(
      [entry({ target: `question:${yesNo.question.id}`, newValue: 'partial' })],
      'x1',
      context
    )
    expect(line?.changes).toEqual([{ field: 'value', old: undefined, new: 'Partly' }])
  })

  it('shows an evidence date and caption change field by field', () => {
    const [line] = describeAudit(
      [
        entry({
          action: 'evidence.update',
          target: 'question:A1.01',
          oldValue: { id: 'ev-1', name: 'A1.01_20250630-142305.png' },
          newValue: {
            id: 'ev-1',
            name: 'A1.01_20250630-142305.png',
            effectiveDate: '2025-06-30',
            caption: 'console, all alerts closed'
          }
        })
      ],
      'x1',
      context
    )
    expect(line?.changes).toEqual([
      { field: 'effectiveDate', old: '(empty)', new: '2025-06-30' },
      { field: 'caption', old: '(empty)', new: 'console, all alerts closed' }
    ])
  })

  it('names factor inputs with their units, finding statuses, the seal and a reopen reason', () => {
    const lines = describeAudit(
      [
        entry({
          action: 'factor.set',
          target: 'factor:F01',
          oldValue: { values: { N_fault: 40, N_mon: 30 } },
          newValue: { values: { N_fault: 48, N_mon: 30 } }
        }),
        entry({
          action: 'finding.set',
          target: 'finding:q:C9.03',
          newValue: { findingId: 'q:C9.03', owner: '郑斌', status: 'inProgress' }
        }),
        entry({
          action: 'assessment.finalize',
          oldValue: 'inReview',
          newValue: { by: '李娜', at: '2026-03-01T08:00:00.000Z', contentHash: 'ab'.repeat(32) }
        }),
        entry({ action: 'assessment.reopen', reason: 'more evidence', newValue: 'inReview' })
      ],
      'x1',
      context
    )
    expect(lines[0]?.changes).toEqual([
      expect.objectContaining({
        field: expect.stringMatching(/^N_fault /),
        old: '40 faults',
        new: '48 faults'
      })
    ])
    expect(lines[1]?.href).toBe('/a/x1/s/C9?q=C9.03')
    expect(lines[1]?.changes).toEqual([
      { field: 'owner', old: undefined, new: '郑斌' },
      { field: 'status', old: undefined, new: 'finding:inProgress' }
    ])
    expect(lines[2]?.changes).toEqual([
      { field: 'status', old: 'status:inReview', new: `sealed ${'ab'.repeat(6)}` }
    ])
    expect(lines[3]?.entry.reason).toBe('more evidence')
  })
})
