/**
 * Every screen's route. Each screen has its own URL, so a reload or a restart after a crash returns
 * the assessor to the same assessment and section.
 */
export const paths = {
  assessments: '/assessments',
  newAssessment: '/assessments/new',
  banks: '/banks',
  bank: (contentHash: string) => `/banks/${contentHash}`,
  settings: '/settings',
  /** The user guide, opened at a section (an anchor of docs/guide/<language>.md). */
  guide: (section?: string) => (section ? `/guide/${section}` : '/guide'),
  workspace: (assessmentId: string) => `/a/${assessmentId}`,
  section: (assessmentId: string, sectionId: string) => `/a/${assessmentId}/s/${sectionId}`,
  systems: (assessmentId: string) => `/a/${assessmentId}/systems`,
  bankUpgrade: (assessmentId: string) => `/a/${assessmentId}/bank-upgrade`,
  factors: (assessmentId: string) => `/a/${assessmentId}/factors`,
  results: (assessmentId: string) => `/a/${assessmentId}/results`,
  findings: (assessmentId: string) => `/a/${assessmentId}/findings`,
  /** 上期对比, optionally with the period to compare with. */
  comparison: (assessmentId: string, previousId?: string) =>
    `/a/${assessmentId}/compare${previousId === undefined ? '' : `?with=${encodeURIComponent(previousId)}`}`,
  review: (assessmentId: string) => `/a/${assessmentId}/review`,
  audit: (assessmentId: string) => `/a/${assessmentId}/audit`,
  report: (assessmentId: string) => `/a/${assessmentId}/report`,
  /** The report's print view, outside the app's frame (the browser's "Save as PDF"). */
  print: (assessmentId: string) => `/print/${assessmentId}`
} as const

/** Route patterns matching `paths` (react-router syntax). */
export const routePatterns = {
  bank: '/banks/:contentHash',
  guide: '/guide/:section?',
  workspace: '/a/:assessmentId',
  section: 's/:sectionId',
  systems: 'systems',
  bankUpgrade: 'bank-upgrade',
  factors: 'factors',
  results: 'results',
  findings: 'findings',
  comparison: 'compare',
  review: 'review',
  audit: 'audit',
  report: 'report',
  print: '/print/:assessmentId'
} as const
