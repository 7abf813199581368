/**
 * The registers a firm keeps (系统清单, 故障台账, 变更台账, 演练台账, 压测台账) as data: each kind's
 * sheet name, columns with their zh-CN header (the template's) and en-US header (accepted on
 * import), value type, enumerated values and whether a row needs it. The template writer, the
 * importer, the measures and docs/registers.md all read this one table.
 */

/** Words in both languages the app speaks. */
export interface Bilingual {
  'zh-CN': string
  'en-US': string
}

export const REGISTER_KINDS = ['systems', 'incidents', 'changes', 'drills', 'stressTests'] as const
export type RegisterKindId = (typeof REGISTER_KINDS)[number]

/** One value of an enumerated column: its stable code, its words, and other spellings accepted. */
export interface RegisterChoice {
  code: string
  label: Bilingual
  aliases?: readonly string[]
}

/**
 * `text` any text; `choice` one of `choices`; `yesNo` 是/否 (also Y/N, yes/no, TRUE/FALSE, 1/0);
 * `dateTime` a date and time (minutes); `date` a day; `count` a whole number ≥ 0; `minutes` a
 * number ≥ 0.
 */
export type RegisterFieldType =
  'text' | 'choice' | 'yesNo' | 'dateTime' | 'date' | 'count' | 'minutes'

export interface RegisterField {
  id: string
  header: Bilingual
  type: RegisterFieldType
  required: boolean
  choices?: readonly RegisterChoice[]
  /** What to write in the column, for the instructions sheet. */
  help: Bilingual
}

export interface RegisterKind {
  id: RegisterKindId
  sheet: Bilingual
  /** The column naming a row (故障编号 …); the system name for the systems register. */
  idField: string
  /** The column whose time places a row in or out of the assessment period; none for systems. */
  periodField?: string
  fields: readonly RegisterField[]
}

const bi = (zh: string, en: string): Bilingual => ({ 'zh-CN': zh, 'en-US': en })

const choice = (code: string, zh: string, en: string, aliases: string[] = []): RegisterChoice => ({
  code,
  label: bi(zh, en),
  aliases
})

/** One column: the object every kind's `fields` lists, keys in one order. */
const column = (
  id: string,
  type: RegisterFieldType,
  header: Bilingual,
  help: Bilingual,
  required = false,
  choices?: readonly RegisterChoice[]
): RegisterField => ({ id, header, type, required, ...(choices ? { choices } : {}), help })

/** The column naming a row (故障编号 …): required text, a unique number. */
const idColumn = (id: string, zh: string, en: string): RegisterField =>
  column(id, 'text', bi(zh, en), bi('唯一编号', 'a unique number'), true)

const choiceColumn = (id: string, header: Bilingual, help: Bilingual): RegisterField =>
  column(id, 'choice', header, help, false, CHOICES[id])

const yesNo = (
  id: string,
  zh: string,
  en: string,
  help: Bilingual,
  required = false
): RegisterField => column(id, 'yesNo', bi(zh, en), help, required)

const systemField = column(
  'system',
  'text',
  bi('系统', 'System'),
  bi('系统名称，与系统清单一致', 'the system name, as in the systems register'),
  true
)

export const SYSTEM_CLASS_CHOICES: readonly RegisterChoice[] = [
  choice('1', '第一类', 'Class 1', ['1', '一类']),
  choice('2', '第二类', 'Class 2', ['2', '二类']),
  choice('3', '第三类', 'Class 3', ['3', '三类']),
  choice('4', '第四类', 'Class 4', ['4', '四类']),
  choice('5', '第五类', 'Class 5', ['5', '五类'])
]

