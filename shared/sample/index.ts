/** Deterministic, realistic sample assessments for demos, tests and the `sample` command. */
export { SAMPLE_BASE_DATE, generateSampleAssessment } from './generate'
export type { SampleOptions } from './generate'
export { sampleEvidenceFiles } from './evidence-files'
export type { SampleEvidenceFile } from './evidence-files'
