/** Messages of the newAssessment feature. */
export const zhCN = {
  title: '新建评估'
} as const

export const enUS = {
  title: 'New assessment'
} as const
