import { DEFAULT_SETTINGS } from '../repos/settings'
import { useDatabaseQuery } from './live-query'

/** The assessor name saved in Settings ('' when none), live: a change in Settings shows at once. */
export function useAssessorName(): string | undefined {
  return useDatabaseQuery(async (db) => {
    const row = await db.settings.get('assessorName')
    return typeof row?.value === 'string' ? row.value : DEFAULT_SETTINGS.assessorName
  }, []).data
}
