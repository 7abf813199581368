/** Period comparison: what changed from one assessment of an institution to the next. */
export { compareAssessments, scoreDelta, signedDelta } from './compare'
export type {
  AnswerChange,
  ComparedPeriod,
  Comparison,
  FactorDelta,
  PeriodRef,
  ScoreDelta,
  SystemDelta
} from './compare'
export { comparisonRefusal } from './bank-mapping'
export type { BankMapping, OneSidedQuestion } from './bank-mapping'
export { buildPeriodTrend } from './trend'
export type { PeriodTrend, TrendItem, TrendPeriod, TrendSeries } from './trend'
