import type { Bank } from '@shared/bank/bank'
import type {
  Answer,
  Assessment,
  AuditEntry,
  FactorEntry,
  FindingRecord
} from '@shared/assessment/assessment'

/** An installed question bank: shipped with the app or imported. Keyed by its content hash. */
export interface BankRow {
  contentHash: string
  id: string
  version: string
  origin: 'builtin' | 'imported'
  installedAt: string
  bank: Bank
}

/** Figures the home list shows without re-scoring 5,000 assessments. Refreshed on every change. */
export interface AssessmentSummary {
  score: number | null
  level: number | null
  completion: number
}

/** An assessment's header; its answers, factors, findings and audit entries live in their own tables. */
export type AssessmentRow = Omit<Assessment, 'answers' | 'factors' | 'findings' | 'auditLog'> & {
  /** Set when moved to the trash; cleared on restore. */
  deletedAt?: string
  summary?: AssessmentSummary
}

export type AnswerRow = Answer & { assessmentId: string }
export type FactorRow = FactorEntry & { assessmentId: string }
export type FindingRow = FindingRecord & { assessmentId: string }
export type AuditRow = AuditEntry & { assessmentId: string }

/** Attached evidence files, content-addressed by SHA-256 so the same file is stored once. */
export interface EvidenceBlobRow {
  sha256: string
  blob: Blob
  size: number
  mimeType: string
  storedAt: string
}

export interface SettingRow {
  key: string
  value: unknown
}

/**
 * Version 1 of the IndexedDB layout. Only queried fields are indexed (each index costs write time).
 * A later change adds a new constant and a file under migrations/, never edits this one.
 */
export const STORES_V1 = {
  banks: 'contentHash, id, [id+version]',
  assessments: 'id, status, updatedAt, deletedAt',
  answers: '[assessmentId+questionId], assessmentId',
  factorInputs: '[assessmentId+factorId], assessmentId',
  findings: '[assessmentId+findingId], assessmentId',
  auditLog: '[assessmentId+id], assessmentId, [assessmentId+at]',
  evidence: 'sha256',
  settings: 'key'
} as const
