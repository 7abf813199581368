/**
 * The remediation register (问题清单 → 整改跟踪, docs/remediation.md): the engine's gaps joined with
 * their records, the words generated for them, and carrying open work into the next period.
 * Pure TypeScript; the app, the workbook and the Word report all read findings through it.
 */
export { buildRegister, isOverdue, parseFindingId } from './register'
export type { RegisterEntry, RegisterInput } from './register'
export { carryFindings } from './carry'
export type { CarriedFindings } from './carry'
export { findingBasis, findingTitle, generatedDescription, standardRecommendation } from './wording'
export type { WordingContext } from './wording'
