import i18next, { type TFunction } from 'i18next'
import { beforeAll, describe, expect, it } from 'vitest'
import { allIssueCodes, issueTemplate, issueText } from '@shared/util/issue-codes'
import { readPackage } from '@shared/package'
import { checkXlsxBytes } from '@shared/questionnaire-xlsx/xlsx-gate'
import { describeIssue, describeIssuePlace } from './describe-issue'
import { enUS } from './locales/en-US'
import { zhCN } from './locales/zh-CN'

const placeholders = (text: string): string[] =>
  [...new Set(text.match(/\{\{\s*\w+\s*\}\}/g) ?? [])].toSorted()

function textOf(tree: object, code: string): unknown {
  const [area, name] = code.split('.') as [string, string]
  return (tree as Record<string, Record<string, unknown> | undefined>)[area]?.[name]
}

describe('reader problems have words in every language', () => {
  const codes = allIssueCodes()

  it('lists the codes of every reader area', () => {
    expect(codes.length).toBeGreaterThan(100)
    expect(new Set(codes.map((code) => code.split('.')[0]))).toEqual(
      new Set(['zod', 'json', 'assessment', 'answer', 'form', 'package', 'xlsx'])
    )
  })

  it.each(codes)('%s: zh-CN and en-US texts with the parameters the reader gives', (code) => {
    const template = issueTemplate(code)
    for (const tree of [zhCN.readerIssues, enUS.readerIssues]) {
      const text = textOf(tree, code)
      expect(typeof text, code).toBe('string')
      expect(String(text).trim(), code).not.toBe('')
      // A placeholder the reader never fills would show as {{name}} to the user.
      for (const used of placeholders(String(text)))
        expect(placeholders(template), `${code} uses ${used}`).toContain(used)
    }
    expect(textOf(enUS.readerIssues, code)).toBe(template)
    // The Chinese text is Chinese, not a copy of the English.
    expect(String(textOf(zhCN.readerIssues, code))).toMatch(/[\u4e00-\u9fff]/)
  })
})

describe('describeIssue and describeIssuePlace', () => {
  let zh: TFunction
  let en: TFunction
  beforeAll(async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
      lng: 'zh-CN',
      interpolation: { escapeValue: false }
    })
    zh = i18n.getFixedT('zh-CN')
    en = i18n.getFixedT('en-US')
  })

  it('says a coded problem in Chinese, and keeps the reader English in English', () => {
    const issue = { path: 'x', ...issueText('package.ratio', { ratio: 5000, limit: 1000 }) }
    expect(describeIssue(issue, zh, 'zh-CN')).toBe(
      '压缩比 5000:1，超过正常文件可达的 1000:1（疑似 zip 炸弹）'
    )
    expect(describeIssue(issue, en, 'en-US')).toBe(issue.message)
    expect(describeIssue({ path: 'x', message: 'no code' }, zh, 'zh-CN')).toBe('no code')
  })

  it('names value types in Chinese for schema problems', () => {
    const issue = {
      path: 'a',
      message: 'Invalid input',
      code: 'zod.invalidType' as const,
      params: { expected: 'number', received: 'string' }
    }
    expect(describeIssue(issue, zh, 'zh-CN')).toBe('类型不符：应为数字，实际为文本')
  })

  it('words sheet, row and column places naturally', () => {
    expect(describeIssuePlace('questions!C12 (answer)', zh, 'zh-CN')).toBe(
      '工作表「questions」第 12 行 C 列（answer）'
    )
    expect(describeIssuePlace('factors row 7 (value)', zh, 'zh-CN')).toBe(
      '工作表「factors」第 7 行（value）'
    )
    expect(describeIssuePlace('line 4, column 13', zh, 'zh-CN')).toBe('第 4 行第 13 列')
    expect(describeIssuePlace('workbook', zh, 'zh-CN')).toBe('整个工作簿')
    expect(describeIssuePlace('assessment.answers[3].value', zh, 'zh-CN')).toBe(
      'assessment.answers[3].value'
    )
    expect(describeIssuePlace('questions!C12 (answer)', en, 'en-US')).toBe('questions!C12 (answer)')
  })

  it('a refused package reads in Chinese end to end', () => {
    const result = readPackage(new Uint8Array([1, 2, 3]))
    expect(result.ok).toBe(false)
    if (result.ok) return
    const [issue] = result.issues
    expect(issue?.message).toMatch(/not a zip file/)
    expect(describeIssue(issue!, zh, 'zh-CN')).toBe(
      '不是稳定性保障评估工具的数据包（不是 zip 文件：仅 3 字节）'
    )
    expect(describeIssuePlace(issue!.path, zh, 'zh-CN')).toBe('整个文件')
  })

  it('an answer that does not fit its question reads in Chinese', () => {
    const issue = {
      path: 'assessment.answers[3].value',
      ...issueText('answer.maturity', { question: 'A1.01', found: '7' })
    }
    expect(issue.message).toBe('A1.01: a maturity level must be a whole number from 0 to 4, got 7')
    expect(describeIssue(issue, zh, 'zh-CN')).toBe('A1.01：成熟度须为 0–4 的整数，实际为 7')
  })

  it('a workbook refused before it is opened reads in Chinese (forms and bank workbooks)', () => {
    const notZip = checkXlsxBytes(new TextEncoder().encode('institution,period\n'))
    expect(notZip?.message).toBe('not an .xlsx workbook (it does not start like a zip file)')
    expect(describeIssue({ path: 'workbook', ...notZip! }, zh, 'zh-CN')).toBe(
      '不是 .xlsx 工作簿（文件开头不是 zip 格式）'
    )
    const truncated = checkXlsxBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]))
    expect(describeIssue({ path: 'workbook', ...truncated! }, zh, 'zh-CN')).toBe(
      '缺少 zip 目录：文件已截断或不是 zip 文件'
    )
  })
})
