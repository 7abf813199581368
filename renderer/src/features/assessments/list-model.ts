import type { AssessmentListPage, ListCounts } from '../../db/repos/list-page'
import type { AssessmentListing } from '../../db/repos/summary'
import type { AssessmentListRow } from '../../db/schema'
import { countViews, filterAssessments, type ListView } from './filter-assessments'
import { sortAssessments } from './sort-assessments'
import type { ListFilters } from './useListFilters'

/** What the home screen shows: one page of lines, and what it needs to know about the rest. */
export interface ListModel {
  rows: AssessmentListRow[]
  /** 1-based page shown. */
  page: number
  /** Lines in the view (after the search). */
  total: number
  counts: ListCounts
  /** Assessments not in the trash (a selection keeps only these). */
  listedIds: ReadonlySet<string>
  /** Lines to recompute in the background (stale, missing, or of deleted assessments). */
  refreshIds: string[]
}

/**
 * Whether the list can be read one page at a time from the indexes (repos/list-page.ts): no
 * search, sorted by the last change (the default). Other sorts and searches need every line.
 */
export const pagedByIndex = (query: string, sort: ListFilters['sort']): boolean =>
  query.trim() === '' && sort.field === 'updatedAt'

export function modelFromPage(page: AssessmentListPage, pageSize: number): ListModel {
  return {
    rows: page.rows,
    page: Math.floor(page.offset / pageSize) + 1,
    total: page.total,
    counts: page.counts,
    listedIds: page.listedIds,
    refreshIds: page.staleIds
  }
}

/** The whole list searched, sorted and cut to one page (a page past the end shows the last). */
export function modelFromListing(
  listing: AssessmentListing,
  view: ListView,
  query: string,
  sort: ListFilters['sort'],
  page: number,
  pageSize: number
): ListModel {
  const matching = sortAssessments(
    filterAssessments(listing.rows, view, query),
    sort,
    view === 'trash'
  )
  const shown = Math.min(page, Math.max(1, Math.ceil(matching.length / pageSize)))
  return {
    rows: matching.slice((shown - 1) * pageSize, shown * pageSize),
    page: shown,
    total: matching.length,
    counts: countViews(listing.rows),
    listedIds: new Set(listing.rows.filter((r) => !r.deletedAt).map((r) => r.id)),
    refreshIds: [...listing.staleIds, ...listing.orphanIds]
  }
}
