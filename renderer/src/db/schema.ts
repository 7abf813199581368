import type { Bank } from '@shared/bank/bank'
import type { LocalizedText } from '@shared/bank/primitives'
import type {
  Answer,
  Assessment,
  AssessmentStatus,
  AuditEntry,
  FactorEntry,
  FindingRecord
} from '@shared/assessment/assessment'
import type { AssessmentRegisters } from '@shared/assessment/registers-record'
import type { PackedRegister, RegisterHead } from '@shared/registers/packed'

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

/**
 * One line of the home list: the few fields it shows, searches and sorts by, with the scored
 * summary. A lean copy, because reading 5,000 full assessment rows (each carrying its scoring
 * profile) takes several times longer than the 300 ms the list may take to show. Kept fresh
 * lazily (repos/summary.ts): a line whose `basedOn` no longer matches its assessment is recomputed.
 */
export interface AssessmentListRow {
  id: string
  institution: string
  /** The names of its key systems (searched and shown on the home list). */
  scope: string[]
  assessors: string[]
  period: { start: string; end: string }
  status: AssessmentStatus
  createdAt: string
  updatedAt: string
  deletedAt?: string
  bank: { id: string; version: string }
  /** Overall score 0..100; null while nothing can be scored. */
  score: number | null
  /** Overall level after gates; null while withheld or not scored. */
  level: number | null
  levelCode: string | null
  levelLabel: LocalizedText | null
  /** Questions and factors done, 0..100. */
  completion: number
  /** The assessment's `listStamp` this line was computed from. */
  basedOn: string
}

/** What a list line is computed from: any change to the assessment changes it. */
export const listStamp = (row: Pick<AssessmentRow, 'updatedAt' | 'deletedAt'>): string =>
  `${row.updatedAt}|${row.deletedAt ?? ''}`

/** Version 2 adds the home list's lean lines (migrations/v2-assessment-list.ts fills them). */
export const STORES_V2 = {
  ...STORES_V1,
  assessmentList: 'id'
} as const

/**
 * Version 3 changes no index: an assessment's scope becomes key systems
 * (migrations/v3-key-systems.ts converts the stored rows).
 */
export const STORES_V3 = STORES_V2

/** A register as imported, and a figure typed over the register's: as in the assessment file. */
export type { FigureOverride, StoredRegister } from '@shared/assessment/registers-record'

/**
 * An assessment's registers (故障台账, 变更台账 …) and the figures overridden by hand, keyed by
 * figure (`F01.N_mon`, `F16.T_trading@<system id>`). One row per assessment that has any.
 */
export interface RegistersRow extends AssessmentRegisters {
  assessmentId: string
}

/** Version 4 adds the registers the factors are measured from (a table of its own: no data to convert). */
export const STORES_V4 = {
  ...STORES_V3,
  registers: 'assessmentId'
} as const

/**
 * An assessment's registers as the `registers` table keeps them from version 5 on: each
 * register's rows packed into one JSON text (shared/registers/packed.ts), so storing, reading and
 * handing a 100,000-row register to the register worker copies one string, not 100,000 objects
 * on the UI thread. Repositories unpack it into a RegistersRow for exports and backups.
 */
export interface PackedRegistersRow extends Omit<RegistersRow, 'registers'> {
  registers: PackedRegister[]
}

/** Version 5 changes no index: each register's rows are packed (migrations/v5-packed-registers.ts). */
export const STORES_V5 = STORES_V4

/**
 * An assessment's registers as the `registers` table keeps them from version 6 on: each register
 * without its rows (kind, file, row counts, rows left out) and the overrides — what the screens'
 * live queries read, a few hundred bytes however long the registers are. The rows' JSON lives in
 * `registerRows`, read only where the rows are needed (the register worker, exports, backups).
 */
export interface RegisterHeadsRow extends Omit<RegistersRow, 'registers'> {
  registers: RegisterHead[]
}

/** One register's rows, packed (shared/registers/packed.ts): one per assessment and kind. */
export interface RegisterRowsRow {
  assessmentId: string
  kind: RegisterHead['table']['kind']
  rowsJson: string
}

/**
 * Version 6 keeps each register's rows apart from its head (migrations/v6-register-rows.ts), so
 * storing a 100,000-row register and the screens reading the registers never copy the rows
 * through the page.
 */
export const STORES_V6 = {
  ...STORES_V5,
  registerRows: '[assessmentId+kind], assessmentId'
} as const
