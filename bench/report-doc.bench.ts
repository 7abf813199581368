/**
 * Word report benchmark (npm run bench). Measures, on one core:
 * 1. the sample assessment's report of record (shared/sample seed 1, default bank, zh-CN):
 *    `writeReportDocx` of its document model, against a bare `docx` write of the same paragraphs
 *    and tables (the same texts in plain runs and plain tables: no styles, fonts, widths, header,
 *    footer, bookmarks, fields, charts or QR code) in the same run. Writes alternate (ours, bare,
 *    ours, …) after warm-ups, so a busy machine slows both alike; the ratio is the median of the
 *    per-round ratios (aim ≤ 1.5×, issue 13);
 * 2. the size of the lazy chunk the renderer loads for it (`import('@shared/report-doc')`):
 *    shared/report-doc and what it imports, bundled and minified for the browser by esbuild, raw
 *    and gzipped. The start-up bundle must not grow: tests/unit/startup-bundle.test.ts guards it.
 * Never an assertion: it prints.
 */
import { gzipSync } from 'node:zlib'
import { resolve } from 'node:path'
import { build } from 'esbuild'
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import type { FileChild } from 'docx'
import { buildReportDocument, writeReportDocx } from '../shared/report-doc'
import { cellText } from '../shared/report-doc/document'
import type { Block, ReportDocument } from '../shared/report-doc/document'
import { generateSampleAssessment } from '../shared/sample'
import { scoreAssessment } from '../shared/scoring/score'
import { defaultBank } from '../shared/testing/default-bank'
import { alternatingRounds, median, percentile } from './stats'

const GENERATED_AT = '2025-07-20T10:00:00+08:00'
const AIM = 1.5
const ROUNDS = 15
const WARMUPS = 3

const fmt = (n: number, digits = 1): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const line = (name: string, value: string): void => console.log(`  ${name.padEnd(32)} ${value}`)

const plain = (value: string): Paragraph => new Paragraph({ children: [new TextRun(value)] })

/** The same paragraphs and tables as the report, as plainly as docx writes them. */
function bareChildren(block: Block): FileChild[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [plain(block.text)]
    case 'chart':
      return [plain(block.caption)]
    case 'fields':
    case 'table': {
      const rows =
        block.kind === 'fields'
          ? block.rows.map(([label, value]) => [label, value])
          : [block.columns.map((c) => c.header), ...block.rows.map((row) => row.map(cellText))]
      return [
        new Table({
          rows: rows.map(
            (row) =>
              new TableRow({
                children: row.map((cell) => new TableCell({ children: [plain(cell)] }))
              })
          )
        })
      ]
    }
  }
}

async function bareWrite(doc: ReportDocument): Promise<number> {
  const front = [
    ...doc.cover.fields.map(([label, value]) => plain(`${label} ${value}`)),
    ...doc.statement.paragraphs.map(plain)
  ]
  const document = new Document({
    sections: doc.sections.map((section, k) => ({
      children: [...(k === 0 ? front : []), ...section.blocks.flatMap(bareChildren)]
    }))
  })
  return (await Packer.toArrayBuffer(document)).byteLength
}

const bank = defaultBank()
const assessment = generateSampleAssessment(bank, { seed: 1 })
const result = scoreAssessment(bank, assessment)
const doc = buildReportDocument({ bank, assessment, result, generatedAt: GENERATED_AT })
console.log(`report-doc — Node ${process.version}`)

const ours = (): Promise<Uint8Array> => writeReportDocx(doc)
const bytes = await ours()
const bareBytes = await bareWrite(doc)
const {
  ours: oursMs,
  bare: bareMs,
  ratio
} = await alternatingRounds(ours, () => bareWrite(doc), { rounds: ROUNDS, warmups: WARMUPS })
console.log(
  `sample Word report (seed 1, zh-CN): ${fmt(bytes.byteLength / 1024)} KiB (bare: ${fmt(bareBytes / 1024)} KiB)`
)
line(
  'our writeReportDocx',
  `median ${fmt(median(oursMs))} ms, p90 ${fmt(percentile(oursMs, 90))} ms (${ROUNDS} rounds)`
)
line(
  'bare docx write (baseline)',
  `median ${fmt(median(bareMs))} ms, p90 ${fmt(percentile(bareMs, 90))} ms`
)
line(
  'ratio ours / bare',
  `${fmt(ratio, 2)}× (median of per-round ratios) — aim ≤ ${AIM}×: ${ratio <= AIM ? 'met' : 'not met'}`
)

// 2. The lazy chunk: what import('@shared/report-doc') brings into the renderer.
const bundled = await build({
  entryPoints: [resolve(import.meta.dirname, '../shared/report-doc/index.ts')],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'silent'
})
const code = bundled.outputFiles[0]!.contents
line(
  'lazy chunk (shared/report-doc)',
  `${fmt(code.byteLength / 1024)} KiB minified, ${fmt(gzipSync(code).byteLength / 1024)} KiB gzip (esbuild, browser)`
)
