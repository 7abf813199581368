import { z } from 'zod'
import { confidentialityStampSchema } from '../package/confidentiality-stamp'

/** Identifies a backup's manifest; anything else is not our backup. */
export const BACKUP_KIND = 'stability-assessor/backup'
/** The backup format this code writes. A newer one is refused (made by a newer app). */
export const CURRENT_BACKUP_VERSION = 1
export const BACKUP_MANIFEST_PATH = 'backup.json'

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex')
const isoDateTime = z.iso.datetime({ offset: true })
const shortText = (max: number): z.ZodString => z.string().max(max)

/** One assessment of the backup: where its package is, and what the restore dialog shows. */
export const backupAssessmentSchema = z
  .object({
    part: z.string().regex(/^assessments\/\d{1,6}\.zip$/, 'assessments/<number>.zip'),
    size: z.number().int().min(0),
    sha256: sha256Hex,
    id: shortText(64),
    institution: shortText(500),
    period: z.object({ start: shortText(40), end: shortText(40) }).strict(),
    status: shortText(40),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
    /** Set when the assessment was in the trash. */
    deletedAt: isoDateTime.optional(),
    answers: z.number().int().min(0),
    evidenceFiles: z.number().int().min(0)
  })
  .strict()
export type BackupAssessment = z.infer<typeof backupAssessmentSchema>

/** One installed bank, shipped or imported (used or not by an assessment). */
export const backupBankSchema = z
  .object({
    part: z.string().regex(/^banks\/\d{1,6}\.json$/, 'banks/<number>.json'),
    size: z.number().int().min(0),
    sha256: sha256Hex,
    contentHash: sha256Hex,
    id: shortText(64),
    version: shortText(64),
    origin: z.enum(['builtin', 'imported']),
    installedAt: shortText(40)
  })
  .strict()
export type BackupBank = z.infer<typeof backupBankSchema>

/** What the evidence store knew about a file besides its bytes (which travel in the packages). */
export const backupEvidenceSchema = z
  .object({ sha256: sha256Hex, mimeType: shortText(200), storedAt: shortText(40) })
  .strict()
export type BackupEvidence = z.infer<typeof backupEvidenceSchema>

export const backupSettingSchema = z.object({ key: shortText(100), value: z.unknown() }).strict()

/** `backup.json`: what the backup holds. Every object is strict, as in the package format. */
export const backupManifestSchema = z
  .object({
    kind: z.literal(BACKUP_KIND),
    backupVersion: z.literal(CURRENT_BACKUP_VERSION),
    /** The strictest confidentiality label of its assessments (absent in older backups). */
    confidentiality: confidentialityStampSchema.optional(),
    createdAt: isoDateTime,
    generator: z.string().trim().min(1).max(200),
    /** The IndexedDB schema version the data came from (informative). */
    databaseVersion: z.number().int().min(1).max(10_000),
    assessments: z.array(backupAssessmentSchema).max(60_000),
    banks: z.array(backupBankSchema).max(1_000),
    evidence: z.array(backupEvidenceSchema).max(100_000),
    settings: z.array(backupSettingSchema).max(1_000)
  })
  .strict()
export type BackupManifest = z.infer<typeof backupManifestSchema>
