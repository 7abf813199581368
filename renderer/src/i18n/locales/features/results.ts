/** Messages of the results feature. */
export const zhCN = {
  title: '$t(workspace.nav.results)',
  intro: '得分随作答实时计算。等级封顶、暂缓评定与红线的依据见下文说明。',
  overall: {
    score: '总体得分',
    level: '稳定性保障等级',
    rawLevel: '按得分应为 {{level}}',
    noScore: '尚无得分',
    levelWithheld: '暂缓评定',
    factorIndex: '稳定性评价要素指数',
    factorIndexHint: '全部评价要素得分的算术平均',
    completion: '完成度',
    completionDetail: '题目 {{questions}}，评价要素 {{factors}}',
    gates: '等级说明',
    noGates: '未触发等级封顶或暂缓评定。',
    redLines: '监管红线',
    noRedLines: '未触及监管红线。',
    warnings: '提示 {{count}} 项、错误 {{errors}} 项，详见“$t(workspace.nav.review)”。',
    warningsOnly: '提示 {{count}} 项，详见“$t(workspace.nav.review)”。'
  },
  charts: {
    title: '各部分得分',
    bar: '各维度、部分与过程得分',
    radar: '核心过程得分',
    loading: '正在加载图表…',
    failed: '图表未能加载：{{message}}',
    score: '得分',
    levelLine: '{{code}} 起点'
  },
  table: {
    title: '得分明细',
    name: '维度 / 部分',
    questionnaire: '问卷得分',
    factor: '要素得分',
    combined: '综合得分',
    weight: '权重',
    level: '等级',
    cap: '关键项封顶',
    coverage: '覆盖',
    completion: '完成度',
    excluded: '未计入维度得分',
    capNotBinding: '关键项 {{id}} 为 {{item}}，上限 {{cap}}，未触发',
    coverageValues: {
      sufficient: '充分',
      insufficient: '不足',
      notAssessed: '未评估'
    }
  },
  factors: {
    title: '稳定性评价要素',
    factor: '评价要素',
    process: '所属部分',
    value: '实际值',
    band: '档位',
    score: '得分',
    target: '目标值',
    pass: '达标情况',
    redLine: '红线',
    passYes: '达标',
    passNo: '未达标',
    breached: '已触及监管红线',
    breachedInternal: '已触及内部红线',
    clear: '未触及',
    binding: '最低：{{name}}',
    sample: '{{n}} / {{N}}',
    small: '小样本',
    smallByMisses: '小样本，按缺失数定档',
    perSystem: '各关键系统（{{rule}}）',
    none: '—',
    minutes: '{{value}} 分钟'
  }
} as const

export const enUS = {
  title: '$t(workspace.nav.results)',
  intro:
    'Scores update as you answer. The reasons for any level cap, withheld level or red line are explained below.',
  overall: {
    score: 'Overall score',
    level: 'Stability assurance level',
    rawLevel: 'The score alone gives {{level}}',
    noScore: 'No score yet',
    levelWithheld: 'Withheld',
    factorIndex: 'Evaluation factor index',
    factorIndexHint: 'Unweighted mean of all factor scores',
    completion: 'Completion',
    completionDetail: 'Questions {{questions}}, evaluation factors {{factors}}',
    gates: 'How the level was set',
    noGates: 'No level cap and no withheld level.',
    redLines: 'Regulatory red lines',
    noRedLines: 'No regulatory red line is breached.',
    warnings: '{{count}} warning(s) and {{errors}} error(s): see $t(workspace.nav.review).',
    warningsOnly: '{{count}} warning(s): see $t(workspace.nav.review).'
  },
  charts: {
    title: 'Scores by part',
    bar: 'Pillar, section and process scores',
    radar: 'Core process scores',
    loading: 'Loading charts…',
    failed: 'The charts could not be loaded: {{message}}',
    score: 'Score',
    levelLine: '{{code}} from here'
  },
  table: {
    title: 'Score breakdown',
    name: 'Pillar / section',
    questionnaire: 'Questionnaire',
    factor: 'Factors',
    combined: 'Combined',
    weight: 'Weight',
    level: 'Level',
    cap: 'Critical-item cap',
    coverage: 'Coverage',
    completion: 'Completion',
    excluded: 'Not counted in the pillar score',
    capNotBinding: 'Critical item {{id}} at {{item}}; cap {{cap}} not reached',
    coverageValues: {
      sufficient: 'Sufficient',
      insufficient: 'Insufficient',
      notAssessed: 'Not assessed'
    }
  },
  factors: {
    title: 'Stability evaluation factors',
    factor: 'Factor',
    process: 'Feeds',
    value: 'Value',
    band: 'Band',
    score: 'Score',
    target: 'Target',
    pass: 'Target met',
    redLine: 'Red line',
    passYes: 'Met',
    passNo: 'Not met',
    breached: 'Regulatory red line breached',
    breachedInternal: 'Internal red line breached',
    clear: 'Clear',
    binding: 'Lowest: {{name}}',
    sample: '{{n}} of {{N}}',
    small: 'small sample',
    smallByMisses: 'small sample, banded by misses',
    perSystem: 'Key systems ({{rule}})',
    none: '—',
    minutes: '{{value}} min'
  }
} as const