/** Each choice column's values, by column id. */
const CHOICES: Readonly<Record<string, readonly RegisterChoice[]>> = {
  systemClass: SYSTEM_CLASS_CHOICES,
  grade: [
    choice('general', '一般', 'General'),
    choice('major', '较大', 'Major'),
    choice('serious', '重大', 'Serious'),
    choice('critical', '特别重大', 'Especially serious'),
    choice('none', '无', 'None', ['N/A', '-'])
  ],
  detectedBy: [
    choice('alert', '监控告警', 'Monitoring alert'),
    choice('active', '技术手段主动发现', 'Active technical detection'),
    choice('external', '外部报告', 'External report')
  ],
  changeType: [
    choice('standard', '标准', 'Standard', ['标准变更']),
    choice('normal', '一般', 'Normal', ['一般变更', '常规']),
    choice('emergency', '紧急', 'Emergency', ['紧急变更'])
  ],
  result: [
    choice('success', '成功', 'Success', ['succeeded']),
    choice('failed', '失败', 'Failed', ['failure']),
    choice('rolledBack', '回退', 'Rolled back', ['rollback', '已回退'])
  ],
  rtoMet: [
    choice('yes', '是', 'Yes', ['Y', 'true', '1']),
    choice('no', '否', 'No', ['N', 'false', '0']),
    choice('unverified', '未验证', 'Not verified')
  ],
  environment: [
    choice('production', '生产', 'Production'),
    choice('likeForLike', '同配置', 'Like-for-like', ['同配置环境']),
    choice('other', '其他', 'Other')
  ],
  drillType: [
    choice('tabletop', '桌面推演', 'Tabletop'),
    choice('simulation', '模拟演练', 'Simulation'),
    choice('switchover', '生产切换', 'Production switchover')
  ]
}

const systems: RegisterKind = {
  id: 'systems',
  sheet: bi('系统清单', 'Systems'),
  idField: 'system',
  fields: [
    {
      ...systemField,
      help: bi('重要信息系统名称（每个系统一行）', 'the key system’s name (one row each)')
    },
    choiceColumn(
      'systemClass',
      bi('系统类别', 'System class'),
      bi('证监会信息系统分类：第一类至第五类', 'CSRC system class: 第一类 (1) to 第五类 (5)')
    ),
    yesNo(
      'realTime',
      '是否实时交易系统',
      'Real-time trading system',
      bi('交易时段实时服务的系统填“是”', '“yes” for a system serving in trading hours'),
      true
    ),
    column(
      'serviceMinutes',
      'minutes',
      bi('计划服务时长（分钟）', 'Planned service time (min)'),
      bi(
        '评估期内计划服务的总分钟数（实时交易系统为交易时段分钟数）',
        'planned service minutes in the period (trading-hours minutes for a real-time system)'
      )
    )
  ]
}

const incidents: RegisterKind = {
  id: 'incidents',
  sheet: bi('故障台账', 'Incidents'),
  idField: 'incidentId',
  periodField: 'start',
  fields: [
    idColumn('incidentId', '故障编号', 'Incident no.'),
    systemField,
    choiceColumn(
      'grade',
      bi('监管等级', 'Regulatory grade'),
      bi(
        '按监管口径的事件等级；未达报告标准填“无”',
        'the regulatory grade; “none” below the reporting threshold'
      )
    ),
    column(
      'start',
      'dateTime',
      bi('开始时间', 'Start time'),
      bi('故障开始时间，如 2026-03-05 09:30', 'when it started, e.g. 2026-03-05 09:30'),
      true
    ),
    column(
      'detected',
      'dateTime',
      bi('发现时间', 'Detected at'),
      bi('首次发现时间', 'when it was first noticed')
    ),
    choiceColumn(
      'detectedBy',
      bi('发现方式', 'Detected by'),
      bi('首先发现故障的途径', 'how the incident was first found')
    ),
    column(
      'restored',
      'dateTime',
      bi('恢复时间', 'Restored at'),
      bi('业务恢复时间', 'when service was restored')
    ),
    yesNo(
      'tradingHours',
      '是否交易时段',
      'In trading hours',
      bi('故障发生在交易时段填“是”', '“yes” when it happened in trading hours')
    ),
    yesNo(
      'changeCaused',
      '是否变更引发',
      'Caused by a change',
      bi('由变更引发填“是”', '“yes” when a change caused it')
    ),
    yesNo(
      'reported',
      '是否已报送',
      'Reported',
      bi('已按规定报送监管填“是”', '“yes” when reported to the regulator as required')
    ),
    column(
      'actions',
      'count',
      bi('改进项数', 'Improvement actions'),
      bi('复盘形成的、评估期内到期的改进项数', 'review actions due in the period')
    ),
    column(
      'actionsClosed',
      'count',
      bi('按期关闭改进项数', 'Actions closed on time'),
      bi('其中按期关闭的改进项数', 'of which closed on time')
    )
  ]
}

