import { describe, expect, it } from 'vitest'
import type { ConsistencyRule } from '../bank'
import type { ScoringIssue } from './types'
import { invalidNAIssue, invalidValueIssue, compileRule } from './warnings'

/*
 * The scoring engine's messages come from the problem catalogue (shared/issues/catalogue/
 * scoring.ts), said in both languages with their parameters filled; catalogue.test.ts checks
 * every code's two texts, these check the engine fills them.
 */

describe('scoring messages', () => {
  it('says an N/A problem in both languages, naming the question', () => {
    expect(invalidNAIssue('A1.03', 'naNotAllowed').message).toEqual({
      'zh-CN': 'A1.03 不允许选择“不适用”，按未作答处理',
      'en-US': 'A1.03 does not allow N/A; treated as unanswered'
    })
    expect(invalidNAIssue('A1.03', 'naWithoutJustification').message['zh-CN']).toBe(
      'A1.03 选择“不适用”但未填写理由，按未作答处理'
    )
  })

  it('carries a nested problem in each language into an invalid answer', () => {
    const issue = invalidValueIssue('B2.01', { 'zh-CN': '须为 0–4', 'en-US': 'must be 0–4' })
    expect(issue.message).toEqual({
      'zh-CN': 'B2.01 的答案无效（须为 0–4），按未作答处理',
      'en-US': 'B2.01: the answer is invalid (must be 0–4); treated as unanswered'
    })
  })

  it('names what a consistency rule refers to that the bank lacks, in Chinese words', () => {
    const rule = {
      id: 'R-rto',
      kind: 'compare',
      left: { question: 'Z9.99' },
      op: 'gte',
      right: { factor: 'F01', input: 'nope' },
      message: { 'zh-CN': '检查', 'en-US': 'check' }
    } as ConsistencyRule
    const issues: ScoringIssue[] = []
    compileRule(
      rule,
      {
        questionIndex: new Map(),
        questionTypes: [],
        questionIds: [],
        factorIndex: new Map([['F01', 0]]),
        factorInputIds: [['N_mon']]
      },
      issues
    )
    expect(issues.map((issue) => issue.message)).toEqual([
      {
        'zh-CN': '校验规则 R-rto 引用了不存在的题目 Z9.99',
        'en-US': 'Consistency rule R-rto names an unknown question Z9.99'
      },
      {
        'zh-CN': '校验规则 R-rto 引用了不存在的要素输入项 F01.nope',
        'en-US': 'Consistency rule R-rto names an unknown factor input F01.nope'
      }
    ])
    expect(issues.every((issue) => issue.code === 'bankReference')).toBe(true)
  })
})
