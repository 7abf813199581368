/**
 * Registers whose answers are known by construction (registers.test.ts has the hand-computed
 * figures): three systems, 37 incidents of which 31 found by monitoring and 2 of those before
 * the period, 集中交易 down 76 + 40 = 116 minutes in trading hours, 11 changes, 4 drills and 3
 * stress tests. `filledTemplate` writes them into the template as a script would.
 */
import ExcelJS from 'exceljs'
import { registerTemplate } from './template'

export const PERIOD = { start: '2026-01-01', end: '2026-12-31' }

type Row = Record<string, string | number | Date | null>

/** A wall-clock time as exceljs stores a date cell (UTC fields = the time written). */
const at = (text: string): Date => new Date(`${text}:00Z`)

export const SYSTEMS: Row[] = [
  { 系统: '集中交易', 系统类别: '第一类', 是否实时交易系统: '是', '计划服务时长（分钟）': 60000 },
  { 系统: '网上交易', 系统类别: '第二类', 是否实时交易系统: '是', '计划服务时长（分钟）': 60000 },
  { 系统: '清算', 系统类别: '第三类', 是否实时交易系统: '否', '计划服务时长（分钟）': 100000 }
]

function incidents(): Row[] {
  const rows: Row[] = [
    {
      故障编号: 'I01',
      系统: '集中交易',
      监管等级: '较大',
      开始时间: at('2026-03-05T09:30'),
      发现时间: at('2026-03-05T09:35'),
      发现方式: '监控告警',
      恢复时间: at('2026-03-05T10:46'),
      是否交易时段: '是',
      是否变更引发: '是',
      是否已报送: '是',
      改进项数: 3,
      按期关闭改进项数: 2
    },
    {
      故障编号: 'I02',
      系统: '集中交易',
      监管等级: '一般',
      开始时间: at('2026-06-01T13:10'),
      发现时间: at('2026-06-01T13:12'),
      发现方式: '技术手段主动发现',
      恢复时间: at('2026-06-01T13:50'),
      是否交易时段: '是',
      是否变更引发: '否',
      是否已报送: '是',
      改进项数: 2,
      按期关闭改进项数: 2
    }
  ]
  for (let i = 3; i <= 29; i++) {
    const day = `2026-${String((i % 12) + 1).padStart(2, '0')}-${String(i).padStart(2, '0')}`
    rows.push({
      故障编号: `I${String(i).padStart(2, '0')}`,
      系统: i % 2 === 1 ? '网上交易' : '清算',
      监管等级: '无',
      开始时间: at(`${day}T20:00`),
      发现时间: at(`${day}T20:05`),
      发现方式: i <= 20 ? '监控告警' : '技术手段主动发现',
      恢复时间: at(`${day}T20:10`),
      是否交易时段: '否',
      是否变更引发: i <= 7 ? '是' : '否'
    })
  }
  for (const id of ['I30', 'I31'])
    rows.push({
      故障编号: id,
      系统: '集中交易',
      监管等级: '一般',
      开始时间: at('2025-12-20T10:00'),
      发现时间: at('2025-12-20T10:01'),
      发现方式: '监控告警',
      恢复时间: at('2025-12-20T10:30'),
      是否交易时段: '是',
      是否变更引发: '否'
    })
  for (let i = 32; i <= 37; i++) {
    const day = `2026-09-${String(i - 30).padStart(2, '0')}`
    rows.push({
      故障编号: `I${i}`,
      系统: '网上交易',
      监管等级: '一般',
      开始时间: at(`${day}T10:00`),
      发现时间: at(`${day}T10:20`),
      发现方式: '外部报告',
      恢复时间: at(`${day}T11:00`),
      是否交易时段: '是',
      是否变更引发: '否'
    })
  }
  return rows
}

function changes(): Row[] {
  const rows: Row[] = []
  const add = (
    id: string,
    type: string,
    result: string,
    automated: string,
    when = '2026-05-10T18:00'
  ) =>
    rows.push({
      变更编号: id,
      系统: '集中交易',
      变更类型: type,
      实施时间: at(when),
      是否自动化发布: automated,
      结果: result,
      是否引发故障: '否'
    })
  for (const id of ['C01', 'C02', 'C03']) add(id, '标准', '成功', '是')
  add('C04', '一般', '失败', '是')
  add('C05', '一般', '回退', '是')
  add('C06', '一般', '成功', '是')
  add('C07', '一般', '成功', '否')
  add('C08', '一般', '成功', '否')
  add('C09', '紧急', '失败', '否')
  add('C10', '紧急', '成功', '否')
  add('C11', '一般', '失败', '否', '2027-01-02T18:00')
  return rows
}

const DRILLS: Row[] = [
  {
    演练编号: 'D1',
    系统: '集中交易',
    演练日期: at('2026-04-01T00:00'),
    演练类型: '生产切换',
    '是否达到RTO/RPO': '是'
  },
  {
    演练编号: 'D2',
    系统: '网上交易',
    演练日期: at('2026-05-01T00:00'),
    演练类型: '模拟演练',
    '是否达到RTO/RPO': '否'
  },
  {
    演练编号: 'D3',
    系统: '集中交易',
    演练日期: at('2026-10-01T00:00'),
    演练类型: '桌面推演',
    '是否达到RTO/RPO': '未验证'
  },
  {
    演练编号: 'D4',
    系统: '清算',
    演练日期: at('2025-11-01T00:00'),
    演练类型: '模拟演练',
    '是否达到RTO/RPO': '是'
  }
]

const STRESS: Row[] = [
  {
    压测编号: 'T1',
    系统: '集中交易',
    压测日期: at('2026-03-01T00:00'),
    测试环境: '生产',
    是否通过: '是'
  },
  {
    压测编号: 'T2',
    系统: '网上交易',
    压测日期: at('2026-03-02T00:00'),
    测试环境: '其他',
    是否通过: '是'
  },
  {
    压测编号: 'T3',
    系统: '清算',
    压测日期: at('2026-03-03T00:00'),
    测试环境: '同配置',
    是否通过: '是'
  }
]

export const KNOWN_REGISTERS: Record<string, Row[]> = {
  系统清单: SYSTEMS,
  故障台账: incidents(),
  变更台账: changes(),
  演练台账: DRILLS,
  压测台账: STRESS
}

/** Writes rows under a sheet's header row, by header text. */
export function fillSheet(
  sheet: ExcelJS.Worksheet,
  rows: readonly Row[],
  firstRow = 2,
  headerRow = 1
): void {
  const headers = (sheet.getRow(headerRow).values as unknown[]).map((v) =>
    typeof v === 'string' ? v : ''
  )
  rows.forEach((row, index) => {
    for (const [header, value] of Object.entries(row)) {
      const column = headers.indexOf(header)
      if (column < 1) throw new Error(`no column ${header} in ${sheet.name}`)
      sheet.getCell(firstRow + index, column).value = value
    }
  })
}

/** The template, filled with the known registers by a script. */
export async function filledTemplate(
  registers: Record<string, Row[]> = KNOWN_REGISTERS
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load((await registerTemplate()) as unknown as ArrayBuffer)
  for (const [name, rows] of Object.entries(registers))
    fillSheet(workbook.getWorksheet(name)!, rows)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}
