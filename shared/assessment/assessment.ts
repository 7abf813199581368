import { z } from 'zod'
import { SEAL_COVERS } from './seal-covers'
import { scoringProfileSchema } from '../bank/profile'
import { idSchema, isoDateSchema } from '../bank/primitives'
import { evidenceRefSchema, isoDateTime, personName, sha256Hex } from './evidence'
import { findingRecordSchema } from './finding-record'
import { assessmentRegistersSchema } from './registers-record'
import { reviewRecordSchema } from './review-record'
import { CONFIDENTIALITY_LEVELS, MAX_NARRATIVE_LENGTH } from './report-fields'

export { evidenceRefSchema, MAX_EVIDENCE_CAPTION_LENGTH, type EvidenceRef } from './evidence'
export * from './finding-record'
export * from './review-record'
export * from './registers-record'
export { AUDIT_CHAIN_GENESIS, type AuditChainHead, type AuditChainVerdict } from './audit-chain'

/**
 * The assessment file format this code writes; older files are upgraded on load.
 * 2: the report of record's fields (metadata.reportNumber, metadata.confidentiality, narrative).
 * 3: an evidence item's effective date (`effectiveDate`, 证据日期) and caption; the audit action
 *    `evidence.update` (a date or caption changed); the remediation register (findings'
 *    description, risk override, urgency, note with evidence, re-check, the auditee's feedback,
 *    history) and `previousPeriod`.
 *    Also key systems (metadata.systems replaces metadata.scope) and per-system factor inputs
 *    (bySystem); audit actions assessment.bankUpgrade / assessment.bankUpgradeUndo.
 *    Also graded review (`review`, the `review.sign` and `review.sendBack` audit actions) and the
 *    tamper-evident audit chain (each entry's `seq` and `prev`, the assessment's `auditHead`, the
 *    head a seal covered).
 *    Also the firm's registers the factor figures were measured from (`registers`: rows, source
 *    file and SHA-256, overridden figures with their reasons).
 */
export const CURRENT_ASSESSMENT_FORMAT_VERSION = 3
export const ASSESSMENT_FILE_KIND = 'stability-assessor/assessment'

/**
 * A stored answer value; its shape depends on the question type (checked against the bank):
 * maturity 0..4 · yes/partial/no · option id · option ids · number · percentage 0..100 · YYYY-MM-DD · text.
 * Evidence questions are answered by `evidence` alone (value stays null).
 */
export const answerValueSchema = z.union([
  z.number(),
  z.string().max(20_000),
  z.array(idSchema).max(100),
  z.null()
])
export type AnswerValue = z.infer<typeof answerValueSchema>

export const answerSchema = z.strictObject({
  questionId: idSchema,
  value: answerValueSchema,
  /** Present when the assessor marked the question not applicable; the justification is required. */
  na: z.strictObject({ justification: z.string().trim().min(1).max(4000) }).optional(),
  comment: z.string().max(20_000).optional(),
  evidence: z.array(evidenceRefSchema).max(200).default([]),
  /** Flagged for review by the assessor or reviewer. */
  flagged: z.boolean().default(false),
  /** Copied from the previous period's assessment; needs confirming. */
  carriedOver: z.boolean().default(false),
  answeredBy: personName.optional(),
  answeredAt: isoDateTime.optional()
})
export type Answer = z.infer<typeof answerSchema>

/** Input id → the number entered (null: not known yet). */
const factorValuesSchema = z.record(idSchema, z.number().finite().nullable())
export type FactorValues = z.infer<typeof factorValuesSchema>

/**
 * The numbers entered for one evaluation factor. A missing input is null. A per-system factor
 * keeps its inputs per key system in `bySystem` (system id → inputs); its `values` stay empty.
 */
export const factorEntrySchema = z.strictObject({
  factorId: idSchema,
  values: factorValuesSchema,
  bySystem: z.record(idSchema, factorValuesSchema).optional(),
  comment: z.string().max(20_000).optional(),
  evidence: z.array(evidenceRefSchema).max(200).default([]),
  updatedBy: personName.optional(),
  updatedAt: isoDateTime.optional()
})
export type FactorEntry = z.infer<typeof factorEntrySchema>

