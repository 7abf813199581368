/**
 * Report benchmark (npm run bench). Measures, on one core:
 * 1. the sample assessment's scored report (shared/sample seed 1, default bank): model build,
 *    then the workbook write, against a bare exceljs write of the same cell values (formulas
 *    replaced by their results, no styles, no merges, no chart) in the same run;
 * 2. a consolidated workbook of 500 generated assessments, the same way.
 * Writes are timed in alternating rounds (ours, bare, ours, bare, …) after warm-ups, so a busy
 * machine slows both alike; the ratio is the median of the per-round ratios (aim ≤ 1.5×, the
 * reliability brief's PERF-EXP-2 allows 2.0×). Peak memory is sampled while writing
 * (process.memoryUsage every 5 ms) and given as the rise over the heap and RSS before the run.
 * Never an assertion: it prints.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import ExcelJS from 'exceljs'
import { loadBank } from '../shared/bank'
import type { Bank } from '../shared/bank/bank'
import {
  buildConsolidatedModel,
  buildReportModel,
  writeConsolidatedWorkbook,
  writeReportWorkbook
} from '../shared/report'
import { generateSampleAssessment } from '../shared/sample'
import { alternatingRounds, median, percentile } from './stats'

const BANK_FILE = resolve(import.meta.dirname, '../resources/banks/sac-stability-2025.json')
const GENERATED_AT = '2025-07-20T10:00:00+08:00'
const AIM = 1.5

const p90 = (values: number[]): number => percentile(values, 90)
const fmt = (n: number, digits = 1): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const mib = (bytes: number): string => `${fmt(bytes / 1024 / 1024)} MiB`

type Values = Array<{ name: string; cells: Array<[number, number, ExcelJS.CellValue]> }>

/** The workbook's cell values, formulas replaced by their stored results. */
async function cellValues(bytes: Uint8Array): Promise<Values> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  return workbook.worksheets.map((sheet) => {
    const cells: Array<[number, number, ExcelJS.CellValue]> = []
    sheet.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value
        cells.push([r, c, (value ?? null) as ExcelJS.CellValue])
      })
    )
    return { name: sheet.name, cells }
  })
}

/** The baseline: the same values, written plainly. */
async function bareWrite(values: Values): Promise<number> {
  const workbook = new ExcelJS.Workbook()
  for (const sheet of values) {
    const ws = workbook.addWorksheet(sheet.name)
    for (const [r, c, v] of sheet.cells) ws.getCell(r, c).value = v
  }
  return (await workbook.xlsx.writeBuffer()).byteLength
}

interface Peak {
  heap: number
  rss: number
}

/** Runs `work` while sampling memory; returns its time and the peak rise over the start. */
async function measured(work: () => Promise<unknown>): Promise<{ ms: number; peak: Peak }> {
  const start = process.memoryUsage()
  const peak = { heap: 0, rss: 0 }
  const sample = (): void => {
    const now = process.memoryUsage()
    peak.heap = Math.max(peak.heap, now.heapUsed - start.heapUsed)
    peak.rss = Math.max(peak.rss, now.rss - start.rss)
  }
  const timer = setInterval(sample, 5)
  const t = performance.now()
  await work()
  const ms = performance.now() - t
  clearInterval(timer)
  sample()
  return { ms, peak }
}

async function compare(
  label: string,
  ours: () => Promise<Uint8Array>,
  rounds: number,
  warmups: number
): Promise<void> {
  const bytes = await ours()
  const values = await cellValues(bytes)
  const cellCount = values.reduce((n, s) => n + s.cells.length, 0)
  // Both sides run under the memory sampler alike; the peak is our write's.
  const peak: Peak = { heap: 0, rss: 0 }
  const timeOurs = async (work: () => Promise<unknown>): Promise<number> => {
    const a = await measured(work)
    peak.heap = Math.max(peak.heap, a.peak.heap)
    peak.rss = Math.max(peak.rss, a.peak.rss)
    return a.ms
  }
  const timeBare = async (work: () => Promise<unknown>): Promise<number> =>
    (await measured(work)).ms
  const {
    ours: oursMs,
    bare: bareMs,
    ratio
  } = await alternatingRounds(ours, () => bareWrite(values), {
    rounds,
    warmups,
    timeOurs,
    timeBare
  })
  const line = (name: string, value: string): void => console.log(`  ${name.padEnd(30)} ${value}`)
  console.log(`${label}: ${fmt(cellCount, 0)} cells, ${fmt(bytes.byteLength / 1024)} KiB`)
  line(
    'our workbook write',
    `median ${fmt(median(oursMs))} ms, p90 ${fmt(p90(oursMs))} ms (${rounds} rounds)`
  )
  line(
    'bare exceljs write (baseline)',
    `median ${fmt(median(bareMs))} ms, p90 ${fmt(p90(bareMs))} ms`
  )
  line(
    'ratio ours / bare',
    `${fmt(ratio, 2)}× (median of per-round ratios) — aim ≤ ${AIM}×: ${ratio <= AIM ? 'met' : 'not met'}`
  )
  line('peak memory while writing', `heap +${mib(peak.heap)}, RSS +${mib(peak.rss)}`)
}

function loadDefaultBank(): Bank {
  const loaded = loadBank(JSON.parse(readFileSync(BANK_FILE, 'utf8')))
  if (!loaded.ok) throw new Error('the default bank does not load')
  return loaded.value.bank
}

const bank = loadDefaultBank()
console.log(`report — Node ${process.version}, exceljs ${ExcelJS.Workbook.name ? '4.4.0' : '?'}`)

// 1. The sample assessment's report.
const sample = generateSampleAssessment(bank, { seed: 1 })
const modelTimes: number[] = []
for (let k = 0; k < 13; k++) {
  const t = performance.now()
  buildReportModel({ bank, assessment: sample, generatedAt: GENERATED_AT })
  modelTimes.push(performance.now() - t)
}
const model = buildReportModel({ bank, assessment: sample, generatedAt: GENERATED_AT })
console.log(
  `  report model (score + model)    median ${fmt(median(modelTimes.slice(3)))} ms, p90 ${fmt(p90(modelTimes.slice(3)))} ms`
)
await compare('sample report (seed 1)', () => writeReportWorkbook(model), 15, 3)

// 2. A consolidated workbook of 500 assessments: 125 institutions × 4 periods.
const items = Array.from({ length: 500 }, (_, k) => {
  const assessment = generateSampleAssessment(bank, { seed: 1000 + k })
  const year = 2022 + (k % 4)
  assessment.id = `bench-${k + 1}`
  assessment.metadata = {
    ...assessment.metadata,
    institution: `机构 ${String(Math.floor(k / 4) + 1).padStart(3, '0')}`,
    period: { start: `${year}-01-01`, end: `${year}-12-31` }
  }
  return { bank, assessment }
})
const consolidatedStart = performance.now()
const consolidated = await buildConsolidatedModel({ items, generatedAt: GENERATED_AT })
console.log(
  `  consolidated model (500 scored) ${fmt(performance.now() - consolidatedStart)} ms (one run)`
)
await compare('consolidated, 500 assessments', () => writeConsolidatedWorkbook(consolidated), 7, 2)
