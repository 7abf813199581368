import { describe, expect, it } from 'vitest'
import type { Bank } from './bank'
import { findProfile, indexBank, localize } from './lookup'
import { parseBank } from './parse'
import { minimalBankInput } from '../testing'

function bank(): Bank {
  const result = parseBank(minimalBankInput())
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

describe('indexBank', () => {
  const index = indexBank(bank())

  it('maps question ids to the question with its section and pillar', () => {
    const entry = index.questions.get('C1.03')!
    expect(entry.question.type).toBe('number')
    expect(entry.section.id).toBe('C1')
    expect(entry.pillar.id).toBe('C')
    expect(entry.order).toBe(7)
    expect(index.questions.get('nope')).toBeUndefined()
  })

  it('maps sections, pillars, factors and references', () => {
    expect(index.sections.get('A2')!.pillar.id).toBe('A')
    expect(index.sections.get('A2')!.order).toBe(1)
    expect(index.pillars.get('C')!.sections).toHaveLength(1)
    expect(index.factors.get('F02')!.display).toBe('minutes')
    expect(index.references.get('csrc-2023')!.title['zh-CN']).toBe('管理办法')
  })

  it('lists questions and sections in bank order and groups factors by section', () => {
    expect(index.orderedQuestions.map((e) => e.question.id)).toEqual([
      'A1.01',
      'A1.02',
      'A2.01',
      'A2.02',
      'A2.03',
      'C1.01',
      'C1.02',
      'C1.03',
      'C1.04',
      'C1.05',
      'C1.06',
      'C1.07'
    ])
    expect(index.orderedSections.map((e) => e.section.id)).toEqual(['A1', 'A2', 'C1'])
    expect(index.factorsBySection.get('C1')!.map((f) => f.id)).toEqual(['F01', 'F02'])
    expect(index.factorsBySection.has('A1')).toBe(false)
  })
})

describe('localize', () => {
  it('picks the requested language', () => {
    const text = { 'zh-CN': '组织保障', 'en-US': 'Organizational assurance' }
    expect(localize(text, 'zh-CN')).toBe('组织保障')
    expect(localize(text, 'en-US')).toBe('Organizational assurance')
  })
})

describe('findProfile', () => {
  it('finds the default profile or one by id', () => {
    const b = bank()
    expect(findProfile(b)!.id).toBe('default')
    expect(findProfile(b, 'thirds')!.pillarWeights).toEqual({ A: 1, C: 1 })
    expect(findProfile(b, 'missing')).toBeUndefined()
  })
})
