import { CONFIDENTIALITY_WORDS } from '../assessment/confidentiality'
import type { DocLabels } from './labels'

/** The Word/PDF report's fixed texts in Chinese (the default report language). */
export const DOC_LABELS_ZH_CN: DocLabels = {
  title: '信息系统稳定性保障评估报告',
  confidentiality: CONFIDENTIALITY_WORDS['zh-CN'],
  risk: { high: '高', medium: '中', low: '低' },
  draftMark: '草稿 DRAFT — 评估尚未定稿，内容可能变化',
  draftWatermark: '草稿 DRAFT',
  cover: {
    reportNumber: '报告编号',
    scope: '评估范围',
    keySystemsNone: '未列明',
    keySystemsMore: '{list}等 {n} 个关键系统（见第二章）',
    reportDate: '报告日期',
    hash: '评估内容摘要（SHA-256）',
    qrCaption: '扫码核对评估内容摘要',
    generated: '由 {generator} 于 {at} 生成'
  },
  header: '{institution}　{period}　{label}',
  footer: '第 {page} 页　共 {pages} 页',
  statementTitle: '声　明',
  statement: [
    '一、本报告依据评估期间被评估机构提供的资料、人员访谈和现场核查结果编制，评估结论仅对评估期间和评估范围内的情况有效。',
    '二、本报告所列得分、等级和评价要素数值均由稳定性保障评估工具按附件4所列计分方法计算，未经人工调整；问卷答案、证据和说明由评估人员录入。',
    '三、被评估机构对所提供资料的真实性、准确性和完整性负责。',
    '四、封面所印评估内容摘要（SHA-256）由评估内容计算得出，可据以核对本报告所依据的评估内容是否被修改。',
    '五、本报告密级为“{label}”，请按相应要求保管、传阅；未经评估方和被评估机构书面同意，不得部分复制本报告。'
  ],
  statementDraft: '六、本报告为草稿：评估尚未定稿签署，结论可能变化，不得作为正式报告使用。',
  tocTitle: '目　录',
  chapters: {
    overview: '一、评估概述',
    institution: '二、机构与关键系统概况',
    results: '三、评估结果',
    findings: '四、问题清单',
    conclusion: '五、评估结论',
    recommendations: '六、整改建议',
    annexes: '附件'
  },
  overview: {
    purpose: '（一）评估目的',
    purposeText:
      '了解被评估机构信息系统稳定性保障体系（组织保障、制度保障和过程保障）的建设与运行情况，以量化的评价要素衡量关键过程的实际成效，识别差距和风险，提出整改建议，推动“监控—评估—优化”的持续改进。',
    basis: '（二）评估依据',
    basisIntro: '本次评估使用题库“{bank}”（版本 {version}），依据以下文件：',
    scope: '（三）评估范围',
    scopeText:
      '评估期间为 {start} 至 {end}；评估范围为被评估机构确定的 {n} 个关键信息系统（见第二章），以及组织保障、制度保障和过程保障（十大核心过程）的全部评估项。',
    method: '（四）评估方法',
    methodText: [
      '采用问卷核查、资料调阅、人员访谈和量化评价要素测算相结合的方法。每个评估项按成熟度（L0–L4）、是/部分/否或选项计分（0–100 分），不适用项须说明理由，不计入得分。',
      '章节（过程）得分为其评估项的加权平均，有评价要素的过程与要素得分按计分方案合成；支柱与总分为加权平均。等级按关键项、红线和覆盖度三道闸门确定，详见附件4“计分方法”。计分方案：{profile}。'
    ],
    process: '（五）评估过程',
    processHeaders: ['阶段', '时间'],
    steps: {
      created: '建立评估',
      firstAnswer: '开始填报',
      lastChange: '最后修改',
      finalized: '定稿签署',
      generated: '生成本报告'
    },
    people: '（六）评估人员',
    peopleHeaders: ['序号', '姓名', '角色'],
    assessorRole: '评估人员',
    finalizerRole: '定稿签署人'
  },
  institution: {
    facts: '（一）基本情况',
    systems: '（二）关键信息系统',
    systemHeaders: ['序号', '系统名称', '系统类别', '实时/交易时段', '服务时间'],
    systemCount: '关键系统数量',
    systemClasses: ['第一类', '第二类', '第三类', '第四类', '第五类'],
    unclassified: '未分类',
    bankLine: '{title}（{id} {version}）',
    notes: '评估说明'
  },
  results: {
    overall: '（一）总体结果',
    score: '综合得分',
    level: '总体等级',
    factorIndex: '稳定性评价要素指数',
    completion: '完成度',
    completionText: '{percent}（题目 {qDone}/{qTotal}，评价要素 {fDone}/{fTotal}）',
    gate: '等级说明：{text}',
    pillars: '（二）三大保障',
    pillarHeaders: ['保障', '权重', '得分', '等级', '覆盖度', '完成度'],
    processes: '（三）十大核心过程',
    radarTitle: '十大核心过程综合得分',
    radarCaption: '图1　十大核心过程综合得分雷达图（满分100）',
    series: '综合得分',
    weakest: '得分最低的过程：{list}。',
    sections: '（四）各章节（过程）得分',
    barTitle: '各章节（过程）综合得分',
    barCaption: '图2　各章节（过程）综合得分（满分100）',
    sectionHeaders: ['编号', '章节（过程）', '问卷分', '要素分', '综合分', '等级', '说明'],
    factors: '（五）稳定性评价要素',
    factorHeaders: ['编号', '评价要素', '数值', '目标', '档位', '得分', '达标', '红线'],
    factorNote:
      '数值按要素的显示格式列出，得分保留一位小数；N/A 表示输入不全或无法计算，不按满分计。',
    redLines: '（六）红线',
    redLinesNone: '评估期间未触发红线。',
    redLineClass: { regulatory: '监管红线', internal: '内部红线' },
    systems: '（七）分系统结果',
    notAssessed: '未评估',
    perSystem: {
      intro:
        '以下评价要素按评估所列的关键系统分别计算：每个系统的值按该要素的分档定档，要素值由各系统的值按表上所列的合并方式得出。',
      noFactors: '本次评估所用题库没有按系统计算的评价要素。',
      noSystems: '评估未列出适用的关键系统，按系统计算的评价要素（{list}）为 N/A。',
      factorTitle: '{id} {name}',
      rule: '适用系统：{selection}；合并方式：{rule}。要素值 {value}，{band}档。',
      binding: '要素值取自“{system}”。',
      rules: {
        min: '取各系统最低值',
        max: '取各系统最高值',
        classWeightedMin: '按系统类别折算后取最低值',
        sum: '各系统合计',
        mean: '各系统平均'
      },
      selections: { all: '全部关键系统', realTime: '实时/交易时段系统' },
      headers: ['系统', '系统类别', '系统值', '档位', '达标', '红线', '说明'],
      adjustedHeader: '类别折算值',
      bindingMark: '决定要素值',
      sample: '{n}/{N}'
    }
  },
  findings: {
    intro:
      '以下为评估发现的差距，按优先级（权重 × 差距）排序；风险等级按红线、关键项和优先级确定（见附件4），评估人员调整的注明理由。',
    none: '本次评估未发现差距。',
    headers: [
      '编号',
      '维度/过程',
      '问题描述',
      '依据',
      '风险等级',
      '整改建议',
      '期限',
      '责任部门',
      '整改状态'
    ],
    riskReason: '{level}\n（调整理由：{reason}）',
    tags: { repeat: '【重复问题】', overdue: '【逾期】', carried: '【上期结转】' }
  },
  recommendations: {
    urgent: '（一）紧急整改事项',
    urgentTag: '【紧急整改】',
    medium: '（二）一般整改事项',
    low: '（三）持续改进事项',
    lowSummary: '其余 {n} 项低风险问题见第四章问题清单，建议纳入日常改进计划。',
    none: '无。',
    item: '{n}. {tag}{title}（{where}）：{action}期限：{due}；责任部门：{owner}。',
    defaultAction: '对照该项要求制定整改措施并落实，整改后补充证据并复核确认。',
    noDue: '待定',
    noOwner: '待定'
  },
  annexes: {
    details: '附件1　评估明细',
    detailHeaders: ['题号', '题目', '答案', '状态', '得分', '证据', '备注'],
    evidence: '附件2　证据索引',
    evidenceHeaders: ['编号', '证据', '类型与位置', '关联评估项', 'SHA-256'],
    evidenceNone: '本次评估未登记证据。',
    evidenceKinds: { file: '文件', reference: '资料引用' },
    feedback: '附件3　被评估单位反馈（事实确认）',
    feedbackIntro:
      '被评估单位对问题清单逐项反馈的意见、说明和整改计划，经评估组确认后录入；未反馈的问题不列出。',
    feedbackNone: '被评估单位尚未反馈。',
    feedbackHeaders: ['编号', '问题', '意见', '说明', '整改计划', '计划完成日期', '反馈人'],
    method: '附件4　计分方法',
    methodProfile: '计分方案：{name}（{id} {version}）。{description}',
    methodLevels: '成熟度等级',
    methodWeights: '支柱与章节权重',
    methodGates: '等级闸门与计算规则',
    methodRules: [
      '1. 项得分：成熟度 L0–L4 依次计 {maturity} 分；是/部分/否计 {ypn} 分；选项、数值和日期题按题库规定计分。不适用项不计入，其余题目的权重自动重新归一；未作答的必答题按 0 分计。',
      '2. 章节（过程）问卷分为其计入题目得分的加权平均；有评价要素的过程，综合分 = {share} × 问卷分 +（1 − {share}）× 要素分，要素分为该过程有得分的评价要素得分的平均；评价要素计分方式：{mode}。',
      '3. 支柱得分为计入章节综合分的加权平均，总分为各支柱得分的加权平均；稳定性评价要素指数为全部有得分的评价要素得分的平均，与总分并列，不计入总分。',
      '4. 等级按显示值（四舍五入到一位小数）对照成熟度等级表确定。关键项闸门：{critical}；红线闸门：{redLine}；覆盖度闸门：{coverage}；无证据成熟度闸门：{unevidenced}。',
      '5. 风险等级：触发红线、关键项差距不小于 50 分或优先级（权重 × 差距）不小于 150 为高；其余关键项或优先级不小于 75 为中；其余为低。'
    ],
    gateState: { on: '启用（{param}）', off: '未启用' },
    review: '附件5　复核与签署记录',
    seal: '定稿签署：{text}；评估内容摘要（SHA-256）：{hash}',
    sealNone: '本评估尚未定稿签署。',
    history: '状态与复核记录',
    historyHeaders: ['时间', '人员', '操作', '说明'],
    historyNone: '暂无状态变更记录。',
    signature: '签字页',
    signatureHeaders: ['角色', '姓名', '签字', '日期'],
    signatureRoles: { assessor: '评估人员', reviewer: '复核人', approver: '审定人' },
    stamp: '评估方（盖章）：　　　　　　　　　　　　被评估机构（盖章）：',
    registers: '附件6　台账明细',
    registersIntro:
      '以下评价要素数据由被评估机构提供的台账计算得出：列出每份台账文件及其 SHA-256 摘要，每项数据计入和剔除的行数，以及剔除的原因和所在行。计入的每一行见评分工作簿“台账明细”工作表。',
    registerFiles: '台账文件',
    registerFileHeaders: ['台账', '文件', 'SHA-256', '行数', '导入时间'],
    registerFigures: '由台账计算的要素数据',
    registerFigureHeaders: [
      '要素',
      '数据项',
      '系统',
      '口径',
      '台账计算值',
      '采用值',
      '计入行数',
      '剔除行数',
      '覆盖原因'
    ],
    registerExclusions: '剔除的行及原因',
    registerExclusionHeaders: ['要素', '数据项', '剔除原因', '行数', '所在行'],
    registerExclusionsNone: '各项数据均未剔除台账行。',
    registerAllSystems: '全部系统',
    registerReasonOutsidePeriod: '不在评估期内',
    registerReasonNegative: '时长为负',
    registerAggregates: {
      count: '计数',
      countSystems: '系统数',
      sum: '合计',
      mean: '平均值',
      min: '最小值',
      max: '最大值'
    },
    registerRows: '{sheet} 第 {rows} 行',
    registerRowsMore: '等，共 {count} 行'
  },
  narrative: {
    overview:
      '为评价{institution}信息系统稳定性保障体系的建设与运行情况，评估组依据{basis}等文件，对{start}至{end}期间的组织保障、制度保障和过程保障（十大核心过程）开展了评估。本次评估覆盖{systems}个关键信息系统，采用问卷核查、资料调阅、人员访谈和量化评价要素测算相结合的方法，共评估{questions}个题目、{factors}项评价要素。',
    conclusionLevel: '综合得分{score}分，总体等级为{level}。',
    conclusionWithheld: '综合得分{score}分，本次暂不评定总体等级：{reason}',
    conclusionNoScore: '评估项尚未作答，暂无综合得分和总体等级。',
    conclusionPillars: '三大保障中，{list}。',
    conclusionWeak: '得分较低、需优先改进的过程为{list}。',
    conclusionRedLines: '评估期间触发红线{n}项：{list}，总体等级因此受到限制。',
    conclusionNoRedLines: '评估期间未触发红线。',
    conclusionFindings:
      '共发现差距{n}项，其中高风险{high}项、中风险{medium}项、低风险{low}项，详见第四章问题清单。',
    conclusionDraft: '本评估尚未定稿，上述结论可能随评估内容变化。',
    recommendations:
      '针对评估发现的问题，建议被评估机构按风险等级分步整改：高风险（含触发红线的）问题列为紧急整改事项，明确责任部门和完成期限，尽快整改并复核确认；中风险问题纳入年度整改计划；低风险问题纳入日常持续改进。整改完成后应补充证据，并在下一评估周期复核。',
    recommendationsNone:
      '本次评估未发现需要整改的差距，建议保持现有稳定性保障措施，并在下一评估周期持续监测。'
  }
}
