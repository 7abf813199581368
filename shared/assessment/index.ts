/** The assessment file format: schema, parsing and upgrading, bank checks, canonical content and serialization. */
export * from './assessment'
export * from './report-fields'
export { parseAssessmentBytes, parseAssessmentFile, parseAssessmentJson } from './parse'
export type { ParseAssessmentOptions } from './parse'
export { ASSESSMENT_UPGRADERS, assessmentUpgradeChain } from './upgrade'
export type { AssessmentUpgrader, RawAssessmentFile } from './upgrade'
export { validateAssessmentAgainstBank } from './validate'
export { answerValueIssue } from './validate-answer'
export {
  assessmentCanonicalContent,
  assessmentContentHash,
  serializeAssessmentFile
} from './canonical'
export { isFinalizationSealValid, sealVerdict } from './seal'
export { SEAL_COVERS } from './seal-covers'
export type { SealVerdict } from './seal'
export type { CanonicalAssessmentContent, SerializeOptions } from './canonical'
