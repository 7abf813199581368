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
  }
} satisfies Record<string, IssueTexts>
