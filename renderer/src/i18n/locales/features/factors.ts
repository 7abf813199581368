/** Messages of the factors feature: entering the evaluation factors' inputs and seeing their result. */
export const zhCN = {
  title: '$t(workspace.nav.factors)',
  intro:
    '按统计期内的台账与系统记录填写各项数据，填写即自动保存。实际值、档位与得分随填写实时计算；数据前后矛盾（如分子大于分母）时该要素按“不适用”处理，直至修正。',
  group: '{{id}} {{title}}',
  inputs: '填写数据',
  value: '实际值',
  band: '档位',
  score: '得分',
  target: '目标值',
  result: '结果',
  pass: '达标',
  fail: '未达标',
  notAvailable: '暂无',
  redLine: '红线',
  redLineBreached: '触及监管红线：{{message}}',
  internalRedLineBreached: '触及内部红线（非监管要求）：{{message}}',
  binding: '最低：{{name}}',
  sample: '{{n}} / {{N}}',
  smallSample: '小样本（少于 {{minN}}）',
  smallSampleByMisses: '小样本（少于 {{minN}}），按缺失 {{misses}} 个定档',
  redLineClear: '未触及红线',
  details: '定义与依据',
  definition: '定义与口径',
  basis: '设定依据',
  minutes: '{{value}} 分钟',
  integer: '整数',
  min: '不小于 {{min}}',
  notANumber: '请输入数字',
  status: {
    ok: '已计算',
    missingInputs: '数据未填全',
    invalidInputs: '数据无效',
    constraintViolated: '数据前后矛盾',
    undefined: '无法计算（分母为零）',
    formulaError: '题库公式错误',
    noSystems: '未列出适用的关键系统'
  },
  issues: {
    error: '错误',
    warning: '提示'
  }
} as const

export const enUS = {
  title: '$t(workspace.nav.factors)',
  intro:
    'Enter each figure from the logs and system records of the period; every entry saves itself. Value, band and score update as you type. If figures contradict each other (e.g. a numerator above its denominator), the factor counts as N/A until corrected.',
  group: '{{id}} {{title}}',
  inputs: 'Figures',
  value: 'Value',
  band: 'Band',
  score: 'Score',
  target: 'Target',
  result: 'Result',
  pass: 'Met',
  fail: 'Not met',
  notAvailable: 'N/A',
  redLine: 'Red line',
  redLineBreached: 'Regulatory red line breached: {{message}}',
  internalRedLineBreached: 'Internal red line breached (not a regulatory requirement): {{message}}',
  binding: 'Lowest: {{name}}',
  sample: '{{n}} of {{N}}',
  smallSample: 'Small sample (under {{minN}})',
  smallSampleByMisses: 'Small sample (under {{minN}}): banded by {{misses}} missed',
  redLineClear: 'No red line breached',
  details: 'Definition and basis',
  definition: 'Definition and scope',
  basis: 'Basis',
  minutes: '{{value}} min',
  integer: 'Whole number',
  min: 'At least {{min}}',
  notANumber: 'Enter a number',
  status: {
    ok: 'Computed',
    missingInputs: 'Figures missing',
    invalidInputs: 'Invalid figures',
    constraintViolated: 'Figures contradict each other',
    undefined: 'Cannot be computed (zero denominator)',
    formulaError: 'Error in the bank formula',
    noSystems: 'No key system it applies to'
  },
  issues: {
    error: 'Error',
    warning: 'Warning'
  }
} as const
