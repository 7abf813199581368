import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '@shared/assessment/assessment'
import { indexBank } from '@shared/bank/lookup'
import { loadedDefaultBank } from '@shared/testing/default-bank'
import { fixedLanguageT } from '../../i18n/test-support'
import { sideValue } from '../packages/merge-text'
import { describeAudit } from './audit-entries'
import { answerValue } from './audit-values'
import { valueContext } from './useValueContext'

const { bank } = loadedDefaultBank()
const index = indexBank(bank)
const profile = bank.profiles[0]!

const { 'zh-CN': zh, 'en-US': en } = await fixedLanguageT()

const statusEntry: AuditEntry = {
  id: 'au-1',
  at: '2026-03-01T08:00:00.000Z',
  by: '王芳',
  action: 'status.change',
  oldValue: 'draft',
  newValue: 'inReview'
}

describe('valueContext: one wording for the audit log and the merge view', () => {
  it('words review and finding statuses in each language, never as raw codes', () => {
    const zhWords = valueContext(zh, 'zh-CN', index, profile).words
    const enWords = valueContext(en, 'en-US', index, profile).words
    expect(['draft', 'inReview', 'finalized'].map(zhWords.status)).toEqual([
      '草稿',
      '复核中',
      '已定稿'
    ])
    expect(enWords.status('inReview')).toBe('In review')
    expect(zhWords.findingStatus('accepted')).toBe('接受风险')
    expect(enWords.findingStatus('inProgress')).toBe('In progress')
    // An unknown code is shown as it is rather than hidden.
    expect(enWords.status('archived')).toBe('archived')
  })

  it('the audit log shows a status change in words', () => {
    const [line] = describeAudit([statusEntry], 'x1', valueContext(zh, 'zh-CN', index, profile))
    expect(line?.changes).toEqual([{ field: 'status', old: '草稿', new: '复核中' }])
  })

  it('the merge view words a finding the same way the audit log does', () => {
    const item = { kind: 'finding', key: 'finding:q:A1.01', findingId: 'q:A1.01' } as const
    const finding = { findingId: 'q:A1.01', status: 'inProgress', owner: '运维部' }
    const context = valueContext(zh, 'zh-CN', index, profile)
    expect(sideValue(item as never, finding, context, zh)).toContain('整改中')
    expect(sideValue(item as never, finding, context, zh)).not.toContain('inProgress')
  })

  it('joins lists with the language’s own separator', () => {
    const multi = index.orderedQuestions.find((q) => q.question.type === 'multiChoice')?.question
    expect(multi?.type).toBe('multiChoice')
    if (multi?.type !== 'multiChoice') return
    const [a, b] = multi.options
    const ids = [a!.id, b!.id]
    expect(answerValue(multi, ids, valueContext(zh, 'zh-CN', index, profile))).toBe(
      `${a!.label['zh-CN']}、${b!.label['zh-CN']}`
    )
    expect(answerValue(multi, ids, valueContext(en, 'en-US', index, profile))).toBe(
      `${a!.label['en-US']}, ${b!.label['en-US']}`
    )
  })
})
