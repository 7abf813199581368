import type { IssueTexts } from './texts'

/**
 * A bank's meaning, beyond its schema (bank/semantics/): ids, references between parts, values no
 * answer can take, bands, profiles. `{{what}}` names a part of the bank (a term, terms.ts).
 */
export const bankIssues = {
  notObject: {
    'zh-CN': '题库必须是一个 JSON 对象',
    'en-US': 'a bank must be a JSON object'
  },
  duplicateId: {
    'zh-CN': '{{what}}编号 {{id}} 重复（首次出现在 {{first}}）',
    'en-US': 'duplicate {{what}} id {{id}} (first used at {{first}})'
  },
  unknownDocument: {
    'zh-CN': '引用了不存在的参考文件 {{document}}（题库的 references 中没有）',
    'en-US': "refers to unknown reference document {{document}} (not in the bank's references)"
  },
  notMaturityLevel: {
    'zh-CN': '{{value}} 不是题目 {{question}} 的成熟度等级（等级为 0..4）',
    'en-US': '{{value}} is not a maturity level of question {{question}} (levels are 0..4)'
  },
  notYesPartialNo: {
    'zh-CN':
      '{{value}} 不是“是/部分/否”题 {{question}} 的可选答案（yes、partial、no；“不适用”用 {na: true} 判断）',
    'en-US':
      '{{value}} is not a possible answer to yes/partial/no question {{question}} (yes, partial, no; N/A is tested with {na: true})'
  },
  notOption: {
    'zh-CN': '{{value}} 不是题目 {{question}} 的选项（选项：{{options}}）',
    'en-US': '{{value}} is not an option of question {{question}} (options: {{options}})'
  },
  takesNumber: {
    'zh-CN': '题目 {{question}} 的答案是数字，不能是 {{value}}',
    'en-US': 'question {{question}} takes a number, not {{value}}'
  },
  belowQuestionMin: {
    'zh-CN': '{{value}} 低于题目 {{question}} 的下限（{{min}}）',
    'en-US': '{{value}} is below the minimum ({{min}}) of question {{question}}'
  },
  aboveQuestionMax: {
    'zh-CN': '{{value}} 高于题目 {{question}} 的上限（{{max}}）',
    'en-US': '{{value}} is above the maximum ({{max}}) of question {{question}}'
  },
  notPercentage: {
    'zh-CN': '{{value}} 不是题目 {{question}} 的百分数（0..100）',
    'en-US': '{{value}} is not a percentage (0..100) for question {{question}}'
  },
  takesDate: {
    'zh-CN': '题目 {{question}} 的答案是 YYYY-MM-DD 格式的日期，不能是 {{value}}',
    'en-US': 'question {{question}} takes a date as YYYY-MM-DD, not {{value}}'
  },
  takesText: {
    'zh-CN': '题目 {{question}} 的答案是文本，不能是 {{value}}',
    'en-US': 'question {{question}} takes text, not {{value}}'
  },
  evidenceHasNoValue: {
    'zh-CN': '题目 {{question}} 是证据类题目，没有答案取值；请用 answered/unanswered 判断',
    'en-US':
      'question {{question}} is an evidence request and has no answer value; test it with answered/unanswered'
  },
  conditionOnItself: {
    'zh-CN': '引用了题目自身（{{question}}）：题目的显示条件不能取决于它自己的答案',
    'en-US':
      'refers to the question itself ({{question}}); a question cannot depend on its own answer'
  },
  unknownQuestion: {
    'zh-CN': '引用了不存在的题目 {{question}}',
    'en-US': 'refers to unknown question {{question}}'
  },
  comparisonNeedsNumber: {
    'zh-CN': '“{{op}}”需要数值型答案，但 {{question}} 是 {{type}} 类型的题目',
    'en-US': '"{{op}}" needs a numeric answer, but {{question}} is a {{type}} question'
  },
  comparedValue: {
    'zh-CN': '{{op}} {{value}}：{{problem}}',
    'en-US': '{{op}} {{value}}: {{problem}}'
  },
  naNotAllowed: {
    'zh-CN': '判断了“不适用”，但题目 {{question}} 不允许选择“不适用”（allowNA 为 false）',
    'en-US': 'tests N/A, but question {{question}} does not allow N/A (allowNA is false)'
  },
  minAboveMax: {
    'zh-CN': '下限（{{min}}）大于上限（{{max}}）',
    'en-US': 'min ({{min}}) is greater than max ({{max}})'
  },
  redLineOnType: {
    'zh-CN': '{{type}} 类型的题目不能设置红线',
    'en-US': 'a red line cannot be set on a {{type}} question'
  },
  percentTargetAbove100: {
    'zh-CN': '百分数的目标值最多为 100，不能是 {{target}}',
    'en-US': 'a percentage target is at most 100, not {{target}}'
  },
  skipLogicCycle: {
    'zh-CN': '显示条件形成循环：{{cycle}}',
    'en-US': 'skip logic forms a cycle: {{cycle}}'
  },
  lastThresholdNotNull: {
    'zh-CN': '最后一档兜底其余所有情况，其阈值必须为 null',
    'en-US': 'the last band catches everything else; its threshold must be null'
  },
  nullThresholdNotLast: {
    'zh-CN': '只有最后一档的阈值可以为 null',
    'en-US': 'only the last band may have a null threshold'
  },
  thresholdsMustFall: {
    'zh-CN': '越高越好时，各档阈值必须逐档下降（{{current}} 不低于 {{previous}}）',
    'en-US':
      'thresholds must fall from band to band when higher is better ({{current}} is not below {{previous}})'
  },
  thresholdsMustRise: {
    'zh-CN': '越低越好时，各档阈值必须逐档上升（{{current}} 不高于 {{previous}}）',
    'en-US':
      'thresholds must rise from band to band when lower is better ({{current}} is not above {{previous}})'
  },
  worseBandScoresMore: {
    'zh-CN': '较差的档位得分不能高于较好的档位（{{score}} > {{previous}}）',
    'en-US': 'a worse band cannot score more than a better one ({{score}} > {{previous}})'
  },
  unknownInput: {
    'zh-CN': '引用了评价要素 {{factor}} 不存在的输入项 {{input}}',
    'en-US': 'refers to unknown input {{input}} of factor {{factor}}'
  },
  unknownSection: {
    'zh-CN': '计入的章节 {{section}} 不存在',
    'en-US': 'feeds unknown section {{section}}'
  },
  percentTargetFraction: {
    'zh-CN': '{{value}} 超出 0..1：百分比类要素以小数表示（95% 写作 0.95）',
    'en-US': '{{value}} is outside 0..1; percent factors are fractions (write 0.95 for 95%)'
  },
  percentThresholdFraction: {
    'zh-CN': '{{value}} 超出 0..1：百分比类要素以小数表示（90% 写作 0.9）',
    'en-US': '{{value}} is outside 0..1; percent factors are fractions (write 0.9 for 90%)'
  },
  expressionSyntax: {
    'zh-CN': '公式无法解析：{{problem}}（第 {{position}} 个字符处）',
    'en-US': 'does not parse: {{problem}} (at character {{position}})'
  },
  bandGrade: {
    'zh-CN': '此处应为 {{expected}} 档：各档按 A、B、C、D、E 依次排列',
    'en-US': 'expected grade {{expected}} here; bands run A, B, C, D, E in that order'
  },
  compareNotNumeric: {
    'zh-CN': '比较的是数值，但 {{question}} 是 {{type}} 类型的题目',
    'en-US': 'compares a number, but {{question}} is a {{type}} question'
  },
  unknownFactor: {
    'zh-CN': '引用了不存在的评价要素 {{factor}}',
    'en-US': 'refers to unknown factor {{factor}}'
  },
  twoConstants: {
    'zh-CN': '比较的两边都是常量：该规则永远不取决于答案',
    'en-US': 'compares two constants; the rule would never depend on an answer'
  },
  sectionsWeighZero: {
    'zh-CN': '支柱 {{pillar}} 下各章节的权重都为 0',
    'en-US': 'the sections of pillar {{pillar}} all weigh 0'
  },
  levelOrder: {
    'zh-CN': '此处应为等级 {{level}}：等级按 L0..L4 依次排列',
    'en-US': 'expected level {{level}}; levels run L0..L4 in order'
  },
  levelCode: {
    'zh-CN': '此处应为“L{{level}}”：等级按 L0..L4 依次排列',
    'en-US': 'expected "L{{level}}"; levels run L0..L4 in order'
  },
  firstLevelFromZero: {
    'zh-CN': 'L0 的起点必须为 0，每个得分才都有对应等级',
    'en-US': 'L0 must start at 0 so that every score has a level'
  },
  minScoreRising: {
    'zh-CN': '必须高于上一等级的 minScore（{{minScore}} 不高于 {{previous}}）',
    'en-US': "must be above the previous level's minScore ({{minScore}} is not above {{previous}})"
  },
  itemScoreRange: {
    'zh-CN': '单项得分应在 0..100 之间，不能是 {{score}}',
    'en-US': 'an item score is 0..100, not {{score}}'
  },
  higherLevelScoresLess: {
    'zh-CN': '较高等级的得分不能更低（{{score}} < {{previous}}）',
    'en-US': 'a higher level cannot score less ({{score}} < {{previous}})'
  },
  yesPartialNoOrder: {
    'zh-CN': '得分须满足 yes ≥ partial ≥ no',
    'en-US': 'scores must satisfy yes ≥ partial ≥ no'
  },
  gateChangesNothing: {
    'zh-CN': '必须低于 minLevel（{{minLevel}}），否则该门槛不起作用',
    'en-US': 'must be below minLevel ({{minLevel}}), or the gate changes nothing'
  },
  unknownDefaultProfile: {
    'zh-CN': '指定的计分方案 {{profile}} 不存在（现有计分方案：{{profiles}}）',
    'en-US': 'names unknown profile {{profile}} (profiles: {{profiles}})'
  },
  unknownWeighted: {
    'zh-CN': '指定的{{what}} {{id}} 不存在',
    'en-US': 'names unknown {{what}} {{id}}'
  },
  missingWeight: {
    'zh-CN': '{{what}} {{id}} 没有权重',
    'en-US': 'no weight for {{what}} {{id}}'
  },
  classWeightsNeeded: {
    'zh-CN': '按系统类别加权的最小值需要 classWeights（每个类别一个权重，第一类 … 第五类）',
    'en-US': 'a class-weighted minimum needs classWeights (one weight per class, 第一类 … 第五类)'
  },
  classWeightsUnused: {
    'zh-CN': 'classWeights 只用于合并方式 "classWeightedMin"，不用于 {{combine}}',
    'en-US': 'classWeights are used only by combine "classWeightedMin", not {{combine}}'
  },
  classWeightPositive: {
    'zh-CN': '类别权重必须为正数，不能是 {{weight}}',
    'en-US': 'a class weight is positive, not {{weight}}'
  },
  classWeightedNeedsHigher: {
    'zh-CN': '按类别加权的最小值按低于目标值的差距缩放，只适用于越高越好的评价要素',
    'en-US':
      'a class-weighted minimum scales shortfalls below the target; it needs a higher-is-better factor'
  },
  smallSampleNeedsRatio: {
    'zh-CN': '小样本规则统计比率的未达数（分子/分母）；此评价要素的公式是 {{kind}}',
    'en-US':
      'the small-sample rule counts misses of a ratio (numerator of denominator); this factor is {{kind}}'
  },
  smallSamplePerSystem: {
    'zh-CN': '小样本规则用于全公司填报一次的评价要素；按系统填报的要素改为合并各系统',
    'en-US':
      'the small-sample rule is for a factor entered once; a per-system factor combines systems instead'
  },
  missBandsFall: {
    'zh-CN': '各档允许的未达数不能逐档减少（{{before}} 之后是 {{misses}}）',
    'en-US': 'misses allowed must not fall from band to band ({{before}} before {{misses}})'
  },
  noSuchInput: {
    'zh-CN': '评价要素 {{factor}} 没有输入项 {{input}}',
    'en-US': 'factor {{factor}} has no input {{input}}'
  },
  redLineInputPerSystem: {
    'zh-CN': '针对输入项的红线只能设在全公司填报一次的评价要素上，不能设在按系统填报的要素上',
    'en-US': 'a red line on an input needs a factor entered once, not per system'
  },
  noFactorShare: {
    'zh-CN': '没有评价要素计入 {{section}}，无需设置评价要素占比',
    'en-US': 'no factor feeds {{section}}, so it has no factor share to set'
  },
  alreadyReplaced: {
    'zh-CN': '{{what}} {{id}} 已在 {{first}} 被替代',
    'en-US': '{{what}} {{id}} is already replaced at {{first}}'
  },
  replacesCurrentQuestion: {
    'zh-CN': '{{id}} 是本题库中的题目；replaces 应填写早期版本中已停用的编号（或本题自身）',
    'en-US':
      '{{id}} is a question of this bank; replaces names an id retired from an earlier version (or the question itself)'
  },
  replacesCurrentFactor: {
    'zh-CN': '{{id}} 是本题库中的评价要素；replaces 应填写早期版本中已停用的编号（或本要素自身）',
    'en-US':
      '{{id}} is a factor of this bank; replaces names an id retired from an earlier version (or the factor itself)'
  }
} satisfies Record<string, IssueTexts>
