/**
 * Independent readers of the Word report: Debian's python3-docx opens every generated document
 * (both languages, the sample, a mostly-N/A assessment, a finalized one, one with 200 findings,
 * one with hostile text) and the test checks the headings in order, the 问题清单 rows against the
 * engine's findings, the overall score and level, the factor scores as displayed, one gridCol per
 * column in every table, no theme fonts, and the contents listing every heading. LibreOffice then
 * converts every document to PDF, and pdftotext reads each contents entry's page number there and
 * the page its heading is on: they must be equal. Each part skips, saying why, where its tool is
 * missing.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Assessment } from '../../shared/assessment/assessment'
import { assessmentContentHash } from '../../shared/assessment/canonical'
import type { Bank } from '../../shared/bank/bank'
import { buildReportDocument, documentHeadings, writeReportDocx } from '../../shared/report-doc'
import { hostileAssessment } from '../../shared/report-doc/hostile-fixture'
import { printable } from '../../shared/report-doc/printable'
import { generateSampleAssessment } from '../../shared/sample'
import { formatScore } from '../../shared/scoring/format'
import { scoreAssessment } from '../../shared/scoring/score'
import { defaultBank } from '../../shared/testing/default-bank'
import { allowNABank, randomAssessment, widenedBank } from './report-fixtures'
import { findSoffice } from './report-libreoffice'

const PYTHON = '/usr/bin/python3'
const probe = spawnSync(PYTHON, ['-c', 'import docx'], { encoding: 'utf8' })
const pythonDocx = probe.status === 0
const soffice = findSoffice()
const popplerUtils = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined

/** python-docx reading each file: headings, tables (rows of cell texts, grid columns), TOC text, theme fonts. */
const SCRIPT = `
import json, sys, docx
from docx.oxml.ns import qn
out = {}
for path in sys.argv[1:]:
    d = docx.Document(path)
    body = d.element.body
    headings = [{"level": int(p.style.name.split()[-1]), "text": p.text}
                for p in d.paragraphs if p.style is not None and p.style.name.startswith("Heading")]
    tables = []
    for t in d.tables:
        grid = t._tbl.find(qn("w:tblGrid"))
        cols = len(grid.findall(qn("w:gridCol"))) if grid is not None else 0
        rows = [[c.text for c in r.cells] for r in t.rows]
        tables.append({"gridCols": cols, "rowLengths": sorted(set(len(r._tr.findall(qn("w:tc"))) for r in t.rows)), "rows": rows})
    # python-docx 0.8 leaves hyperlinks out of p.text: the entries' text is read from their w:t.
    toc = "\\n".join("".join(t.text or "" for t in p._p.iter(qn("w:t")))
                      for p in d.paragraphs if p.style is not None and p.style.name.lower().startswith("toc"))
    xml = "".join(part.blob.decode("utf8", "replace") for part in d.part.package.iter_parts() if part.partname.endswith(".xml"))
    cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
    instr = sorted(set(" ".join((e.text or "").split()) for e in d.element.iter(qn("w:instrText"))))
    external = [r.target_ref for r in d.part.rels.values() if r.is_external]
    out[path] = {"headings": headings, "tables": tables, "toc": toc,
                 "themeFonts": ("asciiTheme" in xml) or ("eastAsiaTheme" in xml),
                 "text": "\\n".join([p.text for p in d.paragraphs] + cells),
                 "instr": instr, "external": external,
                 "fldSimple": len(list(body.iter(qn("w:fldSimple"))))}
print(json.dumps(out, ensure_ascii=False))
`

interface Read {
  headings: Array<{ level: number; text: string }>
  tables: Array<{ gridCols: number; rowLengths: number[]; rows: string[][] }>
  toc: string
  themeFonts: boolean
  text: string
  /** Every field instruction in the body, whitespace collapsed. */
  instr: string[]
  external: string[]
  fldSimple: number
}

/**
 * The document's own fields in the body: the contents and its entries' page references (the
 * footer's page numbers are not in the body). Nothing a user typed may ever become one.
 */
const OWN_FIELDS = /^PAGEREF _Toc\d+ \\h$/

/** Every text of the document model: what the .docx must carry as text, literally. */
function modelTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(modelTexts)
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(modelTexts)
  return []
}

const bank = defaultBank()
const naBank = allowNABank()
const AT = '2025-07-20T10:00:00+08:00'

function finalized(assessment: Assessment): Assessment {
  const sealed = { ...assessment, status: 'finalized' as const }
  const contentHash = assessmentContentHash(sealed)
  return { ...sealed, finalization: { by: '王芳', at: '2025-07-19T17:30:00+08:00', contentHash } }
}

