/**
 * Register benchmark (npm run bench), for issue 12. Prints figures and ratios against a baseline
 * measured in the same run; never asserts on time. 100,000 change rows and 20,000 incidents as
 * CSV (the .xlsx door caps a workbook at 40,000 rows, shared/xlsx/gate.ts): the whole import
 * (decode, parse, header, every cell checked) plus computing every default measure, against a
 * bare decode + CSV parse of the same bytes. Median of 5 runs after 1 warm-up. Runs in Node: the
 * app's Web Worker and its longest-task figure are measured by registers-ui.bench.ts. Each file
 * is hashed as the register worker hashes it (measure-session.ts): by the platform's WebCrypto,
 * on its own thread while the file is read and checked, the digest awaited after.
 */
import measuresJson from '../resources/registers/sac-stability-2025-measures.json'
import {
  computeInputs,
  decodeCsv,
  measureSetSchema,
  parseCsv,
  readRegisterFile,
  type RegisterTable
} from '../shared/registers'
import { sha256HexAsync } from '../shared/util/sha256-native'
import { medianTime } from './stats'

const CHANGES = Number(process.env.BENCH_CHANGES ?? 100_000)
const INCIDENTS = Number(process.env.BENCH_INCIDENTS ?? 20_000)
const SYSTEMS = ['集中交易', '网上交易', '清算', '行情', '融资融券']
const encoder = new TextEncoder()

const stamp = (i: number): string => {
  const day = 1 + (i % 28)
  const month = 1 + (i % 12)
  return `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')} ${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`
}

function changesCsv(): Uint8Array {
  const lines = ['变更编号,系统,变更类型,实施时间,是否自动化发布,结果,是否引发故障']
  const types = ['标准', '一般', '紧急']
  const results = ['成功', '成功', '成功', '失败', '回退']
  for (let i = 0; i < CHANGES; i++)
    lines.push(
      `C${i},${SYSTEMS[i % 5]},${types[i % 3]},${stamp(i)},${i % 2 ? '是' : '否'},${results[i % 5]},否`
    )
  return encoder.encode(lines.join('\n'))
}

function incidentsCsv(): Uint8Array {
  const lines = [
    '故障编号,系统,监管等级,开始时间,发现时间,发现方式,恢复时间,是否交易时段,是否变更引发,是否已报送,改进项数,按期关闭改进项数'
  ]
  const ways = ['监控告警', '技术手段主动发现', '外部报告']
  for (let i = 0; i < INCIDENTS; i++) {
    const at = stamp(i)
    const later = `${at.slice(0, 11)}${String(i % 24).padStart(2, '0')}:59`
    lines.push(
      `I${i},${SYSTEMS[i % 5]},无,${at},${later},${ways[i % 3]},${later},${i % 2 ? '是' : '否'},否,是,2,1`
    )
  }
  return encoder.encode(lines.join('\n'))
}

const systemsCsv = encoder.encode(
  [
    '系统,系统类别,是否实时交易系统,计划服务时长（分钟）',
    ...SYSTEMS.map((s, i) => `${s},第${'一二三四五'[i]}类,${i < 2 ? '是' : '否'},60000`)
  ].join('\n')
)

const files: Array<[string, Uint8Array]> = [
  ['systems.csv', systemsCsv],
  ['changes.csv', changesCsv()],
  ['incidents.csv', incidentsCsv()]
]
const measures = measureSetSchema.parse(measuresJson)
const factors = Object.entries(measures.factors).map(([id, inputs]) => ({
  id,
  inputs: Object.keys(inputs).map((input) => ({ id: input }))
}))

const bare = await medianTime(5, 1, () => {
  for (const [, bytes] of files) {
    const decoded = decodeCsv(bytes)
    if ('problem' in decoded) throw new Error('decode')
    if ('problem' in parseCsv(decoded.text)) throw new Error('parse')
  }
})
let inputs = 0
const full = await medianTime(5, 1, async () => {
  const tables: RegisterTable[] = []
  for (const [name, bytes] of files) {
    const hashing = sha256HexAsync(bytes)
    const read = await readRegisterFile(name, bytes, {
      importedAt: '2026-12-06T00:00:00Z',
      sha256: ''
    })
    if (!read.ok) throw new Error(read.issues[0]!.message)
    read.value.source.sha256 = await hashing
    tables.push(...read.value.tables)
  }
  inputs = computeInputs(measures, factors, {
    period: { start: '2026-01-01', end: '2026-12-31' },
    tables
  }).length
})
const mib = files.reduce((n, [, b]) => n + b.length, 0) / 2 ** 20
console.log(
  `registers: ${CHANGES} changes + ${INCIDENTS} incidents as CSV (${mib.toFixed(1)} MiB), ${inputs} inputs computed`
)
console.log(`  bare decode + CSV parse (baseline): ${bare.toFixed(0)} ms`)
console.log(
  `  import + compute:                   ${full.toFixed(0)} ms = ${(full / bare).toFixed(2)}× the baseline (aim ≤ 2×)`
)
