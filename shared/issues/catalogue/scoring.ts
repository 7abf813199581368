import type { IssueTexts } from './texts'

/**
 * What the scoring engine reports about an assessment or its bank while scoring (ScoringIssue
 * messages: shared/scoring/plan.ts, score-answers.ts, score-questions.ts, score-factors.ts,
 * warnings.ts), and the note on a maturity answer scored lower for want of evidence. The English
 * is what the engine has always said (the report, the command line and the tests read it).
 */
export const scoringIssues = {
  unknownQuestion: {
    'zh-CN': '题库中没有题目 {{question}}，该答案未参与计分',
    'en-US': 'The bank has no question {{question}}; the answer is ignored'
  },
  duplicateAnswer: {
    'zh-CN': '{{question}} 有多个答案，以第一个为准',
    'en-US': '{{question}} has more than one answer; the first one is used'
  },
  invalidValue: {
    'zh-CN': '{{question}} 的答案无效（{{problem}}），按未作答处理',
    'en-US': '{{question}}: the answer is invalid ({{problem}}); treated as unanswered'
  },
  naNotAllowed: {
    'zh-CN': '{{question}} 不允许选择“不适用”，按未作答处理',
    'en-US': '{{question}} does not allow N/A; treated as unanswered'
  },
  naWithoutJustification: {
    'zh-CN': '{{question}} 选择“不适用”但未填写理由，按未作答处理',
    'en-US': '{{question}} is marked N/A without a justification; treated as unanswered'
  },
  invalidPeriodEnd: {
    'zh-CN': '评估期末日期缺失或无效，日期题无法计分（按 0 分计）',
    'en-US':
      'The assessment period has no valid end date, so date questions cannot be scored (counted as 0)'
  },
  dateAfterPeriodEnd: {
    'zh-CN': '{{question}} 的日期晚于评估期末 {{periodEnd}}',
    'en-US': '{{question}}: the date is after the period end {{periodEnd}}'
  },
  unevidenced: {
    'zh-CN': '{{question}}：答 {{answered}} 但未提供证据，按 {{scoredAs}} 计分',
    'en-US': '{{question}}: answered {{answered}} without evidence; scored as {{scoredAs}}'
  },
  unknownFactor: {
    'zh-CN': '题库中没有评价要素 {{factor}}，该数据未参与计分',
    'en-US': 'The bank has no factor {{factor}}; its inputs are ignored'
  },
  duplicateFactorEntry: {
    'zh-CN': '评价要素 {{factor}} 有多组数据，以第一组为准',
    'en-US': 'Factor {{factor}} has more than one entry; the first one is used'
  },
  questionIdTwice: {
    'zh-CN': '题号 {{question}} 重复',
    'en-US': 'Question id {{question}} is used twice'
  },
  factorIdTwice: {
    'zh-CN': '要素编号 {{factor}} 重复',
    'en-US': 'Factor id {{factor}} is used twice'
  },
  skipLogicUnknown: {
    'zh-CN': '{{question}} 的显示条件引用了不存在的题目 {{missing}}',
    'en-US': '{{question}}: its skip logic names an unknown question {{missing}}'
  },
  skipLogicLoop: {
    'zh-CN': '{{question}} 的显示条件形成循环，按隐藏处理',
    'en-US': '{{question}}: its skip logic depends on itself; read as hidden inside the loop'
  },
  noPillarWeight: {
    'zh-CN': '计分方案 {{profile}} 未给支柱 {{pillar}} 设权重，按 0 计',
    'en-US': 'Scoring profile {{profile}} has no weight for pillar {{pillar}}; counted as 0'
  },
  noSectionWeight: {
    'zh-CN': '计分方案 {{profile}} 未给章节 {{section}} 设权重，按 0 计',
    'en-US': 'Scoring profile {{profile}} has no weight for section {{section}}; counted as 0'
  },
  ruleUnknownQuestion: {
    'zh-CN': '校验规则 {{rule}} 引用了不存在的题目 {{question}}',
    'en-US': 'Consistency rule {{rule}} names an unknown question {{question}}'
  },
  ruleUnknownInput: {
    'zh-CN': '校验规则 {{rule}} 引用了不存在的要素输入项 {{factor}}.{{input}}',
    'en-US': 'Consistency rule {{rule}} names an unknown factor input {{factor}}.{{input}}'
  },
  formulaError: {
    'zh-CN': '要素 {{factor}} 的公式无法计算：{{problem}}',
    'en-US': 'Factor {{factor}}: {{problem}}'
  },
  checkUnknownInput: {
    'zh-CN': '要素 {{factor}} 的校验规则引用了不存在的输入项',
    'en-US': 'Factor {{factor}}: an entry check names an input the factor does not have'
  },
  feedsUnknownSection: {
    'zh-CN': '要素 {{factor}} 对应的章节 {{section}} 不存在',
    'en-US': 'Factor {{factor}} feeds {{section}}, which is not a section of the bank'
  },
  inputNotFinite: {
    'zh-CN': '要素 {{owner}} 的输入项 {{input}} 须为有限数值',
    'en-US': 'Factor {{owner}}, input {{input}} must be a finite number'
  },
  inputNotWhole: {
    'zh-CN': '要素 {{owner}} 的输入项 {{input}} 须为整数',
    'en-US': 'Factor {{owner}}, input {{input}} must be a whole number'
  },
  inputBelowMin: {
    'zh-CN': '要素 {{owner}} 的输入项 {{input}} 不得小于 {{min}}',
    'en-US': 'Factor {{owner}}, input {{input}} must be at least {{min}}'
  },
  inputAboveMax: {
    'zh-CN': '要素 {{owner}} 的输入项 {{input}} 不得大于 {{max}}',
    'en-US': 'Factor {{owner}}, input {{input}} must be at most {{max}}'
  },
  unknownFactorInput: {
    'zh-CN': '要素 {{owner}} 没有输入项 {{input}}，该值未参与计算',
    'en-US': 'Factor {{owner}} has no input {{input}}; the value is ignored'
  },
  factorConstraint: {
    'zh-CN':
      '要素 {{owner}}：须满足 {{left}} {{op}} {{right}}（当前 {{leftValue}} 与 {{rightValue}}）',
    'en-US':
      'Factor {{owner}}: {{left}} {{op}} {{right}} must hold (entered {{leftValue}} and {{rightValue}})'
  },
  headWithReasons: { 'zh-CN': '{{head}}，{{reasons}}', 'en-US': '{{head}}, {{reasons}}' },
  criticalCapped: {
    'zh-CN': '{{head}}，因关键项 {{question}}（{{item}}）封顶为 {{cap}}',
    'en-US': '{{head}}, capped to {{cap}} by critical item {{question}} ({{item}})'
  },
  criticalNotBinding: {
    'zh-CN': '{{head}}（关键项 {{question}} 为 {{item}}，上限 {{cap}}，未触发封顶）',
    'en-US': '{{head}} (critical item {{question}} is {{item}}; cap {{cap}} not binding)'
  },
  redLineCapped: {
    'zh-CN': '因{{redLines}} {{ids}} 封顶为 {{cap}}',
    'en-US': 'capped to {{cap}} by {{redLines}} {{ids}}'
  },
  redLineNotBinding: {
    'zh-CN': '{{head}}（已触发{{redLines}} {{ids}}，上限 {{cap}}，未影响评级）',
    'en-US': '{{head}} ({{redLines}} {{ids}} breached; cap {{cap}} not binding)'
  },
  redLineBreachedClause: {
    'zh-CN': '已触发{{redLines}} {{ids}}（上限 {{cap}}，未影响评级）',
    'en-US': '{{redLines}} {{ids}} breached (cap {{cap}} not binding)'
  },
  internalRedLineClause: {
    'zh-CN': '已触发内部{{redLines}} {{ids}}（非监管红线，不影响评级）',
    'en-US': 'internal {{redLines}} {{ids}} breached (not regulatory; no cap)'
  },
  coverageWithheld: {
    'zh-CN': '因支柱 {{ids}} 覆盖不足，暂不评定等级',
    'en-US': 'level withheld: pillar {{ids}} has insufficient coverage'
  },
  coverageWithheldMany: {
    'zh-CN': '因支柱 {{ids}} 覆盖不足，暂不评定等级',
    'en-US': 'level withheld: pillars {{ids}} have insufficient coverage'
  },
  nothingToScore: {
    'zh-CN': '无可计分内容，不评定等级',
    'en-US': 'nothing to score; no level'
  }
} satisfies Record<string, IssueTexts>
