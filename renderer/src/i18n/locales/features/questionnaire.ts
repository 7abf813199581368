/** Messages of the questionnaire feature. */
export const zhCN = {
  title: '问卷'
} as const

export const enUS = {
  title: 'Questionnaire'
} as const
