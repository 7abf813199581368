import { describe, expect, it } from 'vitest'
import { issueText } from '../../shared/util/issue-codes'
import { languageFromEnvironment, refusalTexts } from './language'

describe('the command line language', () => {
  it('follows LC_ALL, then LC_MESSAGES, then LANG, and is zh-CN unless one says English', () => {
    expect(languageFromEnvironment({})).toBe('zh-CN')
    expect(languageFromEnvironment({ LANG: 'C.UTF-8' })).toBe('zh-CN')
    expect(languageFromEnvironment({ LANG: 'en_US.UTF-8' })).toBe('en-US')
    expect(languageFromEnvironment({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe(
      'zh-CN'
    )
    expect(languageFromEnvironment({ LANG: 'zh_CN.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('en-US')
    expect(languageFromEnvironment({ LANG: 'en_US.UTF-8', LC_ALL: '' })).toBe('en-US')
  })

  it('says one refused problem on one line, in each language, with its place', () => {
    const problem = issueText('xlsx.strings', { count: 1_000_000, max: 150_000 })
    const whole = { path: 'workbook', place: { sheet: '' }, ...problem }
    expect(refusalTexts('bomb.xlsx', [whole], 50)).toEqual({
      line: {
        'zh-CN': 'bomb.xlsx：工作簿共有 1000000 个共享文本，超过可读取的上限 150000 个',
        'en-US': 'bomb.xlsx: the workbook has 1000000 shared texts; at most 150000 can be read'
      },
      details: []
    })
    const cell = {
      path: 'questions!C12 (weight)',
      place: { sheet: 'questions', row: 12, column: 'C', header: 'weight' },
      ...issueText('xlsx.notZip')
    }
    const two = refusalTexts('bank.xlsx', [cell, cell], 50)
    expect(two.line).toEqual({
      'zh-CN': 'bank.xlsx 无法使用（2 个问题）：',
      'en-US': 'bank.xlsx is invalid (2 problems):'
    })
    expect(two.details[0]).toMatchObject({
      'zh-CN': expect.stringMatching(/^ {2}工作表「questions」第 12 行 C 列（weight）：/)
    })
  })
})
