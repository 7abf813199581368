/**
 * Merging two assessors' copies of one assessment (docs/merge.md): planMerge shows what would
 * happen, the lead resolves the conflicts (per item or per section), applyMerge does it.
 * Pure: no storage, no clock; the caller writes the result in one transaction.
 */
export { planMerge, isEmptyPlan, auditEntriesToAdd } from './plan'
export { applyMerge, unresolvedConflicts, MergeError } from './apply'
export type { ApplyMergeOptions } from './apply'
export {
  conflictsBySection,
  groupOfConflict,
  REGISTERS_GROUP,
  resolveAll,
  resolveSection,
  sectionOfConflict
} from './sections'
export type {
  AnswerDifference,
  FactorNotes,
  MergeConflict,
  MergePlan,
  MergePlanResult,
  MergeRefusal,
  MergeResolutions,
  MergeSide,
  MergeSideView,
  MergeTake,
  MetadataContent,
  RegisterHolding,
  SettledConflict
} from './types'
