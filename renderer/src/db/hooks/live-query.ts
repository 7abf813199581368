import { useLiveQuery } from 'dexie-react-hooks'
import type { StabilityDatabase } from '../database'
import { getDatabase } from '../database'

/** A live query's state: `data` is undefined while loading. Query errors propagate to the nearest ErrorBoundary. */
export interface LiveResult<T> {
  data: T | undefined
  isLoading: boolean
}

/** Wraps useLiveQuery with the app's database and the `{data, isLoading}` shape every hook returns. */
export function useDatabaseQuery<T>(
  query: (db: StabilityDatabase) => Promise<T>,
  deps: unknown[]
): LiveResult<T> {
  const data = useLiveQuery(() => query(getDatabase()), deps)
  return { data, isLoading: data === undefined }
}
