import { zhCN as workspace_zhCN } from './features/workspace'
import { zhCN as questionnaire_zhCN } from './features/questionnaire'
import { zhCN as factors_zhCN } from './features/factors'
import { zhCN as registers_zhCN } from './features/registers'
import { zhCN as systems_zhCN } from './features/systems'
import { zhCN as bankUpgrade_zhCN } from './features/bank-upgrade'
import { zhCN as results_zhCN } from './features/results'
import { zhCN as remediation_zhCN } from './features/remediation'
import { zhCN as comparison_zhCN } from './features/comparison'
import { zhCN as review_zhCN } from './features/review'
import { zhCN as audit_zhCN } from './features/audit'
import { zhCN as assessmentFile_zhCN } from './features/assessment-file'
import { zhCN as report_zhCN } from './features/report'
import { zhCN as packages_zhCN } from './features/packages'
import { zhCN as newAssessment_zhCN } from './features/new-assessment'
import { zhCN as assessments_zhCN } from './features/assessments'
import { zhCN as banks_zhCN } from './features/banks'
import { zhCN as settings_zhCN } from './features/settings'
import { zhCN as storage_zhCN } from './features/storage'
import { zhCN as backup_zhCN } from './features/backup'
import { zhCN as protection_zhCN } from './features/protection'
import { zhCN as errors_zhCN } from './features/errors'
import { zhCN as downloads_zhCN } from './features/downloads'
/**
 * Simplified Chinese, the reference locale: every other locale must have exactly these keys
 * (enforced by the `Messages` type and by i18n/locales.test.ts). Keys are grouped by screen.
 */
export const zhCN = {
  app: {
    name: '稳定性保障评估工具',
    tagline: '证券行业信息系统稳定性保障评估',
    offlineNote: '离线运行 · 所有数据仅保存在本机'
  },
  nav: {
    label: '主导航',
    assessments: '评估',
    banks: '题库',
    settings: '设置'
  },
  /**
   * Punctuation that differs by language: code joins and labels text with these, never with a
   * literal, so a sentence reads right in each language (and a new one needs no code change).
   */
  common: {
    colon: '：',
    listSeparator: '、',
    clauseSeparator: '；',
    parenthetical: '（{{text}}）'
  },
  language: {
    label: '界面语言',
    zhCN: '简体中文',
    enUS: 'English'
  },
  assessments: assessments_zhCN,
  banks: banks_zhCN,
  settings: settings_zhCN,
  storage: storage_zhCN,
  backup: backup_zhCN,
  protection: protection_zhCN,
  downloads: downloads_zhCN,
  workspace: workspace_zhCN,
  questionnaire: questionnaire_zhCN,
  factors: factors_zhCN,
  registers: registers_zhCN,
  systems: systems_zhCN,
  bankUpgrade: bankUpgrade_zhCN,
  results: results_zhCN,
  remediation: remediation_zhCN,
  comparison: comparison_zhCN,
  review: review_zhCN,
  audit: audit_zhCN,
  assessmentFile: assessmentFile_zhCN,
  report: report_zhCN,
  packages: packages_zhCN,
  newAssessment: newAssessment_zhCN,
  issueTable: {
    place: '位置',
    problem: '原因'
  },
  guide: {
    title: '使用指南',
    open: '使用指南',
    openKeyboard: '使用指南：按键盘作答'
  },
  notFound: {
    title: '页面不存在',
    description: '您访问的页面不存在或已被移动。',
    backHome: '返回评估'
  },
  errors: errors_zhCN
} as const