const changes: RegisterKind = {
  id: 'changes',
  sheet: bi('变更台账', 'Changes'),
  idField: 'changeId',
  periodField: 'implemented',
  fields: [
    idColumn('changeId', '变更编号', 'Change no.'),
    systemField,
    choiceColumn(
      'changeType',
      bi('变更类型', 'Change type'),
      bi('标准变更为预先批准的低风险变更', 'a standard change is pre-approved and low-risk')
    ),
    column(
      'implemented',
      'dateTime',
      bi('实施时间', 'Implemented at'),
      bi('变更实施时间', 'when it was implemented'),
      true
    ),
    yesNo(
      'automated',
      '是否自动化发布',
      'Automated release',
      bi('经自动化流水线发布填“是”', '“yes” when released by an automated pipeline')
    ),
    choiceColumn('result', bi('结果', 'Result'), bi('变更结果', 'the outcome')),
    yesNo(
      'causedIncident',
      '是否引发故障',
      'Caused an incident',
      bi('变更引发生产故障填“是”', '“yes” when it caused a production incident')
    )
  ]
}

const drills: RegisterKind = {
  id: 'drills',
  sheet: bi('演练台账', 'Drills'),
  idField: 'drillId',
  periodField: 'date',
  fields: [
    idColumn('drillId', '演练编号', 'Drill no.'),
    systemField,
    column(
      'date',
      'date',
      bi('演练日期', 'Drill date'),
      bi('演练日期', 'the day of the drill'),
      true
    ),
    choiceColumn('drillType', bi('演练类型', 'Drill type'), bi('演练形式', 'the kind of drill')),
    choiceColumn(
      'rtoMet',
      bi('是否达到RTO/RPO', 'RTO/RPO met'),
      bi('演练是否验证达到RTO和RPO目标', 'whether the drill showed the RTO and RPO were met')
    )
  ]
}

const stressTests: RegisterKind = {
  id: 'stressTests',
  sheet: bi('压测台账', 'Stress tests'),
  idField: 'testId',
  periodField: 'date',
  fields: [
    idColumn('testId', '压测编号', 'Test no.'),
    systemField,
    column(
      'date',
      'date',
      bi('压测日期', 'Test date'),
      bi('压测日期', 'the day of the test'),
      true
    ),
    choiceColumn(
      'environment',
      bi('测试环境', 'Environment'),
      bi('生产环境或与生产同配置的环境', 'production, or an environment configured like production')
    ),
    yesNo('passed', '是否通过', 'Passed', bi('压测结论为通过填“是”', '“yes” when the test passed'))
  ]
}

export const REGISTER_KIND_TABLE: Readonly<Record<RegisterKindId, RegisterKind>> = {
  systems,
  incidents,
  changes,
  drills,
  stressTests
}

export const registerKind = (id: RegisterKindId): RegisterKind => REGISTER_KIND_TABLE[id]

export const registerField = (kind: RegisterKindId, field: string): RegisterField | undefined =>
  REGISTER_KIND_TABLE[kind].fields.find((f) => f.id === field)