export const AUDIT_ACTIONS = [
  'assessment.create',
  'assessment.update',
  'answer.set',
  'answer.clear',
  'factor.set',
  'finding.set',
  'evidence.add',
  'evidence.remove',
  'evidence.update',
  'status.change',
  'assessment.finalize',
  'assessment.reopen',
  'assessment.import',
  'assessment.merge',
  'assessment.bankUpgrade',
  'assessment.bankUpgradeUndo',
  'review.sign',
  'review.sendBack'
] as const

/** The audit chain's head (audit-chain.ts): how many entries, the newest's id and hash. */
export const auditChainHeadSchema = z.strictObject({
  length: z.number().int().min(0).max(1_000_000),
  entryId: idSchema.optional(),
  hash: sha256Hex
})

/** One entry of the audit trail: who changed what, when, from what to what, and why. */
export const auditEntrySchema = z.strictObject({
  id: idSchema,
  at: isoDateTime,
  by: personName,
  action: z.enum(AUDIT_ACTIONS),
  /** What changed, e.g. `question:C3.01`, `factor:F01.A_total`, `finding:q:C3.01`. */
  target: z.string().max(200).optional(),
  oldValue: z.unknown().optional(),
  newValue: z.unknown().optional(),
  reason: z.string().max(4000).optional(),
  /** The entry's place in the tamper-evident chain (0-based); absent on entries from before it. */
  seq: z.number().int().min(0).max(1_000_000).optional(),
  /** SHA-256 of the entry before it (audit-chain.ts); the first entry's is all zeros. */
  prev: sha256Hex.optional()
})
export type AuditEntry = z.infer<typeof auditEntrySchema>

export const ASSESSMENT_STATUSES = ['draft', 'inReview', 'finalized'] as const
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]

/** Characters a report number may not hold: control characters and line/paragraph separators. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** 报告编号, e.g. `SA-2025-003`: one line of 1–64 characters. */
export const reportNumberSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((text) => !CONTROL_CHARACTERS.test(text), 'one line without control characters')

/**
 * The report's narrative parts as the assessors wrote them. A part left out is generated from the
 * results when the report is written (shared/report-doc), so only deliberate text is stored.
 */
export const narrativeSchema = z.strictObject({
  /** 一、评估概述: purpose and how the assessment was made. */
  overview: z.string().max(MAX_NARRATIVE_LENGTH).optional(),
  /** 五、评估结论. */
  conclusion: z.string().max(MAX_NARRATIVE_LENGTH).optional(),
  /** 六、整改建议: the introduction above the recommendations. */
  recommendations: z.string().max(MAX_NARRATIVE_LENGTH).optional()
})
export type Narrative = z.infer<typeof narrativeSchema>

/** The classes of the CSRC 2021 incident measures: 1 = 第一类 … 5 = 第五类. */
export const SYSTEM_CLASSES = [1, 2, 3, 4, 5] as const
export type SystemClass = (typeof SYSTEM_CLASSES)[number]

/**
 * A key (important) information system in the assessment's scope: 集中交易, 网上/移动交易,
 * 融资融券, 银证转账, 行情, 清算 … Per-system factors are entered for each of them.
 */
export const keySystemSchema = z.strictObject({
  /** Stable within the assessment: per-system factor inputs are keyed by it. */
  id: idSchema,
  name: z.string().trim().min(1).max(300),
  /** Its class under the CSRC 2021 incident measures (第一类 … 第五类); absent: not classified yet. */
  class: z.literal(SYSTEM_CLASSES).optional(),
  /** A real-time system serving in trading hours (trading, market data, transfers). */
  realTime: z.boolean().optional(),
  /** When it must be available, e.g. 交易日 9:15–15:00 or 7×24. */
  serviceWindow: z.string().trim().min(1).max(300).optional()
})
export type KeySystem = z.infer<typeof keySystemSchema>

