import { enUS as workspace_enUS } from './features/workspace'
import { enUS as questionnaire_enUS } from './features/questionnaire'
import { enUS as factors_enUS } from './features/factors'
import { enUS as registers_enUS } from './features/registers'
import { enUS as systems_enUS } from './features/systems'
import { enUS as bankUpgrade_enUS } from './features/bank-upgrade'
import { enUS as results_enUS } from './features/results'
import { enUS as remediation_enUS } from './features/remediation'
import { enUS as comparison_enUS } from './features/comparison'
import { enUS as review_enUS } from './features/review'
import { enUS as audit_enUS } from './features/audit'
import { enUS as assessmentFile_enUS } from './features/assessment-file'
import { enUS as report_enUS } from './features/report'
import { enUS as packages_enUS } from './features/packages'
import { enUS as newAssessment_enUS } from './features/new-assessment'
import { enUS as assessments_enUS } from './features/assessments'
import { enUS as banks_enUS } from './features/banks'
import { enUS as settings_enUS } from './features/settings'
import { enUS as storage_enUS } from './features/storage'
import { enUS as backup_enUS } from './features/backup'
import { enUS as protection_enUS } from './features/protection'
import { enUS as errors_enUS } from './features/errors'
import { enUS as downloads_enUS } from './features/downloads'
import type { Messages } from '../messages'

/** English (United States). Typed against zh-CN, so a missing or extra key fails to compile. */
export const enUS: Messages = {
  app: {
    name: 'Stability Assessor',
    tagline: 'Stability assurance assessment for securities information systems',
    offlineNote: 'Works offline · all data stays on this computer'
  },
  nav: {
    label: 'Main navigation',
    assessments: 'Assessments',
    banks: 'Banks',
    settings: 'Settings'
  },
  common: {
    colon: ': ',
    listSeparator: ', ',
    clauseSeparator: '; ',
    parenthetical: ' ({{text}})'
  },
  language: {
    label: 'Interface language',
    zhCN: '简体中文',
    enUS: 'English'
  },
  assessments: assessments_enUS,
  banks: banks_enUS,
  settings: settings_enUS,
  storage: storage_enUS,
  backup: backup_enUS,
  protection: protection_enUS,
  downloads: downloads_enUS,
  workspace: workspace_enUS,
  questionnaire: questionnaire_enUS,
  factors: factors_enUS,
  registers: registers_enUS,
  systems: systems_enUS,
  bankUpgrade: bankUpgrade_enUS,
  results: results_enUS,
  remediation: remediation_enUS,
  comparison: comparison_enUS,
  review: review_enUS,
  audit: audit_enUS,
  assessmentFile: assessmentFile_enUS,
  report: report_enUS,
  packages: packages_enUS,
  newAssessment: newAssessment_enUS,
  issueTable: {
    place: 'Where',
    problem: 'Why'
  },
  guide: {
    title: 'User guide',
    open: 'User guide',
    openKeyboard: 'User guide: answering by keyboard'
  },
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for does not exist or has moved.',
    backHome: 'Back to assessments'
  },
  errors: errors_enUS
}
