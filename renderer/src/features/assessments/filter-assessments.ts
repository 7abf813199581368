import type { AssessmentStatus } from '@shared/assessment/assessment'
import type { AssessmentListRow } from '../../db/schema'

/** The home list's views: every status, one status, or the trash. */
export type ListView = 'all' | AssessmentStatus | 'trash'
export const LIST_VIEWS: readonly ListView[] = ['all', 'draft', 'inReview', 'finalized', 'trash']

export const isListView = (value: unknown): value is ListView =>
  typeof value === 'string' && (LIST_VIEWS as readonly string[]).includes(value)

/** Lower-case, width-folded (全角 → half-width) text, so "ＡＢＣ" finds "abc". */
const fold = (text: string): string => text.normalize('NFKC').toLowerCase()

/** What a search matches in a line: institution, the systems in scope and the assessors. */
const haystack = (row: AssessmentListRow): string =>
  fold([row.institution, ...row.scope, ...row.assessors].join('\n'))

/**
 * The lines of one view that match a search. Every word of the query (split on spaces) must
 * appear somewhere in the line, so "华泰 清算" finds the firm's clearing-system assessment.
 */
export function filterAssessments(
  rows: readonly AssessmentListRow[],
  view: ListView,
  query: string
): AssessmentListRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  return rows.filter((row) => {
    const inView =
      view === 'trash'
        ? row.deletedAt !== undefined
        : row.deletedAt === undefined && (view === 'all' || row.status === view)
    if (!inView) return false
    if (words.length === 0) return true
    const text = haystack(row)
    return words.every((word) => text.includes(word))
  })
}

/** How many lines each view holds (the trash apart from the rest). */
export function countViews(rows: readonly AssessmentListRow[]): Record<ListView, number> {
  const counts: Record<ListView, number> = { all: 0, draft: 0, inReview: 0, finalized: 0, trash: 0 }
  for (const row of rows) {
    if (row.deletedAt !== undefined) counts.trash++
    else {
      counts.all++
      counts[row.status]++
    }
  }
  return counts
}
