import type { CliText } from '../language'

/** What the `ledger` commands print, in both languages. */
export const LEDGER_TEXTS = {
  templateXlsx: (path: string): CliText => ({
    'zh-CN': `--out ${path}：台账模板是 .xlsx 文件`,
    'en-US': `--out ${path}: the template is an .xlsx file`
  }),
  notAssessment: (path: string): CliText => ({
    'zh-CN': `${path}：评估文件须为 .json 文件`,
    'en-US': `${path}: an assessment must be a .json file`
  }),
  noMeasures: (path: string, bankId: string, bankVersion: string): CliText => ({
    'zh-CN': `${path}：没有题库 ${bankId} ${bankVersion} 的台账计算规则`,
    'en-US': `${path}: no register measures for bank ${bankId} ${bankVersion}`
  }),
  finalized: (path: string): CliText => ({
    'zh-CN': `${path}：评估已定稿，不能再改动；请先在工具中重新打开`,
    'en-US': `${path}: the assessment is finalized and cannot change; reopen it in the app first`
  }),
  overridesKept: (keys: readonly string[]): CliText => ({
    'zh-CN': `已覆盖的计算值保留所填值（原因见评估文件）：${keys.join('、')}`,
    'en-US': `Overridden figures keep their typed values (reasons in the assessment file): ${keys.join(', ')}`
  }),
  columns: {
    'zh-CN': {
      register: '台账',
      sheet: '工作表/文件',
      rows: '行数',
      repeatedHeaders: '重复表头',
      factor: '评价要素',
      input: '输入项',
      system: '系统',
      value: '计算值',
      counted: '计入行',
      excluded: '排除行',
      reasons: '排除原因'
    },
    'en-US': {
      register: 'Register',
      sheet: 'Sheet/file',
      rows: 'Rows',
      repeatedHeaders: 'Repeated headers',
      factor: 'Factor',
      input: 'Input',
      system: 'System',
      value: 'Value',
      counted: 'Counted',
      excluded: 'Excluded',
      reasons: 'Why excluded'
    }
  },
  allSystems: { 'zh-CN': '（全部）', 'en-US': '(all)' }
} as const
