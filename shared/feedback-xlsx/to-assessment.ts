/**
 * Applies a read feedback workbook onto a copy of the assessment, so the UI can hand "theirs" to
 * the same merge as an imported package: each changed feedback is an item of its own there, shown
 * side by side and written (with its audit entry) only after the lead confirms.
 */
import type { Assessment, FindingRecord } from '../assessment/assessment'
import type { FeedbackImport } from './read-feedback'

/**
 * A copy of `assessment` whose findings carry the workbook's feedback; a finding without a stored
 * record gets an open one. The audit log is not touched (the merge records every resolution); the
 * input is not modified.
 */
export function feedbackToAssessment(
  assessment: Assessment,
  parsed: Pick<FeedbackImport, 'changes'>,
  at: string
): Assessment {
  const copy = JSON.parse(JSON.stringify(assessment)) as Assessment
  const byId = new Map(copy.findings.map((record, k) => [record.findingId, k]))
  for (const { findingId, feedback } of parsed.changes) {
    const at = byId.get(findingId)
    const record: FindingRecord =
      at === undefined ? { findingId, status: 'open' } : copy.findings[at]!
    const next = { ...record, feedback: { ...feedback } }
    if (at === undefined) {
      byId.set(findingId, copy.findings.length)
      copy.findings.push(next)
    } else copy.findings[at] = next
  }
  copy.updatedAt = at
  return copy
}
