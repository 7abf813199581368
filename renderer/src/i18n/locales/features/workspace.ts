/** Messages of the workspace feature. */
export const zhCN = {
  title: '评估工作台'
} as const

export const enUS = {
  title: 'Assessment workspace'
} as const
