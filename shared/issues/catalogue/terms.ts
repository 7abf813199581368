import { bilingual, type IssueTexts } from './texts'

/**
 * Words a problem's text names as a parameter (`expected {{expected}}`, `duplicate {{what}} id`):
 * the reader passes the term itself, so each language says it in its own words. English terms
 * are the words the readers have always printed (the command line's and the tests' English).
 */
/** The kinds of value zod reports (`expected number, received string`). */
const VALUE_KINDS: Readonly<Record<string, IssueTexts>> = {
  string: bilingual('文本', 'string'),
  number: bilingual('数字', 'number'),
  int: bilingual('整数', 'int'),
  boolean: bilingual('是/否', 'boolean'),
  object: bilingual('对象', 'object'),
  array: bilingual('列表', 'array'),
  null: bilingual('空值', 'null'),
  undefined: bilingual('空', 'undefined'),
  bigint: bilingual('整数', 'bigint'),
  date: bilingual('日期', 'date'),
  NaN: bilingual('非数字', 'NaN')
}

/** A value kind as a term; a kind zod adds later stays as it is. */
export function valueKind(kind: string): IssueTexts | string {
  return Object.hasOwn(VALUE_KINDS, kind) ? VALUE_KINDS[kind]! : kind
}

/** The parts of a bank, as problems name them (`duplicate {{what}} id`, `no weight for {{what}}`). */
export const BANK_PARTS = {
  referenceDocument: bilingual('参考文件', 'reference document'),
  pillar: bilingual('支柱', 'pillar'),
  section: bilingual('章节', 'section'),
  question: bilingual('题目', 'question'),
  factor: bilingual('评价要素', 'factor'),
  option: bilingual('选项', 'option'),
  input: bilingual('输入项', 'input'),
  redLine: bilingual('红线', 'red-line'),
  consistencyRule: bilingual('校验规则', 'consistency rule'),
  profile: bilingual('计分方案', 'profile')
}

/** "red line(s)" as a scoring text counts them (红线 either way). */
export const RED_LINE_WORDS = {
  one: bilingual('红线', 'red line'),
  many: bilingual('红线', 'red lines')
}

/** What a syntax error found where something else was expected: the end, or a token. */
export const SYNTAX_ENDS = {
  expression: bilingual('公式结尾', 'end of expression'),
  text: bilingual('文本结尾', 'the end of the text')
}

/** The keys of a bank workbook's rows, as a duplicate-key problem names them. */
export const WORKBOOK_KEYS = {
  id: bilingual('编号', 'id'),
  level: bilingual('等级', 'level'),
  inputId: bilingual('输入项编号', 'input id'),
  grade: bilingual('档位', 'grade'),
  redLineId: bilingual('红线编号', 'red line id'),
  weight: bilingual('权重', 'weight'),
  optionId: bilingual('选项编号', 'option id')
}

/** What a workbook cell must hold (`must be {{what}}, got …`). */
export const NUMBER_KINDS = {
  number: bilingual('数字', 'a number'),
  wholeNumber: bilingual('整数', 'a whole number'),
  positiveNumber: bilingual('正数', 'a positive number'),
  positiveWholeNumber: bilingual('正整数', 'a positive whole number')
}

/** The rows of another sheet that make up a part of a bank row (a section's questions, …). */
export const SHEET_ROWS = {
  sections: bilingual(
    '其章节（sections 工作表中的行）',
    'its sections (rows of the sections sheet)'
  ),
  questions: bilingual(
    '其题目（questions 工作表中的行）',
    'its questions (rows of the questions sheet)'
  ),
  options: bilingual('其选项（choices 工作表中的行）', 'its options (rows of the choices sheet)'),
  terms: bilingual(
    '其分项（factor_terms 工作表中的行）',
    'its terms (rows of the factor_terms sheet)'
  ),
  inputs: bilingual(
    '其输入项（factor_inputs 工作表中的行）',
    'its inputs (rows of the factor_inputs sheet)'
  ),
  bands: bilingual('其档位（bands 工作表中的行）', 'its bands (rows of the bands sheet)'),
  redLines: bilingual(
    '其红线（red_lines 工作表中的行）',
    'its red lines (rows of the red_lines sheet)'
  ),
  weights: bilingual(
    '其权重（profile_weights 工作表中的行）',
    'its weights (rows of the profile_weights sheet)'
  ),
  levels: bilingual('其等级（levels 工作表中的行）', 'its levels (rows of the levels sheet)')
}
