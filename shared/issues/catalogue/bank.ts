import { bilingual, type IssueTexts } from './texts'

/**
 * A bank's meaning, beyond its schema (bank/semantics/): ids, references between parts, values no
 * answer can take, bands, profiles. `{{what}}` names a part of the bank (a term, terms.ts).
 */
export const bankIssues = {
  notObject: bilingual('题库必须是一个 JSON 对象', 'a bank must be a JSON object'),
  duplicateId: bilingual(
    '{{what}}编号 {{id}} 重复（首次出现在 {{first}}）',
    'duplicate {{what}} id {{id}} (first used at {{first}})'
  ),
  unknownDocument: bilingual(
    '引用了不存在的参考文件 {{document}}（题库的 references 中没有）',
    "refers to unknown reference document {{document}} (not in the bank's references)"
  ),
  notMaturityLevel: bilingual(
    '{{value}} 不是题目 {{question}} 的成熟度等级（等级为 0..4）',
    '{{value}} is not a maturity level of question {{question}} (levels are 0..4)'
  ),
  notYesPartialNo: bilingual(
    '{{value}} 不是“是/部分/否”题 {{question}} 的可选答案（yes、partial、no；“不适用”用 {na: true} 判断）',
    '{{value}} is not a possible answer to yes/partial/no question {{question}} (yes, partial, no; N/A is tested with {na: true})'
  ),
  notOption: bilingual(
    '{{value}} 不是题目 {{question}} 的选项（选项：{{options}}）',
    '{{value}} is not an option of question {{question}} (options: {{options}})'
  ),
  takesNumber: bilingual(
    '题目 {{question}} 的答案是数字，不能是 {{value}}',
    'question {{question}} takes a number, not {{value}}'
  ),
  belowQuestionMin: bilingual(
    '{{value}} 低于题目 {{question}} 的下限（{{min}}）',
    '{{value}} is below the minimum ({{min}}) of question {{question}}'
  ),
  aboveQuestionMax: bilingual(
    '{{value}} 高于题目 {{question}} 的上限（{{max}}）',
    '{{value}} is above the maximum ({{max}}) of question {{question}}'
  ),
  notPercentage: bilingual(
    '{{value}} 不是题目 {{question}} 的百分数（0..100）',
    '{{value}} is not a percentage (0..100) for question {{question}}'
  ),
  takesDate: bilingual(
    '题目 {{question}} 的答案是 YYYY-MM-DD 格式的日期，不能是 {{value}}',
    'question {{question}} takes a date as YYYY-MM-DD, not {{value}}'
  ),
  takesText: bilingual(
    '题目 {{question}} 的答案是文本，不能是 {{value}}',
    'question {{question}} takes text, not {{value}}'
  ),
  evidenceHasNoValue: bilingual(
    '题目 {{question}} 是证据类题目，没有答案取值；请用 answered/unanswered 判断',
    'question {{question}} is an evidence request and has no answer value; test it with answered/unanswered'
  ),
  conditionOnItself: bilingual(
    '引用了题目自身（{{question}}）：题目的显示条件不能取决于它自己的答案',
    'refers to the question itself ({{question}}); a question cannot depend on its own answer'
  ),
  unknownQuestion: bilingual(
    '引用了不存在的题目 {{question}}',
    'refers to unknown question {{question}}'
  ),
  comparisonNeedsNumber: bilingual(
    '“{{op}}”需要数值型答案，但 {{question}} 是 {{type}} 类型的题目',
    '"{{op}}" needs a numeric answer, but {{question}} is a {{type}} question'
  ),
  comparedValue: bilingual('{{op}} {{value}}：{{problem}}', '{{op}} {{value}}: {{problem}}'),
  naNotAllowed: bilingual(
    '判断了“不适用”，但题目 {{question}} 不允许选择“不适用”（allowNA 为 false）',
    'tests N/A, but question {{question}} does not allow N/A (allowNA is false)'
  ),
  minAboveMax: bilingual(
    '下限（{{min}}）大于上限（{{max}}）',
    'min ({{min}}) is greater than max ({{max}})'
  ),
  redLineOnType: bilingual(
    '{{type}} 类型的题目不能设置红线',
    'a red line cannot be set on a {{type}} question'
  ),
  percentTargetAbove100: bilingual(
    '百分数的目标值最多为 100，不能是 {{target}}',
    'a percentage target is at most 100, not {{target}}'
  ),
  skipLogicCycle: bilingual('显示条件形成循环：{{cycle}}', 'skip logic forms a cycle: {{cycle}}'),
  lastThresholdNotNull: bilingual(
    '最后一档兜底其余所有情况，其阈值必须为 null',
    'the last band catches everything else; its threshold must be null'
  ),
  nullThresholdNotLast: bilingual(
    '只有最后一档的阈值可以为 null',
    'only the last band may have a null threshold'
  ),
  thresholdsMustFall: bilingual(
    '越高越好时，各档阈值必须逐档下降（{{current}} 不低于 {{previous}}）',
    'thresholds must fall from band to band when higher is better ({{current}} is not below {{previous}})'
  ),
  thresholdsMustRise: bilingual(
    '越低越好时，各档阈值必须逐档上升（{{current}} 不高于 {{previous}}）',
    'thresholds must rise from band to band when lower is better ({{current}} is not above {{previous}})'
  ),
  worseBandScoresMore: bilingual(
    '较差的档位得分不能高于较好的档位（{{score}} > {{previous}}）',
    'a worse band cannot score more than a better one ({{score}} > {{previous}})'
  ),
  unknownInput: bilingual(
    '引用了评价要素 {{factor}} 不存在的输入项 {{input}}',
    'refers to unknown input {{input}} of factor {{factor}}'
  ),
  unknownSection: bilingual('计入的章节 {{section}} 不存在', 'feeds unknown section {{section}}'),
  percentTargetFraction: bilingual(
    '{{value}} 超出 0..1：百分比类要素以小数表示（95% 写作 0.95）',
    '{{value}} is outside 0..1; percent factors are fractions (write 0.95 for 95%)'
  ),
  percentThresholdFraction: bilingual(
    '{{value}} 超出 0..1：百分比类要素以小数表示（90% 写作 0.9）',
    '{{value}} is outside 0..1; percent factors are fractions (write 0.9 for 90%)'
  ),
  expressionSyntax: bilingual(
    '公式无法解析：{{problem}}（第 {{position}} 个字符处）',
    'does not parse: {{problem}} (at character {{position}})'
  ),
  bandGrade: bilingual(
    '此处应为 {{expected}} 档：各档按 A、B、C、D、E 依次排列',
    'expected grade {{expected}} here; bands run A, B, C, D, E in that order'
  ),
  compareNotNumeric: bilingual(
    '比较的是数值，但 {{question}} 是 {{type}} 类型的题目',
    'compares a number, but {{question}} is a {{type}} question'
  ),
  unknownFactor: bilingual(
    '引用了不存在的评价要素 {{factor}}',
    'refers to unknown factor {{factor}}'
  ),
  twoConstants: bilingual(
    '比较的两边都是常量：该规则永远不取决于答案',
    'compares two constants; the rule would never depend on an answer'
  ),
  sectionsWeighZero: bilingual(
    '支柱 {{pillar}} 下各章节的权重都为 0',
    'the sections of pillar {{pillar}} all weigh 0'
  ),
  levelOrder: bilingual(
    '此处应为等级 {{level}}：等级按 L0..L4 依次排列',
    'expected level {{level}}; levels run L0..L4 in order'
  ),
  levelCode: bilingual(
    '此处应为“L{{level}}”：等级按 L0..L4 依次排列',
    'expected "L{{level}}"; levels run L0..L4 in order'
  ),
  firstLevelFromZero: bilingual(
    'L0 的起点必须为 0，每个得分才都有对应等级',
    'L0 must start at 0 so that every score has a level'
  ),
  minScoreRising: bilingual(
    '必须高于上一等级的 minScore（{{minScore}} 不高于 {{previous}}）',
    "must be above the previous level's minScore ({{minScore}} is not above {{previous}})"
  ),
  itemScoreRange: bilingual(
    '单项得分应在 0..100 之间，不能是 {{score}}',
    'an item score is 0..100, not {{score}}'
  ),
  higherLevelScoresLess: bilingual(
    '较高等级的得分不能更低（{{score}} < {{previous}}）',
    'a higher level cannot score less ({{score}} < {{previous}})'
  ),
  yesPartialNoOrder: bilingual(
    '得分须满足 yes ≥ partial ≥ no',
    'scores must satisfy yes ≥ partial ≥ no'
  ),
  gateChangesNothing: bilingual(
    '必须低于 minLevel（{{minLevel}}），否则该门槛不起作用',
    'must be below minLevel ({{minLevel}}), or the gate changes nothing'
  ),
  unknownDefaultProfile: bilingual(
    '指定的计分方案 {{profile}} 不存在（现有计分方案：{{profiles}}）',
    'names unknown profile {{profile}} (profiles: {{profiles}})'
  ),
  unknownWeighted: bilingual('指定的{{what}} {{id}} 不存在', 'names unknown {{what}} {{id}}'),
  missingWeight: bilingual('{{what}} {{id}} 没有权重', 'no weight for {{what}} {{id}}'),
  classWeightsNeeded: bilingual(
    '按系统类别加权的最小值需要 classWeights（每个类别一个权重，第一类 … 第五类）',
    'a class-weighted minimum needs classWeights (one weight per class, 第一类 … 第五类)'
  ),
  classWeightsUnused: bilingual(
    'classWeights 只用于合并方式 "classWeightedMin"，不用于 {{combine}}',
    'classWeights are used only by combine "classWeightedMin", not {{combine}}'
  ),
  classWeightPositive: bilingual(
    '类别权重必须为正数，不能是 {{weight}}',
    'a class weight is positive, not {{weight}}'
  ),
  classWeightedNeedsHigher: bilingual(
    '按类别加权的最小值按低于目标值的差距缩放，只适用于越高越好的评价要素',
    'a class-weighted minimum scales shortfalls below the target; it needs a higher-is-better factor'
  ),
  smallSampleNeedsRatio: bilingual(
    '小样本规则统计比率的未达数（分子/分母）；此评价要素的公式是 {{kind}}',
    'the small-sample rule counts misses of a ratio (numerator of denominator); this factor is {{kind}}'
  ),
  smallSamplePerSystem: bilingual(
    '小样本规则用于全公司填报一次的评价要素；按系统填报的要素改为合并各系统',
    'the small-sample rule is for a factor entered once; a per-system factor combines systems instead'
  ),
  missBandsFall: bilingual(
    '各档允许的未达数不能逐档减少（{{before}} 之后是 {{misses}}）',
    'misses allowed must not fall from band to band ({{before}} before {{misses}})'
  ),
  noSuchInput: bilingual(
    '评价要素 {{factor}} 没有输入项 {{input}}',
    'factor {{factor}} has no input {{input}}'
  ),
  redLineInputPerSystem: bilingual(
    '针对输入项的红线只能设在全公司填报一次的评价要素上，不能设在按系统填报的要素上',
    'a red line on an input needs a factor entered once, not per system'
  ),
  noFactorShare: bilingual(
    '没有评价要素计入 {{section}}，无需设置评价要素占比',
    'no factor feeds {{section}}, so it has no factor share to set'
  ),
  alreadyReplaced: bilingual(
    '{{what}} {{id}} 已在 {{first}} 被替代',
    '{{what}} {{id}} is already replaced at {{first}}'
  ),
  replacesCurrentQuestion: bilingual(
    '{{id}} 是本题库中的题目；replaces 应填写早期版本中已停用的编号（或本题自身）',
    '{{id}} is a question of this bank; replaces names an id retired from an earlier version (or the question itself)'
  ),
  replacesCurrentFactor: bilingual(
    '{{id}} 是本题库中的评价要素；replaces 应填写早期版本中已停用的编号（或本要素自身）',
    '{{id}} is a factor of this bank; replaces names an id retired from an earlier version (or the factor itself)'
  )
} satisfies Record<string, IssueTexts>
