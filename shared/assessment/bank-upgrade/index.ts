export * from './item-changes'
export * from './plan'
export * from './plan-factors'
export * from './apply'
