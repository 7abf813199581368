import { readFile, writeFile } from 'node:fs/promises'
import ExcelJS from 'exceljs'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { parseAssessmentJson } from '../../shared/assessment'
import { reportLabels } from '../../shared/report'
import { SHEET_ORDER } from '../../shared/report/write-workbook'
import { scoreAssessment } from '../../shared/scoring'
import { openProtectedOfficeFile } from '../../shared/office-crypto/test-support'
import { cliIn, newestBank, newestBankPath, temporaryFolder, words } from './test-support'

/* `report` runs in-process against a temporary folder (see test-support.ts). */

// Writing and reading workbooks takes seconds, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 })
const tempPath = temporaryFolder()
const run = cliIn(tempPath)

async function workbook(name: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load((await readFile(tempPath(name))) as unknown as ArrayBuffer)
  return book
}

interface RawFile {
  assessment: {
    id: string
    metadata: { period: { start: string; end: string } }
    bank: { contentHash: string }
  }
}

/** Writes sample `seed` as `name`, optionally edited. */
async function sample(seed: number, name: string, edit?: (raw: RawFile) => void): Promise<void> {
  expect((await run('sample', '--seed', String(seed), '--out', name)).code).toBe(0)
  if (edit !== undefined) {
    const raw = JSON.parse(await readFile(tempPath(name), 'utf8')) as RawFile
    edit(raw)
    await writeFile(tempPath(name), JSON.stringify(raw))
  }
}

beforeAll(async () => {
  await sample(1, 's1.json')
  await sample(2, 's2.json', (raw) => {
    raw.assessment.id = 'asm-two'
    raw.assessment.metadata.period = { start: '2025-07-01', end: '2026-06-30' }
  })
})

describe('report --password-file', () => {
  it('protects the workbook and the Word report with the password from the file', async () => {
    await writeFile(tempPath('pw.txt'), '评估口令 only-us\n')
    const made = await run('report', 's1.json', '-o', 'locked.xlsx', '--password-file', 'pw.txt')
    expect(made.err).toBe('')
    expect(made.code).toBe(0)
    expect(made.out).toContain('已设打开口令；口令未保存，请另行告知接收方')
    const locked = new Uint8Array(await readFile(tempPath('locked.xlsx')))
    // A compound file, opened with the password (the trailing line end of the file is not part of it).
    expect([...locked.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0])
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(
      (await openProtectedOfficeFile(locked, '评估口令 only-us')).buffer as ArrayBuffer
    )
    expect(book.worksheets[1]?.name).toBe(reportLabels('zh-CN').sheets.summary)
    await expect(openProtectedOfficeFile(locked, '评估口令 only-us\n')).rejects.toThrow(
      'wrong password'
    )

    const word = await run(...words('report s1.json -o locked.docx -p pw.txt --lang en-US'))
    expect(word.code).toBe(0)
    expect(word.out).toContain('protected with a password to open')
    const opened = await openProtectedOfficeFile(
      new Uint8Array(await readFile(tempPath('locked.docx'))),
      '评估口令 only-us'
    )
    expect(String.fromCharCode(...opened.subarray(0, 2))).toBe('PK')
  })

  it('refuses a short password and a PDF, writing nothing', async () => {
    await writeFile(tempPath('short.txt'), 'abc')
    const short = await run('report', 's1.json', '-o', 'short.xlsx', '--password-file', 'short.txt')
    expect(short.code).toBe(1)
    expect(short.err).toContain('short.txt')
    const pdf = await run(...words('report s1.json -o x.pdf --password-file pw.txt --lang en-US'))
    expect(pdf.code).toBe(1)
    expect(pdf.err).toContain('a PDF cannot be given a password to open here')
    await expect(readFile(tempPath('short.xlsx'))).rejects.toThrow()
    await expect(readFile(tempPath('x.pdf'))).rejects.toThrow()
  })
})

