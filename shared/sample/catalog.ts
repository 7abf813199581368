/**
 * The Chinese texts a sample assessment is made of. Everything here is invented for
 * demonstration: the firm, the people and the documents do not exist.
 */

export const SAMPLE_INSTITUTION = '示例证券股份有限公司'

export const SAMPLE_NOTES =
  '本评估由稳定性保障评估工具的示例生成器生成，机构、人员与数据均为虚构，仅供演示和测试。'

const TRADING_HOURS = '交易日 9:15–11:30、13:00–15:00'

/** Trading days in the sample's twelve-month period (the exchanges open about 242 days a year). */
const TRADING_DAYS = 242
/** Working days in the same period, for systems that serve on working days rather than trading days. */
const WORKING_DAYS = 250
/**
 * Minutes of the exchanges' trading session a real-time system serves: 9:30–11:30 and 13:00–15:00.
 * The bank's F16 bands are set on 242 × 240 = 58,080 minutes a year, so the sample uses the same.
 */
const TRADING_MINUTES_A_DAY = 240

/**
 * Important information systems of a securities firm, in the order a scope list names them, with
 * an invented class (the CSRC 2021 measures rank systems from 第五类, the highest, down to 第一类;
 * the classes here are for demonstration, not a reading of the measures), whether they serve in
 * trading hours in real time, and their service window. `minutes` is what the firm would enter as
 * the yearly planned time of each system: `service` over its whole service window (F11),
 * `trading` over the trading session for a real-time system (F16).
 */
export const SYSTEMS: readonly SampleSystem[] = [
  sampleSystem('集中交易系统', 4, TRADING_HOURS, TRADING_DAYS, 255),
  sampleSystem('网上交易系统', 4, TRADING_HOURS, TRADING_DAYS, 255),
  sampleSystem('移动证券交易系统', 4, TRADING_HOURS, TRADING_DAYS, 255),
  sampleSystem('融资融券系统', 3, TRADING_HOURS, TRADING_DAYS, 255),
  sampleSystem('第三方存管系统', 3, '交易日 8:30–16:00', TRADING_DAYS, 450),
  sampleSystem('行情系统', 3, TRADING_HOURS, TRADING_DAYS, 255),
  sampleSystem('清算系统', 3, '交易日 15:00–次日 8:00 批处理', TRADING_DAYS, 17 * 60, false),
  sampleSystem('股票期权交易系统', 3, TRADING_HOURS, TRADING_DAYS, 255),
  sampleSystem('产品销售系统', 2, '工作日 9:00–17:00', WORKING_DAYS, 8 * 60, false),
  sampleSystem('估值系统', 2, '交易日 15:00–22:00', TRADING_DAYS, 7 * 60, false)
]

/** A system of the sample firm and its yearly planned minutes (see SYSTEMS). */
export interface SampleSystem {
  system: { name: string; class: 2 | 3 | 4; realTime: boolean; serviceWindow: string }
  minutes: SystemMinutes
}

/** Planned minutes of one system in the sample's year: its service window, its trading session. */
export interface SystemMinutes {
  service: number
  trading?: number
}

function sampleSystem(
  name: string,
  systemClass: 2 | 3 | 4,
  serviceWindow: string,
  days: number,
  minutesADay: number,
  realTime = true
): SampleSystem {
  const service = days * minutesADay
  return {
    system: { name, class: systemClass, realTime, serviceWindow },
    minutes: realTime ? { service, trading: TRADING_DAYS * TRADING_MINUTES_A_DAY } : { service }
  }
}

export const ASSESSOR_NAMES = [
  '张伟',
  '李娜',
  '王芳',
  '刘洋',
  '陈静',
  '杨磊',
  '赵敏',
  '黄涛'
] as const

/** Owners of remediation actions: a person and their unit. */
export const FINDING_OWNERS = [
  '周强（运维管理部）',
  '吴婷（系统运行部）',
  '郑斌（架构与平台部）',
  '孙悦（信息技术部）',
  '马骏（网络与安全部）',
  '何蕾（应用开发部）'
] as const

/** Documents by section/process id (pillars A–C of the SAC draft), for evidence references. */
export const DOCUMENTS: Readonly<Record<string, readonly string[]>> = {
  A1: ['《信息技术治理委员会章程》', '《稳定性保障组织架构及岗位职责说明》'],
  A2: ['《运维岗位能力模型说明》', '《2025年度运维人员培训计划》'],
  A3: ['《2025年度稳定性保障目标责任书》', '《稳定性目标季度跟踪报告》'],
  B1: ['《信息系统稳定性保障管理办法》', '《制度清单及修订记录》'],
  B2: ['《高可用架构技术规范》', '《可观测性接入标准》'],
  B3: ['《重要信息系统操作手册汇编》', '《主备切换操作规程》'],
  B4: ['《交易日时序任务清单》', '《节假日保障工作方案》'],
  B5: ['《制度评审与修订记录（2025年）》'],
  C1: ['《架构评审记录》', '《重要信息系统高可用部署说明》'],
  C2: ['《统一监控平台建设方案》', '《CMDB数据质量报告》'],
  C3: ['《监控告警管理规范》', '《告警分级与升级策略》'],
  C4: ['《巡检作业指导书》', '《开市前检查记录》'],
  C5: ['《生产故障管理办法》', '《故障复盘报告汇编（2024—2025）》'],
  C6: ['《生产变更管理办法》', '《发布流水线运行报告》'],
  C7: ['《信息系统应急预案（2025年修订）》', '《年度应急演练报告》'],
  C8: ['《容量管理与压力测试报告（2025年）》', '《容量基线与扩容阈值清单》'],
  C9: ['《重要信息系统灾备切换演练报告（2025年）》', '《RTO/RPO指标清单》'],
  C10: ['《运行风险隐患台账》', '《问题管理流程说明》']
}

