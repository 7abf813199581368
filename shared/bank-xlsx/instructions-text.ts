/** The prose of the instructions sheet, in both languages. docs/bank-excel.md says the same at length. */

export interface InstructionBlock {
  heading: string
  /** [Chinese, English] paragraphs. */
  lines: Array<[string, string]>
}

export const INSTRUCTION_BLOCKS: InstructionBlock[] = [
  {
    heading: '概述 Overview',
    lines: [
      [
        '本工作簿是一套题库。每个工作表是一张表：第 1 行是列名（不要改名；可调整列的顺序），从第 2 行起每行一条记录，行的先后就是应用中的顺序。空行会被忽略。',
        'This workbook is one question bank. Each sheet is a table: row 1 holds the column names (do not rename them; columns may be reordered), every further row is one record, and row order is the order in the app. Empty rows are ignored.'
      ],
      [
        '列名后缀 ::zh-CN 与 ::en-US 是同一文字的中文和英文，两种语言都要填写。橙色列名为必填列，蓝色为选填列；把鼠标停在列名上可看到说明。选填单元格留空即取默认值。',
        'Column names ending in ::zh-CN and ::en-US are the Chinese and English versions of one text; fill both. Orange headers are required, blue ones optional; hover over a header for its explanation. An empty optional cell takes the default.'
      ],
      [
        '是/否列填 yes 或 no（也接受 是/否、true/false）。数字列填数字。编号以字母开头，只用字母、数字和 _ . -，发布后不要再改（答案按编号保存）。',
        'Yes/no columns take yes or no (是/否 and true/false are accepted too). Number columns take numbers. Ids start with a letter and use letters, digits, _ . - only; never change them after publishing (answers are stored by id).'
      ]
    ]
  },
  {
    heading: '示例 Example',
    lines: [
      [
        '模板中的示例行（编号以 EX 开头）本身就是一套可导入的最小题库，用来演示各列的写法。编写自己的题库时请改写或删除这些行。',
        'The example rows of the template (ids starting with EX) form a tiny bank that imports as is; they show how each column is written. Overwrite or delete them when you author your own bank.'
      ]
    ]
  },
  {
    heading: '题型 Question types',
    lines: [
      [
        'maturity：成熟度 0–4 级，可在 anchor0…anchor4 列给出本题的分级描述，否则显示 anchors 表的默认描述。',
        'maturity: levels 0–4; anchor0…anchor4 give this question its own level descriptions, otherwise the anchors sheet applies.'
      ],
      ['yesPartialNo：是/部分/否。', 'yesPartialNo: yes / partial / no.'],
      [
        'singleChoice、multiChoice：单选、多选，选项写在 choices 表（至少两项），多选得分为所选项得分之和（不超过 100）。',
        'singleChoice, multiChoice: options go to the choices sheet (at least two); a multiChoice item scores the sum of the chosen options, capped at 100.'
      ],
      [
        'number：数值，可设 unit、min、max、integer；填 scoring_direction 和 scoring_target（可加 scoring_bands）后计分。',
        'number: a number with optional unit, min, max, integer; scored when scoring_direction and scoring_target (optionally scoring_bands) are given.'
      ],
      ['percentage：百分比 0–100，计分方式同 number。', 'percentage: 0–100, scored like number.'],
      [
        'date：日期，填 within_days 后计分（期末前若干天内得 100 分）。',
        'date: scored when within_days is given (100 if within that many days before the period end).'
      ],
      [
        'text：文字（multiline 控制多行）；evidence：证据清单。两者均不计分。',
        'text: free text (multiline); evidence: a list of evidence. Neither is scored.'
      ]
    ]
  },
  {
    heading: '条件语法 Condition syntax (visible_when, rules.when)',
    lines: [
      [
        '比较：题号 = 值、!=、>、>=、<、<=，如 C7.01 >= 2、A1.05 = yes。值可以是数字、单词或带双引号的文字（"2" 表示文字 2）。',
        'Comparisons: id = value, !=, >, >=, <, <=, e.g. C7.01 >= 2, A1.05 = yes. A value is a number, a word or "quoted text" ("2" is the text 2).'
      ],
      [
        '列表：C2.03 in [opt_a, opt_b]；状态：answered(C1.01)、unanswered(C1.01)、na(C1.01)。',
        'Lists: C2.03 in [opt_a, opt_b]; states: answered(C1.01), unanswered(C1.01), na(C1.01).'
      ],
      [
        '组合：and、or、not 和括号，and 优先于 or，如 C7.01 >= 2 and (A1.05 = yes or A1.05 = partial)。all(…)、any(…) 可写只含一项的组。',
        'Combine with and, or, not and parentheses; and binds tighter than or: C7.01 >= 2 and (A1.05 = yes or A1.05 = partial). all(…) and any(…) write a group of one.'
      ],
      [
        '未作答、被隐藏或“不适用”的题目使比较为假（unanswered、na 除外）。',
        'A comparison on an unanswered, hidden or N/A question is false (except unanswered and na).'
      ]
    ]
  },
  {
    heading: '其他语法 Other cell syntax',
    lines: [
      [
        '依据（references）：文件编号[:条款]，多项用分号分隔，如 CSRC-2023:第36条; JR-T-0099。条款含分号时加双引号。',
        'references: document[:clause], separated by semicolons, e.g. CSRC-2023:Art.36; JR-T-0099. Quote a clause that contains a semicolon.'
      ],
      [
        '要素公式（factors.formula）：ratio “found / total”，complementRatio “1 - downtime / service_time”，meanDuration “repair_minutes / incidents”，expression 为四则运算及 min()、max()。meanOfRatios、minOfRatios 留空，比率项写在 factor_terms 表。',
        'Factor formula: ratio "found / total", complementRatio "1 - downtime / service_time", meanDuration "repair_minutes / incidents", expression: + - * / with min() and max(). Leave it empty for meanOfRatios and minOfRatios; their terms are rows of factor_terms.'
      ],
      [
        '录入校验（constraints）：found <= total; a < b。分档（scoring_bands）：90: 100; 80: 60; *: 0。规则的 left/right：题号、要素:录入项（F10:peak）或数字。',
        'constraints: found <= total; a < b. scoring_bands: 90: 100; 80: 60; *: 0. Rule left/right: a question id, factor:input (F10:peak) or a number.'
      ]
    ]
  },
  {
    heading: '安全与导入 Safety and import',
    lines: [
      [
        "工作簿中不得有公式，含公式的单元格会被拒绝。以 = + - @ 开头的文字在导出时前面加一个撇号 '，导入时去掉；在 Excel 中输入这类文字时也请先输入撇号。",
        "The workbook must contain no formulas; a formula cell is refused. Texts starting with = + - @ are written with a leading apostrophe ', which the import removes; type the apostrophe too when you enter such a text in Excel."
      ],
      [
        '导入：在应用中导入题库，或运行 stability-assessor bank validate 文件.xlsx 检查、bank convert 文件.xlsx --out 文件.json 转换。每个问题以“表!单元格 (列名): 原因”列出，如 questions!H12 (weight): must be a positive number, got "high"。',
        'Import in the app, or check it with stability-assessor bank validate file.xlsx and convert it with bank convert file.xlsx --out file.json. Every problem is listed as sheet!cell (column): reason, e.g. questions!H12 (weight): must be a positive number, got "high".'
      ],
      [
        '本说明页不会被导入，可以随意修改。',
        'This instructions sheet is not imported; edit it freely.'
      ]
    ]
  }
]
