import { bilingual, type IssueTexts } from './texts'

/** The bank authoring workbook (bank-xlsx/): sheets, headers, cells and the rows they form. */
export const bankXlsxIssues = {
  tooManySheets: bilingual(
    '共有 {{count}} 个工作表，最多允许 {{max}} 个',
    'has {{count}} sheets; at most {{max}} are allowed'
  ),
  unknownSheet: bilingual(
    '未知工作表“{{name}}”：题库工作簿包含工作表 {{sheets}}（以及 instructions）',
    'unknown sheet "{{name}}"; a bank workbook has the sheets {{sheets}} (and instructions)'
  ),
  secondSheet: bilingual('存在第二个“{{name}}”工作表', 'a second "{{name}}" sheet'),
  missingSheet: bilingual('缺少必需的工作表', 'missing required sheet'),
  formulaElsewhere: bilingual(
    '题库工作簿中不允许使用公式',
    'formulas are not allowed in a bank workbook'
  ),
  incomplete: bilingual(
    '有些行无法读取（见上文）；修正后才会进行跨工作表的检查',
    'some rows could not be read (see above); the checks across sheets run once that is fixed'
  ),
  merged: bilingual(
    '不支持合并单元格：请取消合并并填写每个单元格',
    'merged cells are not supported; unmerge them and fill every cell'
  ),
  formula: bilingual(
    '题库工作簿中不允许使用公式，请直接填写数值',
    'formulas are not allowed in a bank workbook; type the value itself'
  ),
  cellError: bilingual('单元格中是错误值 {{error}}', 'the cell holds the error {{error}}'),
  cellUnreadable: bilingual(
    '无法读取此类单元格内容，请填写纯文本或数字',
    'this kind of cell content cannot be read; type plain text or a number'
  ),
  cellTooLong: bilingual(
    '共 {{length}} 个字符，单元格最多 {{max}} 个字符',
    'holds {{length}} characters; a cell may hold at most {{max}}'
  ),
  tooManyRows: bilingual(
    '共有 {{count}} 行，最多读取 {{max}} 行',
    'has {{count}} rows; at most {{max}} are read'
  ),
  strayValue: bilingual(
    '该列没有可识别的表头：请为该列填写表头，或清空其内容',
    'a value in a column without a known header; give the column a header or clear it'
  ),
  tooManyColumns: bilingual(
    '共有 {{count}} 列，最多允许 {{max}} 列',
    'has {{count}} columns; at most {{max}} are allowed'
  ),
  unknownColumn: bilingual(
    '未知列 {{name}}（见 instructions 工作表）',
    'unknown column {{name}} (see the instructions sheet)'
  ),
  columnTwice: bilingual('列“{{name}}”出现了两次', 'column "{{name}}" appears twice'),
  missingColumn: bilingual('缺少必需的列“{{name}}”', 'missing required column "{{name}}"'),
  required: bilingual('必填', 'is required'),
  requiredNoColumn: bilingual(
    '必填：该工作表没有“{{column}}”列，请添加',
    'is required; the sheet has no "{{column}}" column, add it'
  ),
  notId: bilingual(
    '应为编号（字母开头，后接字母、数字、_ . -），实际为 {{value}}',
    'must be an id (a letter, then letters, digits, _ . -), got {{value}}'
  ),
  notNumber: bilingual('应为{{what}}，实际为 {{value}}', 'must be {{what}}, got {{value}}'),
  belowMin: bilingual(
    '不能小于 {{min}}，实际为 {{value}}',
    'must be at least {{min}}, got {{value}}'
  ),
  aboveMax: bilingual(
    '不能大于 {{max}}，实际为 {{value}}',
    'must be at most {{max}}, got {{value}}'
  ),
  notYesNo: bilingual('应为 yes 或 no，实际为 {{value}}', 'must be yes or no, got {{value}}'),
  notOneOf: bilingual(
    '应为以下之一：{{values}}，实际为 {{value}}',
    'must be one of {{values}}, got {{value}}'
  ),
  requiredBilingual: bilingual(
    '必填（此处填中文，{{other}} 填英文）',
    'is required (in Chinese here and in English in {{other}})'
  ),
  chineseNeeded: bilingual(
    '还需要填写中文（{{other}} 已填写）',
    'the Chinese text is needed too ({{other}} is filled)'
  ),
  englishNeeded: bilingual(
    '还需要填写英文（{{other}} 已填写）',
    'the English text is needed too ({{other}} is filled)'
  ),
  syntax: bilingual(
    '语法错误：{{problem}}，内容为 {{text}}',
    'syntax error {{problem}} in {{text}}'
  ),
  duplicateKey: bilingual(
    '{{what}}“{{key}}”重复（首次出现在第 {{first}} 行）',
    'duplicate {{what}} "{{key}}" (first on row {{first}})'
  ),
  settingsExtraRow: bilingual(
    'settings 工作表只有一行（第 2 行），请删除此行',
    'settings has a single row (row 2); remove this one'
  ),
  settingsEmpty: bilingual('第 2 行（题库标识）为空', 'row 2 (the bank identity) is empty'),
  anchorsMissing: bilingual(
    '0–4 每个等级需要一行，缺少等级 {{levels}}',
    'needs one row for each level 0–4; missing level {{levels}}'
  ),
  unknownPillar: bilingual(
    '支柱“{{id}}”不存在（pillars 工作表中没有）',
    'unknown pillar "{{id}}" (not in the pillars sheet)'
  ),
  unknownSection: bilingual(
    '章节“{{id}}”不存在（sections 工作表中没有）',
    'unknown section "{{id}}" (not in the sections sheet)'
  ),
  unknownQuestion: bilingual(
    'questions 工作表中没有题目“{{id}}”',
    'no question "{{id}}" in the questions sheet'
  ),
  unknownFactor: bilingual(
    'factors 工作表中没有评价要素“{{id}}”',
    'no factor "{{id}}" in the factors sheet'
  ),
  unknownProfile: bilingual(
    'profiles 工作表中没有计分方案“{{id}}”',
    'no profile "{{id}}" in the profiles sheet'
  ),
  unknownWeightTarget: bilingual(
    '{{scope}}“{{id}}”不存在（{{sheet}} 工作表中没有）',
    'unknown {{scope}} "{{id}}" (not in the {{sheet}} sheet)'
  ),
  columnForOtherTypes: bilingual(
    '只有 {{types}} 类型的题目使用该列；本题是 {{type}} 类型',
    'only {{types}} questions use this column; this is a {{type}} question'
  ),
  notChoiceQuestion: bilingual(
    '“{{id}}”是 {{type}} 类型的题目；只有 singleChoice 和 multiChoice 题目有选项',
    '"{{id}}" is a {{type}} question; only singleChoice and multiChoice questions have choices'
  ),
  termFactorHasNoFormula: bilingual(
    '{{kind}} 类要素没有公式文本：其分项填写在 factor_terms 工作表中',
    'a {{kind}} factor has no formula text; its terms are rows of the factor_terms sheet'
  ),
  factorHasNoTerms: bilingual(
    '{{kind}} 类要素没有分项：只有 meanOfRatios 和 minOfRatios 有',
    'a {{kind}} factor has no terms; only meanOfRatios and minOfRatios do'
  ),
  ruleColumnUnused: bilingual(
    '{{kind}} 类校验规则不使用该列',
    'a {{kind}} rule does not use this column'
  ),
  perSystemColumnsAlone: bilingual(
    '只有按系统填报的评价要素才合并各系统；请同时填写 per_system',
    'only a per-system factor combines systems; fill per_system too'
  ),
  missBandsAlone: bilingual(
    '未达数分档属于小样本规则；请同时填写 min_n',
    'miss bands belong to a small-sample rule; fill min_n too'
  ),
  inPart: bilingual('{{problem}} — {{context}}', '{{problem}} — {{context}}'),
  atPath: bilingual('{{problem}}（位于 {{path}}）', '{{problem}} (at {{path}})'),
  inPartAtPath: bilingual(
    '{{problem}} — {{context}}（位于 {{path}}）',
    '{{problem}} — {{context}} (at {{path}})'
  )
} satisfies Record<string, IssueTexts>
