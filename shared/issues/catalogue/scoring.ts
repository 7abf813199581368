import { bilingual, type IssueTexts } from './texts'

/**
 * What the scoring engine reports about an assessment or its bank while scoring (ScoringIssue
 * messages: shared/scoring/plan.ts, score-answers.ts, score-questions.ts, score-factors.ts,
 * warnings.ts), and the note on a maturity answer scored lower for want of evidence. The English
 * is what the engine has always said (the report, the command line and the tests read it).
 */
export const scoringIssues = {
  unknownQuestion: bilingual(
    '题库中没有题目 {{question}}，该答案未参与计分',
    'The bank has no question {{question}}; the answer is ignored'
  ),
  duplicateAnswer: bilingual(
    '{{question}} 有多个答案，以第一个为准',
    '{{question}} has more than one answer; the first one is used'
  ),
  invalidValue: bilingual(
    '{{question}} 的答案无效（{{problem}}），按未作答处理',
    '{{question}}: the answer is invalid ({{problem}}); treated as unanswered'
  ),
  naNotAllowed: bilingual(
    '{{question}} 不允许选择“不适用”，按未作答处理',
    '{{question}} does not allow N/A; treated as unanswered'
  ),
  naWithoutJustification: bilingual(
    '{{question}} 选择“不适用”但未填写理由，按未作答处理',
    '{{question}} is marked N/A without a justification; treated as unanswered'
  ),
  invalidPeriodEnd: bilingual(
    '评估期末日期缺失或无效，日期题无法计分（按 0 分计）',
    'The assessment period has no valid end date, so date questions cannot be scored (counted as 0)'
  ),
  dateAfterPeriodEnd: bilingual(
    '{{question}} 的日期晚于评估期末 {{periodEnd}}',
    '{{question}}: the date is after the period end {{periodEnd}}'
  ),
  unevidenced: bilingual(
    '{{question}}：答 {{answered}} 但未提供证据，按 {{scoredAs}} 计分',
    '{{question}}: answered {{answered}} without evidence; scored as {{scoredAs}}'
  ),
  unknownFactor: bilingual(
    '题库中没有评价要素 {{factor}}，该数据未参与计分',
    'The bank has no factor {{factor}}; its inputs are ignored'
  ),
  duplicateFactorEntry: bilingual(
    '评价要素 {{factor}} 有多组数据，以第一组为准',
    'Factor {{factor}} has more than one entry; the first one is used'
  ),
  questionIdTwice: bilingual('题号 {{question}} 重复', 'Question id {{question}} is used twice'),
  factorIdTwice: bilingual('要素编号 {{factor}} 重复', 'Factor id {{factor}} is used twice'),
  skipLogicUnknown: bilingual(
    '{{question}} 的显示条件引用了不存在的题目 {{missing}}',
    '{{question}}: its skip logic names an unknown question {{missing}}'
  ),
  skipLogicLoop: bilingual(
    '{{question}} 的显示条件形成循环，按隐藏处理',
    '{{question}}: its skip logic depends on itself; read as hidden inside the loop'
  ),
  noPillarWeight: bilingual(
    '计分方案 {{profile}} 未给支柱 {{pillar}} 设权重，按 0 计',
    'Scoring profile {{profile}} has no weight for pillar {{pillar}}; counted as 0'
  ),
  noSectionWeight: bilingual(
    '计分方案 {{profile}} 未给章节 {{section}} 设权重，按 0 计',
    'Scoring profile {{profile}} has no weight for section {{section}}; counted as 0'
  ),
  ruleUnknownQuestion: bilingual(
    '校验规则 {{rule}} 引用了不存在的题目 {{question}}',
    'Consistency rule {{rule}} names an unknown question {{question}}'
  ),
  ruleUnknownInput: bilingual(
    '校验规则 {{rule}} 引用了不存在的要素输入项 {{factor}}.{{input}}',
    'Consistency rule {{rule}} names an unknown factor input {{factor}}.{{input}}'
  ),
  formulaError: bilingual(
    '要素 {{factor}} 的公式无法计算：{{problem}}',
    'Factor {{factor}}: {{problem}}'
  ),
  checkUnknownInput: bilingual(
    '要素 {{factor}} 的校验规则引用了不存在的输入项',
    'Factor {{factor}}: an entry check names an input the factor does not have'
  ),
  feedsUnknownSection: bilingual(
    '要素 {{factor}} 对应的章节 {{section}} 不存在',
    'Factor {{factor}} feeds {{section}}, which is not a section of the bank'
  ),
  inputNotFinite: bilingual(
    '要素 {{owner}} 的输入项 {{input}} 须为有限数值',
    'Factor {{owner}}, input {{input}} must be a finite number'
  ),
  inputNotWhole: bilingual(
    '要素 {{owner}} 的输入项 {{input}} 须为整数',
    'Factor {{owner}}, input {{input}} must be a whole number'
  ),
  inputBelowMin: bilingual(
    '要素 {{owner}} 的输入项 {{input}} 不得小于 {{min}}',
    'Factor {{owner}}, input {{input}} must be at least {{min}}'
  ),
  inputAboveMax: bilingual(
    '要素 {{owner}} 的输入项 {{input}} 不得大于 {{max}}',
    'Factor {{owner}}, input {{input}} must be at most {{max}}'
  ),
  unknownFactorInput: bilingual(
    '要素 {{owner}} 没有输入项 {{input}}，该值未参与计算',
    'Factor {{owner}} has no input {{input}}; the value is ignored'
  ),
  factorConstraint: bilingual(
    '要素 {{owner}}：须满足 {{left}} {{op}} {{right}}（当前 {{leftValue}} 与 {{rightValue}}）',
    'Factor {{owner}}: {{left}} {{op}} {{right}} must hold (entered {{leftValue}} and {{rightValue}})'
  ),
  headWithReasons: bilingual('{{head}}，{{reasons}}', '{{head}}, {{reasons}}'),
  criticalCapped: bilingual(
    '{{head}}，因关键项 {{question}}（{{item}}）封顶为 {{cap}}',
    '{{head}}, capped to {{cap}} by critical item {{question}} ({{item}})'
  ),
  criticalNotBinding: bilingual(
    '{{head}}（关键项 {{question}} 为 {{item}}，上限 {{cap}}，未触发封顶）',
    '{{head}} (critical item {{question}} is {{item}}; cap {{cap}} not binding)'
  ),
  redLineCapped: bilingual(
    '因{{redLines}} {{ids}} 封顶为 {{cap}}',
    'capped to {{cap}} by {{redLines}} {{ids}}'
  ),
  redLineNotBinding: bilingual(
    '{{head}}（已触发{{redLines}} {{ids}}，上限 {{cap}}，未影响评级）',
    '{{head}} ({{redLines}} {{ids}} breached; cap {{cap}} not binding)'
  ),
  redLineBreachedClause: bilingual(
    '已触发{{redLines}} {{ids}}（上限 {{cap}}，未影响评级）',
    '{{redLines}} {{ids}} breached (cap {{cap}} not binding)'
  ),
  internalRedLineClause: bilingual(
    '已触发内部{{redLines}} {{ids}}（非监管红线，不影响评级）',
    'internal {{redLines}} {{ids}} breached (not regulatory; no cap)'
  ),
  coverageWithheld: bilingual(
    '因支柱 {{ids}} 覆盖不足，暂不评定等级',
    'level withheld: pillar {{ids}} has insufficient coverage'
  ),
  coverageWithheldMany: bilingual(
    '因支柱 {{ids}} 覆盖不足，暂不评定等级',
    'level withheld: pillars {{ids}} have insufficient coverage'
  ),
  nothingToScore: bilingual('无可计分内容，不评定等级', 'nothing to score; no level')
} satisfies Record<string, IssueTexts>
