import {
  CONFIDENTIALITY_LEVELS,
  DEFAULT_CONFIDENTIALITY,
  DEFAULT_REPORT_NUMBER_PATTERN,
  type ConfidentialityLevel
} from '@shared/assessment/report-fields'
import type { ReviewLevel } from '@shared/assessment/review-record'
import type { StabilityDatabase } from '../database'
import { guardStorage } from '../storage-error'

/** The app's settings and their defaults; stored one row per key. */
export interface Settings {
  assessorName: string
  /** Attached evidence files larger than this are refused (a written reference is offered instead). */
  maxEvidenceBytes: number
  /** Answer and advance: an answer key moves on to the next question still open. */
  answerAndAdvance: boolean
  /** The confidentiality label a new assessment's report starts with. */
  defaultConfidentiality: ConfidentialityLevel
  /** How a new assessment's report number is made: `{year}`, `{seq}`, `{id}` (report-fields.ts). */
  reportNumberPattern: string
  /**
   * 分级复核: the levels a review goes through (2–3, signed in order, the last one finalizes);
   * empty or one level: finalizing is the only signature.
   */
  reviewLevels: ReviewLevel[]
}

export const DEFAULT_SETTINGS: Settings = {
  assessorName: '',
  maxEvidenceBytes: 20 * 1024 * 1024,
  answerAndAdvance: true,
  defaultConfidentiality: DEFAULT_CONFIDENTIALITY,
  reportNumberPattern: DEFAULT_REPORT_NUMBER_PATTERN,
  reviewLevels: []
}

export function loadSettings(db: StabilityDatabase): Promise<Settings> {
  return guardStorage(async () => {
    const rows = await db.settings.toArray()
    const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]))
    return { ...DEFAULT_SETTINGS, ...pickKnown(stored) }
  })
}

export function saveSetting<K extends keyof Settings>(
  db: StabilityDatabase,
  key: K,
  value: Settings[K]
): Promise<void> {
  return guardStorage(async () => {
    await db.settings.put({ key, value })
  })
}

function pickKnown(stored: Record<string, unknown>): Partial<Settings> {
  const out: Partial<Settings> = {}
  if (typeof stored.assessorName === 'string') out.assessorName = stored.assessorName
  if (typeof stored.maxEvidenceBytes === 'number' && stored.maxEvidenceBytes > 0) {
    out.maxEvidenceBytes = stored.maxEvidenceBytes
  }
  if (typeof stored.answerAndAdvance === 'boolean') out.answerAndAdvance = stored.answerAndAdvance
  const level = stored.defaultConfidentiality
  if (typeof level === 'string' && (CONFIDENTIALITY_LEVELS as readonly string[]).includes(level))
    out.defaultConfidentiality = level as ConfidentialityLevel
  const pattern = stored.reportNumberPattern
  if (typeof pattern === 'string' && pattern.trim() !== '' && pattern.length <= 64)
    out.reportNumberPattern = pattern
  const levels = stored.reviewLevels
  if (Array.isArray(levels) && levels.length <= 3 && levels.every(isReviewLevel))
    out.reviewLevels = levels as ReviewLevel[]
  return out
}

/** The shape of shared/assessment's reviewLevelSchema, checked without zod (start-up code). */
function isReviewLevel(value: unknown): value is ReviewLevel {
  if (typeof value !== 'object' || value === null) return false
  const { name, signers } = value as Record<string, unknown>
  const text = (item: unknown, max: number): boolean =>
    typeof item === 'string' && item.trim() !== '' && item.trim().length <= max
  return (
    text(name, 40) &&
    (signers === undefined ||
      (Array.isArray(signers) && signers.length <= 50 && signers.every((s) => text(s, 200))))
  )
}
