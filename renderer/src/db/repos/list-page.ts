import type { AssessmentStatus } from '@shared/assessment/assessment'
import type { StabilityDatabase } from '../database'
import { unscoredListRow } from '../migrations/v2-assessment-list'
import { listStamp, type AssessmentListRow } from '../schema'

/** A home-list view: every status, one status, or the trash. */
export type ListPageView = 'all' | AssessmentStatus | 'trash'

/** How many assessments each view holds (the trash apart from the rest). */
export type ListCounts = Record<ListPageView, number>

/** One page of the home list in its default order (last change, or deletion in the trash). */
export interface ListPageRequest {
  view: ListPageView
  order: 'ascend' | 'descend'
  /** Index of the page's first line in the view; a page past the end shows the last one. */
  offset: number
  limit: number
}

export interface AssessmentListPage {
  /** The page's lines, in order, with current status, updatedAt and trash state. */
  rows: AssessmentListRow[]
  /** The offset actually shown (smaller than asked when the view shrank below it). */
  offset: number
  /** Lines in the view. */
  total: number
  counts: ListCounts
  /** Every assessment not in the trash (what a selection may keep). */
  listedIds: ReadonlySet<string>
  /** Lines of this page that are missing or older than their assessment (figures may lag). */
  staleIds: string[]
}

const STATUSES: readonly AssessmentStatus[] = ['draft', 'inReview', 'finalized']

/** A native request's result (inside the Dexie transaction, so it sees the same snapshot). */
const result = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })

/**
 * One page of the home list without reading the other 4,980 lines: the order, the views and their
 * counts come from key-only reads of the assessments' indexes (updatedAt, deletedAt, and status
 * when there is a trash or a status view — one getAllKeys each, no values), then only the page's
 * assessments and lines are read. The page's figures (score, level, completion) come from its
 * lines, everything else from the assessments themselves. Searching and the other sorts need
 * every line (readAssessmentListing).
 *
 * The key-only reads go to the native transaction under Dexie's: a live query notes every key a
 * Dexie read returns, which for 5,000 keys cost more than the read. The live query still re-runs
 * on every change that matters: the status counts (read through Dexie) cover every write to an
 * assessment (each has a status), and the page's own rows and lines are read through Dexie too.
 */
export function readAssessmentPage(
  db: StabilityDatabase,
  request: ListPageRequest
): Promise<AssessmentListPage> {
  return db.transaction('r', db.assessments, db.assessmentList, async (tx) => {
    const store = tx.idbtrans.objectStore('assessments')
    const keys = (index: string, range?: IDBKeyRange): Promise<string[]> =>
      result(store.index(index).getAllKeys(range)).then((found) => found.map(String))
    const [byUpdated, byDeleted, ...statusCounts] = await Promise.all([
      keys('updatedAt'),
      keys('deletedAt'),
      ...STATUSES.map((status) => db.assessments.where('status').equals(status).count())
    ])
    const trashed = new Set(byDeleted)
    const wantStatusKeys = trashed.size > 0 || request.view !== 'all'
    const byStatus = wantStatusKeys
      ? await Promise.all(STATUSES.map((status) => keys('status', IDBKeyRange.only(status))))
      : undefined
    const counts: ListCounts = {
      all: byUpdated.length - trashed.size,
      draft: 0,
      inReview: 0,
      finalized: 0,
      trash: trashed.size
    }
    let inStatus: Set<string> | undefined
    STATUSES.forEach((status, i) => {
      const ids = byStatus?.[i]
      let inTrash = 0
      if (ids && trashed.size > 0) for (const id of ids) if (trashed.has(id)) inTrash++
      counts[status] = (statusCounts[i] ?? 0) - inTrash
      if (request.view === status) inStatus = new Set(ids)
    })
    const listedIds = new Set<string>()
    for (const id of byUpdated) if (!trashed.has(id)) listedIds.add(id)

    const ordered =
      request.view === 'trash'
        ? byDeleted
        : byUpdated.filter((id) => !trashed.has(id) && (inStatus === undefined || inStatus.has(id)))
    if (request.order === 'descend') ordered.reverse()

    const limit = Math.max(1, request.limit)
    const lastPage = Math.max(0, Math.ceil(ordered.length / limit) - 1)
    const offset = Math.min(Math.max(0, Math.floor(request.offset / limit)), lastPage) * limit
    const ids = ordered.slice(offset, offset + limit)
    const [assessments, lines] = await Promise.all([
      db.assessments.bulkGet(ids),
      db.assessmentList.bulkGet(ids)
    ])

    const rows: AssessmentListRow[] = []
    const staleIds: string[] = []
    assessments.forEach((assessment, i) => {
      if (!assessment) return
      const line = lines[i]
      if (!line) {
        rows.push(unscoredListRow(assessment))
        staleIds.push(assessment.id)
        return
      }
      if (line.basedOn !== listStamp(assessment)) staleIds.push(assessment.id)
      // The assessment's own fields are at hand and always current; the figures are the line's.
      const { score, level, levelCode, levelLabel, completion, basedOn } = line
      rows.push({
        ...unscoredListRow(assessment),
        score,
        level,
        levelCode,
        levelLabel,
        completion,
        basedOn
      })
    })
    return { rows, offset, total: ordered.length, counts, listedIds, staleIds }
  })
}
