/** Messages of the audit feature. */
export const zhCN = {
  title: '变更记录'
} as const

export const enUS = {
  title: 'Audit log'
} as const
