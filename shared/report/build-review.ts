import type { Assessment, AuditEntry } from '../assessment/assessment'
import type { ReviewRecord } from '../assessment/review-record'
import { dateTimeCell } from './time'
import { fill, type ReportLabels } from './labels'
import type { ReviewHistoryRow, ReviewLevelRow, ReviewModel } from './model'

const HISTORY_ACTIONS: ReadonlySet<AuditEntry['action']> = new Set([
  'review.sign',
  'review.sendBack',
  'assessment.finalize',
  'assessment.reopen'
])

/** `review:2` → 2 (the level a review step is about), else null. */
function levelOfTarget(target: string | undefined): number | null {
  const match = /^review:(\d)$/.exec(target ?? '')
  return match ? Number(match[1]) : null
}

function levelName(
  level: number | null,
  record: ReviewRecord | undefined,
  labels: ReportLabels,
  name?: unknown
): string {
  if (level === null) return ''
  const L = labels.reviewRecord
  const text = fill(L.levelNumber, { n: level })
  const named = typeof name === 'string' ? name : record?.levels[level - 1]?.name
  return named === undefined ? text : fill(L.levelNamed, { level: text, name: named })
}

const field = (value: unknown, key: string): unknown =>
  value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined

/** One audit entry as a review step (the caller keeps only HISTORY_ACTIONS). */
export function reviewStep(
  entry: AuditEntry,
  record: ReviewRecord | undefined,
  labels: ReportLabels
): ReviewHistoryRow {
  const D = labels.reviewRecord.decisions
  const level = levelOfTarget(entry.target)
  const levelText = levelName(level, record, labels, field(entry.newValue, 'name'))
  const reason = entry.reason?.trim() ?? ''
  let decision: string
  let comment = reason
  if (entry.action === 'review.sign') {
    const final = record !== undefined && level === record.levels.length
    decision = final ? D.finalized : D.approved
    const said = field(entry.newValue, 'comment')
    comment = typeof said === 'string' ? said : ''
  } else if (entry.action === 'review.sendBack') {
    decision = fill(D.sentBack, { level: levelText })
  } else {
    decision = entry.action === 'assessment.finalize' ? D.finalize : D.reopen
  }
  return { at: dateTimeCell(entry.at), by: entry.by, level: levelText, decision, comment }
}

/** Whether an audit entry is a review step (shown in the review history). */
export const isReviewStep = (entry: AuditEntry): boolean => HISTORY_ACTIONS.has(entry.action)

function levelRows(
  record: ReviewRecord,
  contentHash: string,
  labels: ReportLabels
): ReviewLevelRow[] {
  const D = labels.reviewRecord.decisions
  return record.levels.map((level, k) => {
    const n = k + 1
    const signature = record.signatures.find((s) => s.level === n)
    const base = {
      level: n,
      levelText: fill(labels.reviewRecord.levelNumber, { n }),
      name: level.name
    }
    if (signature === undefined)
      return { ...base, by: '', at: null, decision: D.pending, comment: '', contentHash: '' }
    const decision =
      signature.contentHash !== contentHash
        ? D.stale
        : n === record.levels.length
          ? D.finalized
          : D.approved
    return {
      ...base,
      by: signature.by,
      at: dateTimeCell(signature.at),
      decision,
      comment: signature.comment ?? '',
      contentHash: signature.contentHash
    }
  })
}

/**
 * The review record of `assessment`: `contentHash` is its current content's SHA-256 and `sealText`
 * the cover's seal sentence (who, when, whether it still matches).
 */
export function buildReviewModel(
  assessment: Assessment,
  hash: { content: string; sealValid: boolean; sealText: string },
  labels: ReportLabels
): ReviewModel {
  const L = labels.reviewRecord
  const record = assessment.review
  const seal = assessment.finalization
  return {
    noLevels: record === undefined ? fill(L.noLevels, { seal: hash.sealText }) : '',
    levels: record === undefined ? [] : levelRows(record, hash.content, labels),
    seal:
      seal === undefined
        ? null
        : {
            by: seal.by,
            at: dateTimeCell(seal.at),
            contentHash: seal.contentHash,
            state: hash.sealText
          },
    history: assessment.auditLog
      .filter(isReviewStep)
      .map((entry) => reviewStep(entry, record, labels))
  }
}
