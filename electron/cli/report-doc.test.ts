import { readFile } from 'node:fs/promises'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { docxParts, tables, wText } from '../../shared/report-doc/test-support'
import { reportCommand } from './commands/report'
import { runCommand } from './context'
import { findSoffice } from './libreoffice'
import { capturedIo, cliIn, packageRoot, temporaryFolder } from './test-support'

/* `report --format docx|pdf` runs in-process against a temporary folder, as in report.test.ts. */

vi.setConfig({ testTimeout: 300_000 })
const tempPath = temporaryFolder()
const run = cliIn(() => tempPath())

beforeAll(async () => {
  expect((await run('sample', '--seed', '11', '--out', 'a.json')).code).toBe(0)
})

describe('report --format docx|pdf', () => {
  it('writes the Word report of record whose overall score is the one `score --json` gives', async () => {
    const result = await run('report', 'a.json', '--format', 'docx', '--out', 'r.docx')
    expect(result.err).toBe('')
    expect(result.code).toBe(0)
    const scored = JSON.parse((await run('score', 'a.json', '--json')).out) as {
      overall: { score: number }
      findings: Array<{ targetId: string }>
    }
    const body = docxParts(await readFile(tempPath('r.docx')))['word/document.xml'] as string
    const overall = scored.overall.score.toFixed(1)
    expect(result.out).toMatch(
      new RegExp(`^已写入 r\\.docx（Word 报告：.*；总分 ${overall.replace('.', '\\.')}，`)
    )
    expect(wText(body).includes(`综合得分${overall}`)).toBe(true)
    const findings = tables(body).find((t) => t.rows[0]?.[2] === '问题描述')
    expect(findings?.rows.slice(1).map((r) => /^【([^】]+)】/.exec(r[2]!)?.[1])).toEqual(
      scored.findings.map((f) => f.targetId)
    )
    // The format follows --out when --format is left out.
    expect((await run('report', 'a.json', '--out', 'r2.docx', '--lang', 'en-US')).code).toBe(0)
  })

  it('refuses a mismatched name, several assessments, and PDF without LibreOffice, saying why', async () => {
    const english = ['--lang', 'en-US']
    expect(
      await run('report', 'a.json', '--format', 'docx', '--out', 'r.xlsx', ...english)
    ).toMatchObject({
      code: 1,
      err: expect.stringContaining('--format docx writes a Word document; name it *.docx')
    })
    expect(await run('report', 'a.json', '--format', 'docx', '--out', 'r.xlsx')).toMatchObject({
      code: 1,
      err: expect.stringContaining('--format docx 生成 Word 文档，请将文件命名为 *.docx')
    })
    expect(await run('report', 'a.json', 'a.json', '--out', 'r.docx', ...english)).toMatchObject({
      code: 1,
      err: expect.stringContaining('writes the report of one assessment')
    })
    const { io, printed } = capturedIo(tempPath())
    const ctx = { io, packageRoot, language: 'en-US' as const }
    const code = await runCommand(ctx, () =>
      reportCommand(['a.json'], { out: 'r.pdf', soffice: () => null }, ctx)
    )
    expect(code).toBe(1)
    expect(printed().out).toBe('')
    expect(printed().err).toContain(
      '--format pdf needs LibreOffice (soffice), which is not installed here'
    )
  })

  const soffice = findSoffice()
  it.skipIf(soffice === null)(
    `writes a PDF through LibreOffice${soffice === null ? ' (skipped: soffice is not on PATH; install libreoffice-writer)' : ''}`,
    async () => {
      const result = await run('report', 'a.json', '--format', 'pdf', '--out', 'r.pdf')
      expect(result.err).toBe('')
      expect(result.out).toContain('经 LibreOffice 转换的 PDF 报告')
      const pdf = await readFile(tempPath('r.pdf'))
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    }
  )
})