/** An assessment with over 200 findings: random answers to a bank with every question four times. */
function manyFindings(): { bank: Bank; assessment: Assessment } {
  const wide = widenedBank(4)
  return { bank: wide, assessment: randomAssessment(wide, 31, { naRate: 0 }) }
}

const cases: Array<{
  name: string
  bank: Bank
  assessment: Assessment
  locale: 'zh-CN' | 'en-US'
}> = [
  {
    name: 'sample-zh',
    bank,
    assessment: generateSampleAssessment(bank, { seed: 1 }),
    locale: 'zh-CN'
  },
  {
    name: 'sample-en',
    bank,
    assessment: generateSampleAssessment(bank, { seed: 1 }),
    locale: 'en-US'
  },
  {
    name: 'mostly-na',
    bank: naBank,
    assessment: randomAssessment(naBank, 5, { naRate: 0.9 }),
    locale: 'zh-CN'
  },
  {
    name: 'finalized',
    bank,
    assessment: finalized(generateSampleAssessment(bank, { seed: 2 })),
    locale: 'zh-CN'
  },
  { name: 'many-findings', ...manyFindings(), locale: 'zh-CN' },
  {
    name: 'hostile',
    bank,
    assessment: hostileAssessment(generateSampleAssessment(bank, { seed: 7 })).assessment,
    locale: 'en-US'
  }
]

