import { useRef } from 'react'
import { useSearchParams } from 'react-router'
import { isListView, type ListView } from './filter-assessments'

export type SortField = 'institution' | 'period' | 'status' | 'completion' | 'score' | 'updatedAt'
export type SortOrder = 'ascend' | 'descend'
const SORT_FIELDS: readonly string[] = [
  'institution',
  'period',
  'status',
  'completion',
  'score',
  'updatedAt'
]

export interface ListFilters {
  view: ListView
  query: string
  sort: { field: SortField; order: SortOrder }
}

/**
 * The home list's view, search and sort, kept in the URL: a reload (or coming back from an
 * assessment) shows the list exactly as the assessor left it.
 */
export function useListFilters(): [ListFilters, (change: Partial<ListFilters>) => void] {
  const [params, setParams] = useSearchParams()
  const view = params.get('view')
  const field = params.get('sort') ?? ''
  const filters: ListFilters = {
    view: isListView(view) ? view : 'all',
    query: params.get('q') ?? '',
    sort: {
      field: SORT_FIELDS.includes(field) ? (field as SortField) : 'updatedAt',
      order: params.get('order') === 'ascend' ? 'ascend' : 'descend'
    }
  }
  // The router applies a URL change in a transition, so a second change (a view picked right after
  // typing a search) can come before this render has caught up: it builds on the first, not on
  // the stale filters, else the search would be dropped.
  const issued = useRef<{ from: string; filters: ListFilters } | null>(null)
  const update = (change: Partial<ListFilters>): void => {
    const from = params.toString()
    const base = issued.current?.from === from ? issued.current.filters : filters
    const next = { ...base, ...change }
    issued.current = { from, filters: next }
    const out = new URLSearchParams()
    if (next.view !== 'all') out.set('view', next.view)
    if (next.query) out.set('q', next.query)
    if (next.sort.field !== 'updatedAt' || next.sort.order !== 'descend') {
      out.set('sort', next.sort.field)
      out.set('order', next.sort.order)
    }
    setParams(out, { replace: true })
  }
  return [filters, update]
}
