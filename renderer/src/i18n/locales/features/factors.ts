/** Messages of the factors feature. */
export const zhCN = {
  title: '评价要素'
} as const

export const enUS = {
  title: 'Evaluation factors'
} as const
