import { describe, expect, it } from 'vitest'
import { issueText } from '@shared/util/issue-codes'
import { describeIssue, describeIssuePlace } from './describe-issue'

describe('describeIssue and describeIssuePlace', () => {
  it('says a coded problem in the interface language', () => {
    const issue = { path: 'x', ...issueText('zip.ratio', { ratio: 5000, limit: 1000 }) }
    expect(describeIssue(issue, 'zh-CN')).toBe(
      '压缩比 5000:1，超过正常文件可达的 1000:1（疑似 zip 炸弹）'
    )
    expect(describeIssue(issue, 'en-US')).toBe(issue.message)
  })

  it('words sheet, row and column places naturally', () => {
    expect(describeIssuePlace('questions!C12 (answer)', 'zh-CN')).toBe(
      '工作表「questions」第 12 行 C 列（answer）'
    )
    expect(describeIssuePlace('factors row 7 (value)', 'zh-CN')).toBe(
      '工作表「factors」第 7 行（value）'
    )
    expect(describeIssuePlace('line 4, column 13', 'zh-CN')).toBe('第 4 行第 13 列')
    expect(describeIssuePlace('workbook', 'zh-CN')).toBe('整个工作簿')
    expect(describeIssuePlace('questions!C12 (answer)', 'en-US')).toBe('questions!C12 (answer)')
  })
})
