import { z } from 'zod'
import { isoDateSchema } from '../bank/primitives'
import { RISK_LEVELS } from '../scoring/risk-level'
import { evidenceRefSchema, isoDateTime, personName } from './evidence'

/**
 * Where a finding stands in the remediation loop (docs/remediation.md):
 * 待整改 open · 整改中 inProgress · 已整改待验证 done · 已验证关闭 verified · 接受风险 accepted.
 * Only `verified` closes a finding: every other one follows into the next period.
 */
export const FINDING_STATUSES = ['open', 'inProgress', 'done', 'verified', 'accepted'] as const
export type FindingStatus = (typeof FINDING_STATUSES)[number]

/** The statuses whose finding is still being worked on: past its due date it is overdue. */
export const ACTIVE_FINDING_STATUSES: readonly FindingStatus[] = ['open', 'inProgress']

/** The auditee's answer to a finding in the 事实确认 (confirmation) workbook. */
export const FEEDBACK_RESPONSES = ['agree', 'partial', 'disagree'] as const
export type FeedbackResponse = (typeof FEEDBACK_RESPONSES)[number]

/** The outcome of a re-check (复查) of the remediation. */
export const RECHECK_RESULTS = ['passed', 'failed'] as const
export type RecheckResult = (typeof RECHECK_RESULTS)[number]

const longText = z.string().max(20_000)

/** 风险等级 set by a reviewer instead of the engine's default, with the reason (required). */
export const riskOverrideSchema = z.strictObject({
  level: z.enum(RISK_LEVELS),
  reason: z.string().trim().min(1).max(4000)
})
export type RiskOverride = z.infer<typeof riskOverrideSchema>

/** 复查: when, by whom, with what result the remediation was checked. */
export const recheckSchema = z.strictObject({
  date: isoDateSchema,
  by: personName,
  result: z.enum(RECHECK_RESULTS),
  comment: longText.optional()
})
export type Recheck = z.infer<typeof recheckSchema>

/** 事实确认: what the assessed department said about the finding (from the feedback workbook). */
export const findingFeedbackSchema = z.strictObject({
  response: z.enum(FEEDBACK_RESPONSES),
  /** 说明: why they agree only partly or disagree, or anything they add. */
  explanation: longText.optional(),
  /** 整改计划: what they will do. */
  plan: longText.optional(),
  /** 计划完成日期. */
  plannedDate: isoDateSchema.optional(),
  /** Who answered (the department or person named in the workbook). */
  by: z.string().trim().min(1).max(200).optional(),
  /** When the answer was taken into the assessment. */
  receivedAt: isoDateTime.optional()
})
export type FindingFeedback = z.infer<typeof findingFeedbackSchema>

/**
 * The record a finding had in an earlier period, kept when it was carried into the next one: the
 * old period's file is sealed and never changes, so the history travels with the finding.
 */
export const findingPeriodRecordSchema = z.strictObject({
  assessmentId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
  period: z.strictObject({ start: isoDateSchema, end: isoDateSchema }),
  reportNumber: z.string().max(64).optional(),
  status: z.enum(FINDING_STATUSES),
  riskLevel: z.enum(RISK_LEVELS).optional(),
  owner: z.string().max(200).optional(),
  dueDate: isoDateSchema.optional(),
  action: longText.optional(),
  note: longText.optional(),
  recheck: recheckSchema.optional()
})
export type FindingPeriodRecord = z.infer<typeof findingPeriodRecordSchema>

/**
 * The remediation record of a gap the engine found (问题清单 as a register). Keyed by the gap's
 * stable id (`q:<questionId>` or `f:<factorId>`), so it survives re-scoring. Every field but the id
 * and the status is optional; what is absent is derived (the description and recommendation from
 * the question or the bank's standard wording, the risk level from weight × gap).
 */
export const findingRecordSchema = z
  .strictObject({
    findingId: z.string().regex(/^(q|f):[A-Za-z][A-Za-z0-9_.-]{0,63}$/),
    /** 问题描述 as edited; absent: generated from the question (or its standard wording) and answer. */
    description: longText.optional(),
    /** 风险等级 set instead of the default, with the reason. */
    risk: riskOverrideSchema.optional(),
    /** 责任部门 (responsible department or person), e.g. `周强（运维管理部）`. */
    owner: z.string().max(200).optional(),
    /** 期限: the target date. */
    dueDate: isoDateSchema.optional(),
    /** 整改建议: the recommended or planned action. */
    action: longText.optional(),
    /** 紧急整改; absent: urgent when the risk level is high. */
    urgent: z.boolean().optional(),
    status: z.enum(FINDING_STATUSES).default('open'),
    /** 整改说明: what was done, with its own evidence. */
    note: longText.optional(),
    noteEvidence: z.array(evidenceRefSchema).max(200).optional(),
    recheck: recheckSchema.optional(),
    feedback: findingFeedbackSchema.optional(),
    /** The finding's records in earlier periods, oldest first (present when it was carried). */
    history: z.array(findingPeriodRecordSchema).max(100).optional()
  })
  .refine((record) => record.status !== 'verified' || record.recheck?.result === 'passed', {
    message: 'a verified finding needs a passed re-check',
    path: ['status']
  })
export type FindingRecord = z.infer<typeof findingRecordSchema>
