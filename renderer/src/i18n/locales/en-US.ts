import { enUS as workspace_enUS } from './features/workspace'
import { enUS as questionnaire_enUS } from './features/questionnaire'
import { enUS as factors_enUS } from './features/factors'
import { enUS as results_enUS } from './features/results'
import { enUS as review_enUS } from './features/review'
import { enUS as audit_enUS } from './features/audit'
import { enUS as assessmentFile_enUS } from './features/assessment-file'
import { enUS as newAssessment_enUS } from './features/new-assessment'
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
  language: {
    label: 'Interface language',
    zhCN: '简体中文',
    enUS: 'English'
  },
  assessments: {
    title: 'Assessments',
    intro:
      "Assess how well your firm's information systems are assured for stability, along the three pillars of the SAC draft Stability Assurance System Standard: organizational, institutional and process assurance.",
    emptyTitle: 'No assessments yet',
    emptyDescription: 'Assessments arrive in a later version. Here you will be able to:',
    upcoming: {
      create: 'start an assessment, choosing a question bank and the information systems assessed',
      answer:
        'answer question by question across organizational, institutional and process assurance (the ten core processes), attaching evidence',
      results:
        'see scores on the stability evaluation factors with recommendations, and export an Excel report'
    }
  },
  banks: {
    title: 'Question banks',
    intro:
      'A question bank holds the questions, evaluation factors, weights and thresholds an assessment uses. Banks ship as versioned data files, not as code.',
    tableTitle: 'Installed banks',
    columns: {
      name: 'Bank',
      version: 'Version',
      standard: 'Standard',
      questions: 'Questions'
    },
    upcoming: 'Importing, validating and comparing bank versions arrives in a later version.'
  },
  settings: {
    title: 'Settings',
    intro:
      'Application information and diagnostics. More settings (data backup and restore, default bank) arrive in a later version.',
    about: {
      title: 'About',
      name: 'Product',
      version: 'Version',
      edition: 'Running as',
      os: 'Operating system',
      locale: 'System locale',
      electron: 'Electron',
      chrome: 'Chromium',
      userData: 'Data folder',
      loading: 'Reading application information…',
      loadFailed: 'Could not read application information: {{message}}'
    },
    editions: {
      electron: 'Desktop app',
      browser: 'Browser'
    },
    diagnostics: {
      title: 'Diagnostics',
      description:
        'Export the app version, runtime environment and interface language as a JSON file to send to technical support. The file contains no assessment data.',
      export: 'Export diagnostics',
      saved: 'Diagnostics saved',
      savedTo: 'Diagnostics saved to {{path}}',
      failed: 'Export failed: {{message}}'
    }
  },
  workspace: workspace_enUS,
  questionnaire: questionnaire_enUS,
  factors: factors_enUS,
  results: results_enUS,
  review: review_enUS,
  audit: audit_enUS,
  assessmentFile: assessmentFile_enUS,
  newAssessment: newAssessment_enUS,
  notFound: {
    title: 'Page not found',
    description: 'The page you asked for does not exist or has moved.',
    backHome: 'Back to assessments'
  },
  errors: {
    boundaryTitle: 'Something went wrong',
    boundaryDescription:
      'The app hit an unexpected error and cannot show this page. Your saved data is not affected. Reload the app; if the problem persists, export diagnostics and contact technical support.',
    startupTitle: 'The app could not start',
    startupDescription:
      'Start-up did not complete. Reload the app; if the problem persists, contact technical support.',
    reload: 'Reload',
    details: 'Error details',
    fileTooLarge: 'The file is too large ({{size}}); the limit is {{limit}}.',
    unknown: 'Unknown error'
  }
}
