import { describe, expect, it } from 'vitest'
import type { Question } from '@shared/bank/question'
import { isFieldCommit, keyCommand, questionKeyEffect } from './keyboard'

const press = (
  key: string,
  modifiers: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}
) =>
  keyCommand({ key, shiftKey: false, ctrlKey: false, metaKey: false, altKey: false, ...modifiers })

const base = {
  text: { 'zh-CN': '题', 'en-US': 'Q' },
  weight: 1,
  critical: false,
  required: true,
  references: [],
  source: 'P' as const
}
const maturity = { ...base, id: 'Q1', type: 'maturity', allowNA: true } as Question
const ypn = { ...base, id: 'Q2', type: 'yesPartialNo', allowNA: false } as Question
const single = {
  ...base,
  id: 'Q3',
  type: 'singleChoice',
  allowNA: false,
  options: [
    { id: 'a', label: { 'zh-CN': 'A', 'en-US': 'A' }, score: 0 },
    { id: 'b', label: { 'zh-CN': 'B', 'en-US': 'B' }, score: 100 }
  ]
} as Question

describe('keyCommand', () => {
  it('maps J/K to questions, Shift+J/K to sections and ? to the help', () => {
    expect(press('j')).toEqual({ kind: 'move', delta: 1 })
    expect(press('k')).toEqual({ kind: 'move', delta: -1 })
    expect(press('J', { shiftKey: true })).toEqual({ kind: 'section', delta: 1 })
    expect(press('K', { shiftKey: true })).toEqual({ kind: 'section', delta: -1 })
    expect(press('?', { shiftKey: true })).toEqual({ kind: 'help' })
  })

  it('passes answer keys to the question and ignores modified or unknown keys', () => {
    expect(press('3')).toEqual({ kind: 'question', key: '3' })
    expect(press('Y')).toEqual({ kind: 'question', key: 'y' })
    expect(press('x')).toEqual({ kind: 'question', key: 'x' })
    expect(press('j', { ctrlKey: true })).toBeNull()
    expect(press('3', { metaKey: true })).toBeNull()
    expect(press('q')).toBeNull()
    expect(press('Enter')).toBeNull()
  })
})

describe('questionKeyEffect', () => {
  it('picks maturity levels 0–4 only', () => {
    expect(questionKeyEffect(maturity, '0')).toEqual({ kind: 'value', value: 0 })
    expect(questionKeyEffect(maturity, '4')).toEqual({ kind: 'value', value: 4 })
    expect(questionKeyEffect(maturity, '5')).toBeNull()
    expect(questionKeyEffect(maturity, 'y')).toBeNull()
  })

  it('picks yes / partial / no and the n-th single-choice option', () => {
    expect(questionKeyEffect(ypn, 'y')).toEqual({ kind: 'value', value: 'yes' })
    expect(questionKeyEffect(ypn, 'p')).toEqual({ kind: 'value', value: 'partial' })
    expect(questionKeyEffect(ypn, 'n')).toEqual({ kind: 'value', value: 'no' })
    expect(questionKeyEffect(single, '2')).toEqual({ kind: 'value', value: 'b' })
    expect(questionKeyEffect(single, '3')).toBeNull()
  })

  it('marks N/A only where the bank allows it; F flags anywhere', () => {
    expect(questionKeyEffect(maturity, 'x')).toEqual({ kind: 'na' })
    expect(questionKeyEffect(ypn, 'x')).toBeNull()
    expect(questionKeyEffect(ypn, 'f')).toEqual({ kind: 'flag' })
  })
})

describe('isFieldCommit', () => {
  const key = (k: string, extra: Partial<Parameters<typeof isFieldCommit>[0]> = {}) => ({
    key: k,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    isComposing: false,
    ...extra
  })
  it('is Enter in a one-line field, Ctrl/⌘+Enter in a multi-line one', () => {
    expect(isFieldCommit(key('Enter'), false)).toBe(true)
    expect(isFieldCommit(key('Enter'), true)).toBe(false)
    expect(isFieldCommit(key('Enter', { ctrlKey: true }), true)).toBe(true)
    expect(isFieldCommit(key('Enter', { metaKey: true }), true)).toBe(true)
    expect(isFieldCommit(key('Enter', { shiftKey: true }), false)).toBe(false)
    expect(isFieldCommit(key('j'), false)).toBe(false)
  })
  it('never while an input method is composing (Enter confirms the characters)', () => {
    expect(isFieldCommit(key('Enter', { isComposing: true }), false)).toBe(false)
    expect(isFieldCommit(key('Enter', { isComposing: true, ctrlKey: true }), true)).toBe(false)
  })
})
