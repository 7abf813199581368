/** Messages of the results feature. */
export const zhCN = {
  title: '评估结果'
} as const

export const enUS = {
  title: 'Results'
} as const
