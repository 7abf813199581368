import type { IssueTexts } from './texts'

/** The bank authoring workbook (bank-xlsx/): sheets, headers, cells and the rows they form. */
export const bankXlsxIssues = {
  tooManySheets: {
    'zh-CN': '共有 {{count}} 个工作表，最多允许 {{max}} 个',
    'en-US': 'has {{count}} sheets; at most {{max}} are allowed'
  },
  unknownSheet: {
    'zh-CN': '未知工作表“{{name}}”：题库工作簿包含工作表 {{sheets}}（以及 instructions）',
    'en-US':
      'unknown sheet "{{name}}"; a bank workbook has the sheets {{sheets}} (and instructions)'
  },
  secondSheet: {
    'zh-CN': '存在第二个“{{name}}”工作表',
    'en-US': 'a second "{{name}}" sheet'
  },
  missingSheet: { 'zh-CN': '缺少必需的工作表', 'en-US': 'missing required sheet' },
  formulaElsewhere: {
    'zh-CN': '题库工作簿中不允许使用公式',
    'en-US': 'formulas are not allowed in a bank workbook'
  },
  incomplete: {
    'zh-CN': '有些行无法读取（见上文）；修正后才会进行跨工作表的检查',
    'en-US':
      'some rows could not be read (see above); the checks across sheets run once that is fixed'
  },
  merged: {
    'zh-CN': '不支持合并单元格：请取消合并并填写每个单元格',
    'en-US': 'merged cells are not supported; unmerge them and fill every cell'
  },
  formula: {
    'zh-CN': '题库工作簿中不允许使用公式，请直接填写数值',
    'en-US': 'formulas are not allowed in a bank workbook; type the value itself'
  },
  cellError: {
    'zh-CN': '单元格中是错误值 {{error}}',
    'en-US': 'the cell holds the error {{error}}'
  },
  cellUnreadable: {
    'zh-CN': '无法读取此类单元格内容，请填写纯文本或数字',
    'en-US': 'this kind of cell content cannot be read; type plain text or a number'
  },
  cellTooLong: {
    'zh-CN': '共 {{length}} 个字符，单元格最多 {{max}} 个字符',
    'en-US': 'holds {{length}} characters; a cell may hold at most {{max}}'
  },
  tooManyRows: {
    'zh-CN': '共有 {{count}} 行，最多读取 {{max}} 行',
    'en-US': 'has {{count}} rows; at most {{max}} are read'
  },
  strayValue: {
    'zh-CN': '该列没有可识别的表头：请为该列填写表头，或清空其内容',
    'en-US': 'a value in a column without a known header; give the column a header or clear it'
  },
  tooManyColumns: {
    'zh-CN': '共有 {{count}} 列，最多允许 {{max}} 列',
    'en-US': 'has {{count}} columns; at most {{max}} are allowed'
  },
  unknownColumn: {
    'zh-CN': '未知列 {{name}}（见 instructions 工作表）',
    'en-US': 'unknown column {{name}} (see the instructions sheet)'
  },
  columnTwice: { 'zh-CN': '列“{{name}}”出现了两次', 'en-US': 'column "{{name}}" appears twice' },
  missingColumn: {
    'zh-CN': '缺少必需的列“{{name}}”',
    'en-US': 'missing required column "{{name}}"'
  },
  required: { 'zh-CN': '必填', 'en-US': 'is required' },
  requiredNoColumn: {
    'zh-CN': '必填：该工作表没有“{{column}}”列，请添加',
    'en-US': 'is required; the sheet has no "{{column}}" column, add it'
  },
  notId: {
    'zh-CN': '应为编号（字母开头，后接字母、数字、_ . -），实际为 {{value}}',
    'en-US': 'must be an id (a letter, then letters, digits, _ . -), got {{value}}'
  },
  notNumber: {
    'zh-CN': '应为{{what}}，实际为 {{value}}',
    'en-US': 'must be {{what}}, got {{value}}'
  },
  belowMin: {
    'zh-CN': '不能小于 {{min}}，实际为 {{value}}',
    'en-US': 'must be at least {{min}}, got {{value}}'
  },
  aboveMax: {
    'zh-CN': '不能大于 {{max}}，实际为 {{value}}',
    'en-US': 'must be at most {{max}}, got {{value}}'
  },
  notYesNo: {
    'zh-CN': '应为 yes 或 no，实际为 {{value}}',
    'en-US': 'must be yes or no, got {{value}}'
  },
  notOneOf: {
    'zh-CN': '应为以下之一：{{values}}，实际为 {{value}}',
    'en-US': 'must be one of {{values}}, got {{value}}'
  },
  requiredBilingual: {
    'zh-CN': '必填（此处填中文，{{other}} 填英文）',
    'en-US': 'is required (in Chinese here and in English in {{other}})'
  },
  chineseNeeded: {
    'zh-CN': '还需要填写中文（{{other}} 已填写）',
    'en-US': 'the Chinese text is needed too ({{other}} is filled)'
  },
  englishNeeded: {
    'zh-CN': '还需要填写英文（{{other}} 已填写）',
    'en-US': 'the English text is needed too ({{other}} is filled)'
  },
  syntax: {
    'zh-CN': '语法错误：{{problem}}，内容为 {{text}}',
    'en-US': 'syntax error {{problem}} in {{text}}'
  },
  duplicateKey: {
    'zh-CN': '{{what}}“{{key}}”重复（首次出现在第 {{first}} 行）',
    'en-US': 'duplicate {{what}} "{{key}}" (first on row {{first}})'
  },
  settingsExtraRow: {
    'zh-CN': 'settings 工作表只有一行（第 2 行），请删除此行',
    'en-US': 'settings has a single row (row 2); remove this one'
  },
  settingsEmpty: {
    'zh-CN': '第 2 行（题库标识）为空',
    'en-US': 'row 2 (the bank identity) is empty'
  },
  anchorsMissing: {
    'zh-CN': '0–4 每个等级需要一行，缺少等级 {{levels}}',
    'en-US': 'needs one row for each level 0–4; missing level {{levels}}'
  },
  unknownPillar: {
    'zh-CN': '支柱“{{id}}”不存在（pillars 工作表中没有）',
    'en-US': 'unknown pillar "{{id}}" (not in the pillars sheet)'
  },
  unknownSection: {
    'zh-CN': '章节“{{id}}”不存在（sections 工作表中没有）',
    'en-US': 'unknown section "{{id}}" (not in the sections sheet)'
  },
  unknownQuestion: {
    'zh-CN': 'questions 工作表中没有题目“{{id}}”',
    'en-US': 'no question "{{id}}" in the questions sheet'
  },
  unknownFactor: {
    'zh-CN': 'factors 工作表中没有评价要素“{{id}}”',
    'en-US': 'no factor "{{id}}" in the factors sheet'
  },
  unknownProfile: {
    'zh-CN': 'profiles 工作表中没有计分方案“{{id}}”',
    'en-US': 'no profile "{{id}}" in the profiles sheet'
  },
  unknownWeightTarget: {
    'zh-CN': '{{scope}}“{{id}}”不存在（{{sheet}} 工作表中没有）',
    'en-US': 'unknown {{scope}} "{{id}}" (not in the {{sheet}} sheet)'
  },
  columnForOtherTypes: {
    'zh-CN': '只有 {{types}} 类型的题目使用该列；本题是 {{type}} 类型',
    'en-US': 'only {{types}} questions use this column; this is a {{type}} question'
  },
  notChoiceQuestion: {
    'zh-CN': '“{{id}}”是 {{type}} 类型的题目；只有 singleChoice 和 multiChoice 题目有选项',
    'en-US':
      '"{{id}}" is a {{type}} question; only singleChoice and multiChoice questions have choices'
  },
  termFactorHasNoFormula: {
    'zh-CN': '{{kind}} 类要素没有公式文本：其分项填写在 factor_terms 工作表中',
    'en-US': 'a {{kind}} factor has no formula text; its terms are rows of the factor_terms sheet'
  },
  factorHasNoTerms: {
    'zh-CN': '{{kind}} 类要素没有分项：只有 meanOfRatios 和 minOfRatios 有',
    'en-US': 'a {{kind}} factor has no terms; only meanOfRatios and minOfRatios do'
  },
  ruleColumnUnused: {
    'zh-CN': '{{kind}} 类校验规则不使用该列',
    'en-US': 'a {{kind}} rule does not use this column'
  },
  perSystemColumnsAlone: {
    'zh-CN': '只有按系统填报的评价要素才合并各系统；请同时填写 per_system',
    'en-US': 'only a per-system factor combines systems; fill per_system too'
  },
  missBandsAlone: {
    'zh-CN': '未达数分档属于小样本规则；请同时填写 min_n',
    'en-US': 'miss bands belong to a small-sample rule; fill min_n too'
  },
  inPart: { 'zh-CN': '{{problem}} — {{context}}', 'en-US': '{{problem}} — {{context}}' },
  atPath: { 'zh-CN': '{{problem}}（位于 {{path}}）', 'en-US': '{{problem}} (at {{path}})' },
  inPartAtPath: {
    'zh-CN': '{{problem}} — {{context}}（位于 {{path}}）',
    'en-US': '{{problem}} — {{context}} (at {{path}})'
  }
} satisfies Record<string, IssueTexts>
