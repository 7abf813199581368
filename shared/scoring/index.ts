/**
 * The scoring engine's public surface. Pure TypeScript: runs unchanged in Node, the browser and
 * Electron. Method: docs/scoring.md.
 */
export { scoreAssessment, type ScorableAssessment } from './score'
export { prepareScoring, sectionQuestionnaireShare, type ScoringPlan } from './plan'
export { effectiveWeights, formatShare, type EffectiveWeight } from './effective-weights'
export { classAdjustedValue, classWeightOf, systemsInScope } from './factor-systems'
export { formatPercent, formatScore, roundHalfUp } from './format'
export { levelCode, levelForScore } from './levels'
export { EPSILON, compareWithTolerance } from './tolerance'
export { bandIndexFor } from './bands'
export { linearFactorScore } from './factor'
export { itemScore, numericItemScore, dateItemScore, unevidencedScoredLevel } from './item-score'
export { answerValueProblem, isEmptyAnswerValue, isoDateToDayNumber } from './answer-value'
export { RISK_LEVELS, defaultRiskLevel, type RiskLevel } from './risk-level'
export { FACTOR_FINDING_WEIGHT, RED_LINE_FACTOR_FINDING_WEIGHT, compareFindings } from './findings'
export type * from './types'