const dir = mkdtempSync(join(tmpdir(), 'report-docx-readers-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

async function writeAll() {
  const written = []
  for (const c of cases) {
    const result = scoreAssessment(c.bank, c.assessment)
    const doc = buildReportDocument({
      bank: c.bank,
      assessment: c.assessment,
      result,
      locale: c.locale,
      generatedAt: AT
    })
    const path = join(dir, `${c.name}.docx`)
    writeFileSync(path, await writeReportDocx(doc))
    written.push({ ...c, path, doc, result })
  }
  return written
}

describe.skipIf(!pythonDocx)(
  `python-docx reads every generated report${pythonDocx ? '' : ` (skipped: \`${PYTHON} -c "import docx"\` failed; install python3-docx)`}`,
  () => {
    it('finds the headings, 问题清单, overall score and level, factor scores, grids and contents', async () => {
      const written = await writeAll()
      const run = spawnSync(PYTHON, ['-c', SCRIPT, ...written.map((w) => w.path)], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024
      })
      expect(run.stderr).toBe('')
      const read = JSON.parse(run.stdout) as Record<string, Read>
      expect(
        written.find((w) => w.name === 'many-findings')!.result.findings.length
      ).toBeGreaterThanOrEqual(200)
      for (const w of written) {
        const r = read[w.path]!
        const zh = w.locale === 'zh-CN'
        expect(r.headings, w.name).toEqual(documentHeadings(w.doc))
        expect(r.toc.split('\n'), `${w.name}: the contents list every chapter and section`).toEqual(
          documentHeadings(w.doc)
            .filter((h) => h.level <= 2)
            .map((h) => h.text)
        )
        expect(r.themeFonts, w.name).toBe(false)
        expect(r.external, `${w.name}: external relationships`).toEqual([])
        expect(r.fldSimple, w.name).toBe(0)
        for (const instr of r.instr) expect(instr, w.name).toMatch(OWN_FIELDS)
        for (const table of r.tables) expect(table.rowLengths, w.name).toEqual([table.gridCols])
        const fields = r.tables.find((t) =>
          t.rows.some((row) => row[0] === (zh ? '综合得分' : 'Overall score'))
        )!
        const score = fields.rows.find((row) => row[0] === (zh ? '综合得分' : 'Overall score'))!
        expect(score[1], w.name).toBe(formatScore(w.result.overall.score))
        const level = fields.rows.find((row) => row[0] === (zh ? '总体等级' : 'Overall level'))!
        expect(level[1], w.name).toBe(w.doc.overall.level)
        const factors = r.tables.find((t) => t.rows[0]?.[1] === (zh ? '评价要素' : 'Factor'))!
        for (const factor of w.result.factors)
          expect(
            factors.rows.find((row) => row[0] === factor.id)?.[5],
            `${w.name} ${factor.id}`
          ).toBe(formatScore(factor.score))
        const findings = r.tables.find((t) => t.rows[0]?.[2] === (zh ? '问题描述' : 'Finding'))
        const ids =
          findings?.rows.slice(1).map((row) => /^【([^】]+)】/.exec(row[2] ?? '')?.[1]) ?? []
        expect(ids, w.name).toEqual(w.result.findings.map((f) => f.targetId))
      }
      // Hostile text: every field-, link- or markup-like payload the model prints is literal text.
      const hostile = written.find((w) => w.name === 'hostile')!
      const printed = modelTexts(hostile.doc.sections).filter((t) =>
        /MERGEFIELD|HYPERLINK|instrText|<script>/.test(t)
      )
      expect(printed.length).toBeGreaterThan(5)
      for (const text of printed) expect(read[hostile.path]!.text).toContain(printable(text))
    }, 900_000)
  }
)

/**
 * The contents as LibreOffice printed them: each entry's text and page number (a dotted leader
 * between), and for each the first page after the contents with a line that is exactly the
 * heading. pdftotext separates pages with a form feed; whitespace is ignored (tabs, CJK spacing).
 */
function expectContentsPagesRight(name: string, text: string, headings: string[]): void {
  const squash = (s: string) => s.replace(/\s+/g, '')
  const pages = text.split('\f').map((page) => page.split('\n').map(squash))
  const entries: Array<{ text: string; page: number; on: number }> = []
  pages.forEach((lines, k) => {
    for (const line of lines) {
      const m = /^(.+?)\.{4,}(\d+)$/.exec(line)
      if (m !== null) entries.push({ text: m[1]!, page: Number(m[2]), on: k + 1 })
    }
  })
  expect(
    entries.map((e) => e.text),
    `${name}: the contents' entries, with a page number each`
  ).toEqual(headings.map(squash))
  const after = Math.max(...entries.map((e) => e.on))
  for (const entry of entries) {
    const at = pages.findIndex((lines, k) => k >= after && lines.includes(entry.text)) + 1
    expect(
      entry.page,
      `${name}: ${entry.text} is on page ${at}, the contents say ${entry.page}`
    ).toBe(at)
  }
}

describe.skipIf(soffice === null)(
  `LibreOffice converts every generated report to PDF${soffice === null ? ' (skipped: soffice is not on PATH; install libreoffice-writer)' : ''}`,
  () => {
    it('writes a PDF of every document without error', async () => {
      const written = existsSync(join(dir, 'sample-zh.docx'))
        ? cases.map((c) => ({ path: join(dir, `${c.name}.docx`), name: c.name }))
        : await writeAll()
      const listedHeadings = Object.fromEntries(
        cases.map((c) => [
          c.name,
          documentHeadings(
            buildReportDocument({
              bank: c.bank,
              assessment: c.assessment,
              locale: c.locale,
              generatedAt: AT
            })
          )
            .filter((h) => h.level <= 2)
            .map((h) => h.text)
        ])
      )
      const out = join(dir, 'pdf')
      const profile = join(dir, 'profile')
      mkdirSync(out, { recursive: true })
      const run = spawnSync(
        soffice!,
        [
          '--headless',
          '--norestore',
          `-env:UserInstallation=file://${profile}`,
          '--convert-to',
          'pdf',
          '--outdir',
          out,
          ...written.map((w) => w.path)
        ],
        { encoding: 'utf8', timeout: 600_000 }
      )
      const pages: Record<string, number> = {}
      for (const w of written) {
        const pdf = join(out, `${w.name}.pdf`)
        expect(existsSync(pdf), `${w.name}: ${run.stderr}`).toBe(true)
        expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-')
        if (!popplerUtils) continue
        const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout
        pages[w.name] = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
        const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout
        const zh = !w.name.endsWith('-en') && w.name !== 'hostile'
        for (const heading of zh
          ? ['信息系统稳定性保障评估报告', '一、评估概述', '四、问题清单', '附件']
          : ['1. Overview', '4. Findings', 'Annexes'])
          expect(text.includes(heading), `${w.name}: the PDF's text shows ${heading}`).toBe(true)
        expect(text, w.name).not.toMatch(/Error! |错误！|\?{4}/)
        expectContentsPagesRight(w.name, text, listedHeadings[w.name]!)
      }
      if (popplerUtils) {
        // Sane lengths: a cover and a few pages of text, more for 200 findings, never hundreds
        // (the hostile document prints dozens of 32,000-character texts: only its minimum counts).
        for (const [name, count] of Object.entries(pages))
          expect(count, name).toBeGreaterThanOrEqual(8)
        for (const [name, count] of Object.entries(pages))
          if (name !== 'hostile')
            expect(count, name).toBeLessThanOrEqual(name === 'many-findings' ? 150 : 60)
        expect(pages['many-findings']).toBeGreaterThan(pages['sample-zh']!)
      }
    }, 900_000)
  }
)
