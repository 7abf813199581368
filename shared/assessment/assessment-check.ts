import { checkedAnswers } from './answer-check'
import { MAX_ANSWERS, assessmentFileSchema } from './assessment'
import { isPlainObject } from './fast-fields'
import { checkedAuditEntries, checkedFactorEntries, checkedFindings } from './record-check'

/** The assessment's bulk lists, with their schema's longest length and fast check. */
const LISTS = [
  { key: 'answers', max: MAX_ANSWERS, check: checkedAnswers },
  { key: 'factors', max: 1_000, check: checkedFactorEntries },
  { key: 'findings', max: 10_000, check: checkedFindings },
  { key: 'auditLog', max: 1_000_000, check: checkedAuditEntries }
] as const

/**
 * assessmentFileSchema.safeParse, with the bulk lists (answers, factor entries, findings, audit
 * log) checked by their fast paths (answer-check.ts, record-check.ts): the same result in a
 * fraction of the time. When anything is invalid, the whole file goes through the schema, so
 * problems are reported exactly as the schema reports them.
 */
export function safeParseAssessmentFile(
  file: unknown
): ReturnType<typeof assessmentFileSchema.safeParse> {
  if (!isPlainObject(file) || !isPlainObject(file.assessment))
    return assessmentFileSchema.safeParse(file)
  const assessment = file.assessment
  const fast: Record<string, unknown[]> = {}
  const rest: Record<string, unknown> = { ...assessment }
  for (const { key, max, check } of LISTS) {
    const rows = assessment[key]
    if (!Array.isArray(rows) || rows.length > max) continue
    const checked = check(rows)
    if (checked === null) return assessmentFileSchema.safeParse(file)
    fast[key] = checked
    rest[key] = []
  }
  const parsed = assessmentFileSchema.safeParse({ ...file, assessment: rest })
  if (!parsed.success) return assessmentFileSchema.safeParse(file)
  Object.assign(parsed.data.assessment, fast)
  return parsed
}
