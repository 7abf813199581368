/** Messages of the review feature. */
export const zhCN = {
  title: '复核与签署'
} as const

export const enUS = {
  title: 'Review and sign-off'
} as const
