import { describe, expect, it } from 'vitest'
import { readPackage } from '../package'
import { checkWorkbookBytes } from '../xlsx/gate'
import { allIssueCodes, issueTemplate, issueText } from '../util/issue-codes'
import { ISSUE_CATALOGUE } from './catalogue'
import { PLACE_TEXTS } from './catalogue/places'
import { ISSUE_LANGUAGES, issueLanguage } from './catalogue/texts'
import { valueKind } from './catalogue/terms'
import { describeIssue, describePlace } from './describe'

const placeholders = (text: string): string[] =>
  [...new Set(text.match(/\{\{\s*\w+\s*\}\}/g) ?? [])].toSorted()

const CJK = /[\u4e00-\u9fff]/

describe('the problem catalogue', () => {
  const codes = allIssueCodes()

  it('holds every reader area, each code once', () => {
    expect(new Set(codes).size).toBe(codes.length)
    expect(Object.keys(ISSUE_CATALOGUE).toSorted()).toEqual(
      [
        'answer',
        'assessment',
        'backup',
        'encrypted',
        'feedback',
        'bank',
        'bankXlsx',
        'form',
        'json',
        'package',
        'register',
        'scoring',
        'syntax',
        'upgrade',
        'xlsx',
        'zip',
        'zod'
      ].toSorted()
    )
    expect(codes.length).toBeGreaterThan(350)
  })

  it.each(codes)('%s: zh-CN and en-US texts with the same parameters', (code) => {
    const english = issueTemplate(code, 'en-US')
    const chinese = issueTemplate(code, 'zh-CN')
    expect(english.trim()).not.toBe('')
    // Words are Chinese; a text that only joins its parameters (`{{problem}} — {{context}}`) has none.
    if (/[A-Za-z]/.test(english.replace(/\{\{\w+\}\}/g, ''))) expect(chinese).toMatch(CJK)
    // A parameter one language uses and the other does not would be lost, or show as {{name}}.
    expect(placeholders(chinese), code).toEqual(placeholders(english))
  })

  it.each(codes)('%s: every parameter filled, in both languages', (code) => {
    const params = Object.fromEntries(
      placeholders(issueTemplate(code)).map((p) => [p.slice(2, -2).trim(), 'X'])
    )
    for (const language of ISSUE_LANGUAGES) {
      const text = describeIssue(issueText(code, params), language)
      expect(text, `${code} ${language}`).not.toMatch(/\{\{|\}\}/)
    }
  })

  it('words every place in both languages with the same parameters', () => {
    for (const [key, texts] of Object.entries(PLACE_TEXTS)) {
      expect(placeholders(texts['zh-CN']), key).toEqual(placeholders(texts['en-US']))
      expect(texts['zh-CN'], key).toMatch(CJK)
    }
  })
})

describe('describeIssue and describePlace', () => {
  it('says a coded problem in each language; the English is the issue message', () => {
    const issue = { path: 'x', ...issueText('zip.ratio', { ratio: 5000, limit: 1000 }) }
    expect(describeIssue(issue, 'zh-CN')).toBe(
      '压缩比 5000:1，超过正常文件可达的 1000:1（疑似 zip 炸弹）'
    )
    expect(describeIssue(issue, 'en-US')).toBe(issue.message)
  })

  it('names value types in each language for schema problems', () => {
    const issue = issueText('zod.invalidType', {
      expected: valueKind('number'),
      received: valueKind('string')
    })
    expect(issue.message).toBe('expected number, received string')
    expect(describeIssue(issue, 'zh-CN')).toBe('类型不符：应为数字，实际为文本')
  })

  it('words sheet, row, column, part, field and line places naturally', () => {
    const cell = { sheet: 'questions', row: 12, column: 'C', header: 'answer' }
    expect(describePlace(cell, 'zh-CN')).toBe('工作表「questions」第 12 行 C 列（answer）')
    expect(describePlace(cell, 'en-US')).toBe('questions!C12 (answer)')
    expect(describePlace({ sheet: 'factors', row: 7, header: 'value' }, 'zh-CN')).toBe(
      '工作表「factors」第 7 行（value）'
    )
    expect(describePlace({ sheet: 'factors' }, 'zh-CN')).toBe('工作表「factors」')
    expect(describePlace({ line: 4, column: 13 }, 'zh-CN')).toBe('第 4 行第 13 列')
    expect(describePlace({ part: 'manifest.json', field: 'parts[1]' }, 'zh-CN')).toBe(
      '文件 manifest.json 的字段 parts[1]'
    )
    expect(describePlace({ field: 'pillars[0].weight' }, 'en-US')).toBe('pillars[0].weight')
    expect(describePlace({}, 'zh-CN')).toBe('整个文件')
    expect(describePlace(undefined, 'en-US')).toBe('the file as a whole')
  })

  it('takes the language from a locale name: English only when it says English', () => {
    expect(issueLanguage('en_US.UTF-8')).toBe('en-US')
    expect(issueLanguage('en')).toBe('en-US')
    expect(issueLanguage('zh_CN.UTF-8')).toBe('zh-CN')
    expect(issueLanguage('C')).toBe('zh-CN')
    expect(issueLanguage(undefined)).toBe('zh-CN')
  })

  it('a refused package reads in Chinese end to end', () => {
    const result = readPackage(new Uint8Array([1, 2, 3]))
    expect(result.ok).toBe(false)
    if (result.ok) return
    const [issue] = result.issues
    expect(issue?.message).toMatch(/not a zip file/)
    expect(describeIssue(issue!, 'zh-CN')).toBe('不是稳定性保障评估工具的数据包（不是 zip 文件）')
  })

  it('a workbook refused before it is opened reads in Chinese (forms and bank workbooks)', () => {
    const [notZip] = checkWorkbookBytes(new TextEncoder().encode('institution,period\n'))
    expect(notZip?.message).toBe('not an .xlsx workbook (it does not start like a zip file)')
    expect(describeIssue(notZip!, 'zh-CN')).toBe('不是 .xlsx 工作簿（文件开头不是 zip 格式）')
    const start = new Uint8Array(64)
    start.set([0x50, 0x4b, 0x03, 0x04])
    const [truncated] = checkWorkbookBytes(start)
    expect(truncated?.path).toBe('workbook')
    expect(describeIssue(truncated!, 'zh-CN')).toBe('zip 文件缺少目录结束记录：文件已截断或损坏')
  })
})
