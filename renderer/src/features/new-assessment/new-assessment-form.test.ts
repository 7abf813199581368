import { describe, expect, it } from 'vitest'
import {
  defaultPeriod,
  newAssessmentFormSchema,
  splitNames,
  toMetadata,
  type NewAssessmentForm
} from './new-assessment-form'

const valid: NewAssessmentForm = {
  institution: ' 示例证券股份有限公司 ',
  systems: [{ id: 'sys-1', name: ' 集中交易系统 ', class: 4, realTime: true, serviceWindow: ' ' }],
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  assessors: '张伟、李娜, Wang Fang',
  bankHash: 'a'.repeat(64),
  profileId: 'sac-default'
}

const errors = (form: NewAssessmentForm): Record<string, string> => {
  const result = newAssessmentFormSchema.safeParse(form)
  if (result.success) return {}
  return Object.fromEntries(result.error.issues.map((i) => [String(i.path[0]), i.message]))
}

describe('new assessment form', () => {
  it('accepts a form with only the institution changed from the defaults', () => {
    expect(errors(valid)).toEqual({})
    expect(toMetadata(valid)).toEqual({
      institution: '示例证券股份有限公司',
      systems: [{ id: 'sys-1', name: '集中交易系统', class: 4, realTime: true }],
      period: { start: '2025-01-01', end: '2025-12-31' },
      assessors: ['张伟', '李娜', 'Wang Fang']
    })
  })

  it('words each metadata problem as an i18n key on its own field', () => {
    expect(errors({ ...valid, institution: '   ' })).toEqual({
      institution: 'newAssessment.errors.institutionRequired'
    })
    expect(errors({ ...valid, periodStart: '2025-02-30' })).toEqual({
      periodStart: 'newAssessment.errors.invalidDate'
    })
    expect(errors({ ...valid, periodEnd: '2024-12-31' })).toEqual({
      periodEnd: 'newAssessment.errors.endBeforeStart'
    })
    expect(errors({ ...valid, institution: 'x'.repeat(301) })).toEqual({
      institution: 'newAssessment.errors.tooLong'
    })
    expect(errors({ ...valid, systems: [...valid.systems, { id: 'sys-2', name: '' }] })).toEqual({
      systems: 'newAssessment.errors.systemNameRequired'
    })
    expect(
      errors({ ...valid, systems: [...valid.systems, { id: 'sys-2', name: '集中交易系统' }] })
    ).toEqual({ systems: 'newAssessment.errors.systemNameTwice' })
    expect(errors({ ...valid, bankHash: '' })).toEqual({
      bankHash: 'newAssessment.errors.bankRequired'
    })
  })

  it('splits assessor names on Chinese and Western separators', () => {
    expect(splitNames('张伟，李娜；王芳\nZhao Lei')).toEqual(['张伟', '李娜', '王芳', 'Zhao Lei'])
    expect(splitNames(' ')).toEqual([])
  })

  it('defaults to the twelve whole months up to the end of last month', () => {
    expect(defaultPeriod(new Date(2026, 10, 24))).toEqual({
      start: '2025-11-01',
      end: '2026-10-31'
    })
    expect(defaultPeriod(new Date(2026, 0, 5))).toEqual({ start: '2025-01-01', end: '2025-12-31' })
    expect(defaultPeriod(new Date(2024, 2, 1))).toEqual({ start: '2023-03-01', end: '2024-02-29' })
  })
})