export const assessmentMetadataSchema = z.strictObject({
  institution: z.string().trim().min(1, 'the institution is required').max(300),
  /** The key information systems in scope (ids unique). */
  systems: z
    .array(keySystemSchema)
    .max(500)
    .default([])
    .refine(
      (systems) => new Set(systems.map((system) => system.id)).size === systems.length,
      'each key system needs its own id'
    ),
  period: z
    .strictObject({ start: isoDateSchema, end: isoDateSchema })
    .refine((p) => p.start <= p.end, {
      message: 'the period must start before it ends',
      path: ['end']
    }),
  assessors: z.array(personName).max(100).default([]),
  notes: z.string().max(20_000).optional(),
  /** 报告编号 of the report of record; a default from the pattern in Settings when created. */
  reportNumber: reportNumberSchema.optional(),
  /** The report's confidentiality label; {@link DEFAULT_CONFIDENTIALITY} when absent. */
  confidentiality: z.enum(CONFIDENTIALITY_LEVELS).optional()
})
export type AssessmentMetadata = z.infer<typeof assessmentMetadataSchema>

/**
 * The period this assessment continues (set when it was started from the previous one): which
 * assessment, its period and report number, the SHA-256 of its content when the next period started
 * (so anyone can check the sealed old period never changed), and the gaps it had then — a gap on
 * the same item now is a repeat finding (重复问题).
 */
export const previousPeriodSchema = z.strictObject({
  assessmentId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
  period: z.strictObject({ start: isoDateSchema, end: isoDateSchema }),
  reportNumber: z.string().max(64).optional(),
  contentHash: sha256Hex,
  /** Finding ids (`q:…`, `f:…`) the engine found as gaps in that period. */
  gaps: z.array(z.string().regex(/^(q|f):[A-Za-z][A-Za-z0-9_.-]{0,63}$/)).max(10_000)
})
export type PreviousPeriod = z.infer<typeof previousPeriodSchema>

/** The most answers an assessment holds. */
export const MAX_ANSWERS = 10_000

export const assessmentSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  metadata: assessmentMetadataSchema,
  bank: z.strictObject({
    id: idSchema,
    version: z.string().min(1).max(40),
    contentHash: sha256Hex
  }),
  /** The exact profile scored with; copied in so old results reproduce. */
  profile: scoringProfileSchema,
  status: z.enum(ASSESSMENT_STATUSES),
  answers: z.array(answerSchema).max(MAX_ANSWERS).default([]),
  factors: z.array(factorEntrySchema).max(1_000).default([]),
  findings: z.array(findingRecordSchema).max(10_000).default([]),
  auditLog: z.array(auditEntrySchema).max(1_000_000).default([]),
  /** The report's narrative parts the assessors wrote (absent: generated from the results). */
  narrative: narrativeSchema.optional(),
  /** The period this one continues, when it was started from it. */
  previousPeriod: previousPeriodSchema.optional(),
  /** 分级复核: the review levels and their signatures (docs/review.md). */
  review: reviewRecordSchema.optional(),
  /** The audit chain's head: how many entries, the newest's id and hash (docs/review.md). */
  auditHead: auditChainHeadSchema.optional(),
  /** The registers the factor figures were measured from (docs/registers.md); absent: none imported. */
  registers: assessmentRegistersSchema.optional(),
  /** Set when finalized; cleared (and logged) on reopening. */
  finalization: z
    .strictObject({
      by: personName,
      at: isoDateTime,
      contentHash: sha256Hex,
      /**
       * The optional parts the content hash includes (seal.ts). Absent on seals made before
       * the marker: those of 2026-12-06 builds may not cover the registers.
       */
      covers: z.array(z.enum(SEAL_COVERS)).max(SEAL_COVERS.length).optional(),
      /** The audit chain's head when it was sealed: the seal covers the log up to there. */
      auditHead: auditChainHeadSchema.optional()
    })
    .optional()
})
export type Assessment = z.infer<typeof assessmentSchema>

/** The file as exported, imported and read by the command line. */
export const assessmentFileSchema = z.strictObject({
  kind: z.literal(ASSESSMENT_FILE_KIND),
  formatVersion: z.literal(CURRENT_ASSESSMENT_FORMAT_VERSION),
  exportedAt: isoDateTime.optional(),
  generator: z.string().max(200).optional(),
  assessment: assessmentSchema
})
export type AssessmentFile = z.infer<typeof assessmentFileSchema>
