/// <reference lib="dom" />
/**
 * The register files of the UI register benchmark (registers-ui.bench.ts) and its baselines, for
 * issue 12: a change register and an incident register as a user's ITSM export would give them
 * (CSV in UTF-8, the incidents with a BOM and CRLF line ends as Excel writes them; the changes
 * also as an .xlsx with real date-time cells), and the baseline each is measured against — in
 * the same Chromium, in a page of its own (the app's page has a strict CSP):
 *   - CSV: the importer's own CSV reader (shared/registers/csv.ts: strict UTF-8, else GB18030,
 *     BOM, RFC 4180 quotes, CRLF) decoding and parsing the same bytes into rows of cells;
 *   - .xlsx: exceljs (the browser build the app bundles) loading the same bytes and visiting
 *     every row's cell values — no gate, no checks, nothing measured.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { build } from 'esbuild'
import ExcelJS from 'exceljs'
import { ROOT } from './chromium-harness'
import { median } from './stats'

/** The seed's key systems (tests/e2e/seed.ts): 集中交易系统 (real-time) and 清算系统. */
const SYSTEMS = ['集中交易系统', '清算系统']
const pad = (n: number) => String(n).padStart(2, '0')
const when = (i: number) => ({
  month: 1 + (i % 12),
  day: 1 + (i % 28),
  hour: i % 24,
  minute: i % 60
})
const stamp = (i: number) => {
  const t = when(i)
  return `2026-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`
}

const CHANGE_HEADER = [
  '变更编号',
  '系统',
  '变更类型',
  '实施时间',
  '是否自动化发布',
  '结果',
  '是否引发故障'
]
const changeRow = (i: number) => [
  `C${i}`,
  SYSTEMS[i % 2]!,
  ['标准', '一般', '紧急'][i % 3]!,
  stamp(i),
  i % 2 ? '是' : '否',
  ['成功', '成功', '成功', '失败', '回退'][i % 5]!,
  '否'
]

/** `rows` changes in 2026 on the seed's key systems; every other one released automatically. */
export function changesCsv(rows: number): Buffer {
  const lines = [CHANGE_HEADER.join(',')]
  for (let i = 0; i < rows; i++) lines.push(changeRow(i).join(','))
  return Buffer.from(lines.join('\n'), 'utf8')
}

/** The same changes as an .xlsx sheet 变更台账, 实施时间 a date-time cell (as Excel keeps it). */
export async function changesXlsx(rows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('变更台账')
  sheet.addRow(CHANGE_HEADER)
  for (let i = 0; i < rows; i++) {
    const row = changeRow(i)
    const t = when(i)
    row[3] = new Date(Date.UTC(2026, t.month - 1, t.day, t.hour, t.minute)) as unknown as string
    sheet.addRow(row)
  }
  sheet.getColumn(4).numFmt = 'yyyy-mm-dd hh:mm'
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/**
 * `rows` incidents in 2026, a third found by monitoring, with a BOM, CRLF line ends and the
 * 发现方式 quoted (as Excel writes a CSV), so the parse does what the importer needs.
 */
export function incidentsCsv(rows: number): Buffer {
  const lines = [
    '故障编号,系统,监管等级,开始时间,发现时间,发现方式,恢复时间,是否交易时段,是否变更引发,是否已报送,改进项数,按期关闭改进项数'
  ]
  const ways = ['监控告警', '技术手段主动发现', '外部报告']
  for (let i = 0; i < rows; i++) {
    const at = stamp(i)
    const later = `${at.slice(0, 11)}${pad(i % 24)}:59`
    lines.push(
      `I${i},${SYSTEMS[i % 2]},无,${at},${later},"${ways[i % 3]}",${later},${i % 2 ? '是' : '否'},否,是,2,1`
    )
  }
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join('\r\n'), 'utf8')])
}

/** The importer's CSV reader bundled for a page: globalThis.__csvRows(bytes) → rows of cells. */
async function csvReaderScript(): Promise<string> {
  const built = await build({
    stdin: {
      contents: `import { decodeCsv, parseCsv } from './shared/registers/csv'
globalThis.__csvRows = (bytes) => {
  const decoded = decodeCsv(bytes)
  if ('problem' in decoded) throw new Error('not text')
  const parsed = parseCsv(decoded.text)
  if ('problem' in parsed) throw new Error('not CSV')
  return parsed.rows
}`,
      resolveDir: ROOT,
      loader: 'ts'
    },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    logLevel: 'silent'
  })
  return built.outputFiles[0]!.text
}

/**
 * Runs of the baseline per call, after one warm-up run, their median taken (BENCH_BASELINE_RUNS):
 * one run moved by half between rounds on a quiet machine (58–120 ms for the 100,000-row CSV),
 * which moved every ratio more than the code did.
 */
export const BASELINE_RUNS = Number(process.env.BENCH_BASELINE_RUNS ?? 7)

export interface BaselinePage {
  /**
   * ms to read the bytes served at `path` into rows of cells (CSV reader or exceljs): the median
   * of BASELINE_RUNS runs on the same bytes, after a warm-up run.
   */
  read(path: string, kind: 'csv' | 'xlsx'): Promise<number>
}

/**
 * A page of its own in the bench's browser (same machine, same run) with the baseline readers
 * loaded; `files` are served to it under /__bench/.
 */
export async function baselinePage(
  page: Page,
  baseUrl: string,
  files: Record<string, Buffer>
): Promise<BaselinePage> {
  const baseline = await page.context().browser()!.newPage()
  await baseline.route('**/__bench/**', (route) => {
    const name = new URL(route.request().url()).pathname.slice('/__bench/'.length)
    if (name === 'blank.html')
      return route.fulfill({
        body: '<!doctype html><title>baseline</title>',
        contentType: 'text/html'
      })
    const body = files[name]
    return body ? route.fulfill({ body }) : route.fulfill({ status: 404 })
  })
  await baseline.addInitScript({ content: 'globalThis.__name = (target) => target' })
  await baseline.goto(`${baseUrl}/__bench/blank.html`)
  await baseline.addScriptTag({ content: await csvReaderScript() })
  await baseline.addScriptTag({
    content: readFileSync(join(ROOT, 'node_modules/exceljs/dist/exceljs.min.js'), 'utf8')
  })
  return {
    read: async (path, kind) => {
      const times = await baseline.evaluate(
        async ({ path, kind, runs }) => {
          const bytes = new Uint8Array(await (await fetch(`/__bench/${path}`)).arrayBuffer())
          const g = globalThis as unknown as {
            __csvRows(bytes: Uint8Array): unknown[]
            ExcelJS: typeof ExcelJS
          }
          const once = async () => {
            // A pause before each run: the last one's garbage and timers settle outside the time.
            await new Promise((done) => setTimeout(done, 50))
            const started = performance.now()
            let rows = 0
            if (kind === 'csv') rows = g.__csvRows(bytes).length
            else {
              const workbook = new g.ExcelJS.Workbook()
              await workbook.xlsx.load(bytes.buffer)
              workbook.eachSheet((sheet) =>
                sheet.eachRow((row) => {
                  if (Array.isArray(row.values)) rows++
                })
              )
            }
            const ended = performance.now()
            if (rows === 0) throw new Error(`the baseline read no rows of ${path}`)
            return ended - started
          }
          await once()
          const times: number[] = []
          for (let i = 0; i < runs; i++) times.push(await once())
          return times
        },
        { path, kind, runs: BASELINE_RUNS }
      )
      return median(times)
    }
  }
}
