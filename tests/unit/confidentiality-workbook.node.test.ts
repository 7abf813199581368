import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Assessment } from '../../shared/assessment/assessment'
import type { ConfidentialityLevel } from '../../shared/assessment/report-fields'
import {
  buildConsolidatedModel,
  buildReportModel,
  writeConsolidatedWorkbook,
  writeReportWorkbook
} from '../../shared/report'
import { generateSampleAssessment } from '../../shared/sample'
import { defaultBank } from '../../shared/testing/default-bank'
import { itWithOpenpyxl, readWithOpenpyxl } from './openpyxl'
import { findSoffice } from './report-libreoffice'

/*
 * The confidentiality label (issue 15) on every sheet of both workbooks, seen by readers other
 * than exceljs: openpyxl finds it in a cell of row 1 of every sheet; the sheets' XML carries it in
 * the page header and footer; LibreOffice prints every page of each workbook to PDF and
 * pdftotext finds it on each page.
 */

const bank = defaultBank()
const GENERATED_AT = '2025-07-20T10:00:00+08:00'
const labelled = (seed: number, level: ConfidentialityLevel): Assessment => {
  const assessment = generateSampleAssessment(bank, { seed })
  return { ...assessment, metadata: { ...assessment.metadata, confidentiality: level } }
}

async function workbooks(): Promise<Array<{ name: string; label: string; bytes: Uint8Array }>> {
  const secret = labelled(1, 'secret')
  const report = await writeReportWorkbook(
    buildReportModel({ bank, assessment: secret, locale: 'zh-CN', generatedAt: GENERATED_AT })
  )
  const consolidated = await writeConsolidatedWorkbook(
    await buildConsolidatedModel({
      items: [
        { bank, assessment: labelled(2, 'internal') },
        { bank, assessment: labelled(3, 'restricted') }
      ],
      locale: 'en-US',
      generatedAt: GENERATED_AT
    })
  )
  return [
    { name: 'report.xlsx', label: '商业秘密 严禁外传', bytes: report },
    // The strictest of the assessments' labels.
    { name: 'consolidated.xlsx', label: 'Restricted — limited distribution', bytes: consolidated }
  ]
}

describe('the confidentiality label on every sheet', () => {
  it('is in the page header and footer of every sheet', async () => {
    for (const { name, label, bytes } of await workbooks()) {
      const sheets = Object.entries(unzipSync(bytes)).filter(([path]) =>
        /^xl\/worksheets\/sheet\d+\.xml$/.test(path)
      )
      expect(sheets.length, name).toBeGreaterThanOrEqual(4)
      for (const [path, xml] of sheets) {
        const text = strFromU8(xml)
        const header = /<oddHeader>(.*?)<\/oddHeader>/.exec(text)?.[1] ?? ''
        const footer = /<oddFooter>(.*?)<\/oddFooter>/.exec(text)?.[1] ?? ''
        expect(header, `${name} ${path}`).toMatch(
          new RegExp(`^&amp;L&amp;&quot;-,Bold&quot;${label}`)
        )
        expect(footer, `${name} ${path}`).toContain(`&amp;C&amp;&quot;-,Bold&quot;${label}`)
      }
    }
  })

  itWithOpenpyxl('is in a cell of the first row of every sheet (openpyxl)', async () => {
    const files = await workbooks()
    const books = readWithOpenpyxl<string[]>(
      '[str(c.value) for c in ws[1] if c.value is not None]',
      Object.fromEntries(files.map((f) => [f.name, f.bytes]))
    )
    for (const { name, label } of files) {
      const book = Object.entries(books).find(([path]) => path.endsWith(name))![1]
      expect(book.sheetnames.length).toBeGreaterThanOrEqual(4)
      for (const sheet of book.sheetnames)
        expect(book.sheets[sheet], `${name} ${sheet}`).toContain(label)
    }
  })

  const soffice = findSoffice()
  it.skipIf(soffice === null && process.env.CI !== 'true')(
    `is printed on every page LibreOffice makes of each workbook${soffice === null ? ' (skipped: no soffice)' : ''}`,
    async () => {
      const files = await workbooks()
      const work = mkdtempSync(join(tmpdir(), 'label-lo-'))
      try {
        mkdirSync(join(work, 'in'))
        for (const f of files) writeFileSync(join(work, 'in', f.name), f.bytes)
        const run = spawnSync(
          soffice!,
          [
            '--headless',
            '--norestore',
            `-env:UserInstallation=file://${join(work, 'profile')}`,
            '--convert-to',
            'pdf',
            '--outdir',
            join(work, 'out'),
            ...files.map((f) => join(work, 'in', f.name))
          ],
          { encoding: 'utf8', timeout: 180_000 }
        )
        expect(run.status, run.stderr).toBe(0)
        expect(readdirSync(join(work, 'out')).sort()).toEqual(['consolidated.pdf', 'report.pdf'])
        for (const { name, label } of files) {
          const pdf = join(work, 'out', name.replace('.xlsx', '.pdf'))
          const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout
          const pages = text.split('\f').filter((page) => page.trim() !== '')
          expect(pages.length, name).toBeGreaterThanOrEqual(4)
          pages.forEach((page, i) => expect(page, `${name} page ${i + 1}`).toContain(label))
          expect(readFileSync(pdf).length).toBeGreaterThan(0)
        }
      } finally {
        rmSync(work, { recursive: true, force: true })
      }
    },
    240_000
  )
})