describe('report', () => {
  it('writes the single report of one assessment, in Chinese by default', async () => {
    const { code, out, err } = await run('report', 's1.json', '--out', 'out/r1.xlsx')
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toMatch(/^已写入 out\/r1\.xlsx（报告：.+；总分 \d+\.\d，草稿）\n$/)
    const book = await workbook('out/r1.xlsx')
    const zh = reportLabels('zh-CN')
    expect(book.worksheets.map((ws) => ws.name)).toEqual(SHEET_ORDER.map((k) => zh.sheets[k]))
    const file = parseAssessmentJson(await readFile(tempPath('s1.json'), 'utf8'))
    if (!file.ok) throw new Error('sample does not parse')
    const result = scoreAssessment(await newestBank(), file.value.assessment)
    const overall = book.getWorksheet(zh.sheets.summary)!.getCell('E4').value as {
      formula: string
      result: number
    }
    expect(overall.result).toBe(result.overall.score)
    expect(overall.formula).toContain('ISNUMBER(E5)')
    expect(out).toContain(`总分 ${result.overall.score!.toFixed(1)}`)
  })

  it('writes English with --lang en-US', async () => {
    const { code } = await run('report', 's1.json', '-o', 'r1-en.xlsx', '--lang', 'en-US')
    expect(code).toBe(0)
    expect((await workbook('r1-en.xlsx')).worksheets[1]?.name).toBe('Summary')
  })

  it('writes the consolidated workbook for several assessments', async () => {
    const { code, out, err } = await run('report', 's1.json', 's2.json', '--out', 'all.xlsx')
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(out).toContain('汇总：2 份评估，1 家机构')
    const book = await workbook('all.xlsx')
    const zh = reportLabels('zh-CN')
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      zh.sheets.cover,
      zh.sheets.assessments,
      zh.sheets.trend,
      zh.sheets.redLines
    ])
    const trend = book.getWorksheet(zh.sheets.trend)!
    expect(trend.getCell('A2').value).toBe('示例证券股份有限公司')
    expect(trend.getCell('A3').value).toBe('示例证券股份有限公司')
  })

  it('uses the bank given with --bank, refusing a different one (exit 1)', async () => {
    expect((await run('report', 's1.json', '-o', 'b.xlsx', '--bank', newestBankPath)).code).toBe(0)
    const bank = JSON.parse(await readFile(newestBankPath, 'utf8')) as { version: string }
    bank.version = '9.9.9'
    await writeFile(tempPath('other-bank.json'), JSON.stringify(bank))
    const wrong = await run('report', 's1.json', '-o', 'w.xlsx', '--bank', 'other-bank.json')
    expect(wrong.code).toBe(1)
    expect(wrong.err).toContain('但评估所用题库为 "sac-stability-2025" 1.1.0（内容 ')
  })

  it('refuses an assessment whose bank content is not installed, writing nothing (exit 1)', async () => {
    await sample(3, 'foreign.json', (raw) => {
      raw.assessment.bank.contentHash = 'f'.repeat(64)
    })
    const { code, err } = await run('report', 's1.json', 'foreign.json', '-o', 'never.xlsx')
    expect(code).toBe(1)
    expect(err).toContain('内容不同')
    await expect(readFile(tempPath('never.xlsx'))).rejects.toThrow()
  })

  it('exits 1 for usage errors and invalid input, 2 for unreadable or unwritable files', async () => {
    const noOut = await run('report', 's1.json')
    expect(noOut.code).toBe(1)
    expect(noOut.err).toContain('错误：必须给出选项「-o, --out <file>」')
    const badName = await run('report', 's1.json', '-o', 'r.csv')
    expect(badName.code).toBe(1)
    expect(badName.err).toContain('请将文件命名为 *.xlsx')
    const badLang = await run('report', 's1.json', '-o', 'r.xlsx', '--lang', 'fr')
    expect(badLang.code).toBe(1)
    await writeFile(tempPath('broken.json'), '{"kind": ')
    const broken = await run('report', 'broken.json', '-o', 'r.xlsx', '--lang', 'en-US')
    expect(broken.code).toBe(1)
    expect(broken.err).toContain('broken.json: line 1')
    const missing = await run('report', 'missing.json', '-o', 'r.xlsx')
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('无法读取 missing.json：文件不存在')
    await writeFile(tempPath('afile'), 'x')
    const unwritable = await run('report', 's1.json', '-o', 'afile/r.xlsx')
    expect(unwritable.code).toBe(2)
    expect(unwritable.err).toContain('无法写入 afile/r.xlsx：')
  })
})
