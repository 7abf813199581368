/** Every screen's route; later issues add assessment detail, questionnaire and results. */
export const paths = {
  assessments: '/assessments',
  banks: '/banks',
  settings: '/settings'
} as const