export const FALLBACK_DOCUMENTS = [
  '《信息系统应急预案（2025年修订）》',
  '《信息系统稳定性保障管理办法》'
] as const

export const DOCUMENT_LOCATIONS = [
  'OA制度库',
  '运维知识库',
  '档案室（纸质）',
  '项目文档库'
] as const

export const INTERVIEWEES = [
  '运维管理部负责人',
  '系统运行部值班经理',
  '架构与平台部负责人',
  '信息技术部分管领导'
] as const

/** Attached files: a scan or export of a document, with a plausible size range in bytes. */
export const FILE_TYPES = [
  { extension: 'pdf', mimeType: 'application/pdf', min: 120_000, max: 3_000_000 },
  {
    extension: 'docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    min: 40_000,
    max: 900_000
  },
  {
    extension: 'xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    min: 25_000,
    max: 400_000
  }
] as const

/** Why a question of the default bank does not apply, as an assessor would write it. */
export const NA_JUSTIFICATIONS_BY_QUESTION: Readonly<Record<string, string>> = {
  'A3.06': '本机构于2024年开业，尚无三个完整年度的投入与收入数据，不适用。',
  'B5.02': '评估期内故障复盘未发现制度缺陷，无需修订，不适用。',
  'C4.05': '评估期内巡检未发现需整改的隐患，不适用。',
  'C5.04': '评估期内未发生较大及以上故障，无需复盘，不适用。',
  'C6.04': '核心交易系统为厂商一体化部署，版本由厂商整体升级，不支持灰度发布，不适用。',
  'C8.07': '本机构不属于关键信息基础设施运营者，不适用。',
  'C9.04': '核心交易系统灾备由集团统一建设和切换，本机构不单独承担，不适用。',
  'C9.06': '核心交易系统灾备由集团统一建设和切换，本机构不单独承担，不适用。',
  'C9.09': '核心交易系统灾备由集团统一建设和切换，本机构不单独承担，不适用。',
  'C9.10': '核心交易系统尚未按JR/T 0059—2024开展备份能力等级评估，计划于下一年度开展，不适用。',
  'C10.05': '评估期内故障数量少且尚未建立根因归类口径，比例不具统计意义，不适用。'
}

/** For questions of other banks. */
export const NA_JUSTIFICATIONS = [
  '本机构未开展该项业务，相关系统未部署，不适用。',
  '该系统已于评估期初下线，评估期内无相关活动，不适用。',
  '相关职能由集团统一承担，本机构不单独设置，不适用。'
] as const

/** Comments by the kind of answer they fit. */
export const COMMENTS = {
  low: [
    '现有做法主要依赖个人经验，尚未形成制度化流程，已列入下一年度改进计划。',
    '仅部分系统开展，覆盖面不足，需要补充制度与工具支持。'
  ],
  mid: [
    '已形成书面制度并按要求执行，但缺少量化指标跟踪。',
    '制度已发布，执行记录完整，计划引入自动化工具提升效率。'
  ],
  high: [
    '已实现自动化并持续优化，年度复盘显示相关指标持续改善。',
    '指标按月度跟踪，评审记录完整，可提供抽样证据。'
  ],
  partial: [
    '主要交易类系统已覆盖，其余系统计划于2025年底前完成。',
    '已启动建设，目前处于试运行阶段。'
  ],
  no: ['尚未建立，已列入年度整改计划。'],
  yes: ['已落实，相关记录可追溯。']
} as const

/** Free-text answers for the text questions of the default bank; others get a generic text. */
export const TEXT_ANSWERS: Readonly<Record<string, string>> = {
  'A3.05':
    '2025年度稳定性目标：重要信息系统交易时段可用率≥99.99%；较大及以上故障0起；故障监控发现率≥95%；自动化发布率≥90%；复盘改进项按期关闭率≥95%。',
  'C10.06':
    '1. 部分老旧网络设备已过维保期，计划于2025年第四季度完成替换；2. 行情系统对单一行情源存在依赖，正在引入备用行情源；3. 个别外购系统厂商支持能力不足，已纳入第三方风险评估。'
}

/** Plausible ranges of numeric questions of the default bank (RTO 10–30 min, RPO 0–5 min…). */
export const NUMBER_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  'C9.07': [10, 30],
  'C9.08': [0, 5]
}

export const GENERIC_TEXT = '相关情况已在访谈中说明，详见所附材料。'

export const FACTOR_COMMENTS = [
  '数据取自运维管理平台统计，统计口径与上年度一致。',
  '数据已与ITSM工单系统逐条核对。',
  '统计期间为评估期全年。'
] as const

export const FINDING_ACTIONS = {
  question: [
    '制定专项提升方案，完善制度并明确责任人，按季度跟踪落实情况。',
    '补充相关流程与记录模板，并在下次演练或检查中验证执行效果。',
    '引入自动化工具替代人工操作，年内覆盖全部重要信息系统。'
  ],
  factor: [
    '分析未达标原因，制定指标提升计划并纳入月度运行分析会跟踪。',
    '完善数据采集与统计口径，按月监测指标变化，未达标时启动专项整改。'
  ]
} as const
