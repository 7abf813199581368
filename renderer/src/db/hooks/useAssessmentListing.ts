import {
  readAssessmentPage,
  type AssessmentListPage,
  type ListPageRequest
} from '../repos/list-page'
import { readAssessmentListing, type AssessmentListing } from '../repos/summary'
import { useDatabaseQuery, type LiveResult } from './live-query'

/** What the home list read: one page through the indexes, or every line. */
export type HomeListData = (
  { kind: 'page'; page: AssessmentListPage } | { kind: 'all'; listing: AssessmentListing }
) & {
  /** Which request it answers (homeListKey): while a new read runs, the previous result stays. */
  key: string
}

/** Identifies a home-list request; compare with HomeListData.key to tell a stale result. */
export const homeListKey = (request: ListPageRequest | null): string =>
  request ? `page|${request.view}|${request.order}|${request.offset}|${request.limit}` : 'all'

/**
 * The home list, live. With a request, only that page (repos/list-page.ts); without one, every
 * line with which are stale (for searching and the sorts no index serves; it does not depend on
 * the search, so typing does not read again). While a new read runs, the previous result stays
 * (possibly of the other kind).
 */
export function useHomeList(request: ListPageRequest | null): LiveResult<HomeListData> {
  const key = homeListKey(request)
  return useDatabaseQuery(
    async (db): Promise<HomeListData> =>
      request
        ? { kind: 'page', page: await readAssessmentPage(db, request), key }
        : { kind: 'all', listing: await readAssessmentListing(db), key },
    [key]
  )
}
