import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { FindingRecord } from '@shared/assessment/assessment'
import { getDatabase } from '../../db/database'
import { changeFinding, type FindingChange } from '../../db/repos/answers'
import { useActor } from '../review/useActor'
import { useSaves } from '../workspace/saves-context'
import { useWorkspace } from '../workspace/workspace-context'
import { useFailureToast } from '../../i18n/useFailureToast'

export type { FindingChange } from '../../db/repos/answers'

/** Saves a change of one finding's record (autosaved; the newest value wins). */
export type FindingSave = (stored: FindingRecord, change: FindingChange) => void

interface Pending {
  /** Every change made since the last write began, merged (the newest value of each field). */
  change: FindingChange
  writing: boolean
}

/**
 * Autosaves finding records (DUR-01 style): every change is written at once, at most one write
 * per finding is in flight, and the newest value always wins. Each write applies the changes to
 * the record as stored at that moment (changeFinding), so a cell whose record has not yet come
 * back through the live query never writes stale fields over newer ones. The writes count in the
 * workspace's save indicator (saving until committed); failures are shown.
 */
export function useFindingSaver(): FindingSave {
  const { assessment } = useWorkspace()
  const actor = useActor()
  const { t } = useTranslation()
  const failed = useFailureToast()
  const saves = useSaves()
  const pending = useRef(new Map<string, Pending>())

  async function write(findingId: string): Promise<void> {
    const entry = pending.current.get(findingId)
    if (!entry) return
    entry.writing = true
    try {
      // One tracked operation until the newest value is stored: the workspace's save indicator
      // shows "saving" throughout and never "saved" between a write and a newer value.
      await saves.track(async () => {
        while (Object.keys(entry.change).length > 0) {
          const change = entry.change
          entry.change = {}
          await changeFinding(getDatabase(), assessment.id, findingId, change, actor || '—')
        }
      })
    } catch (error) {
      failed(error, (message) => t('remediation.saveFailed', { message }))
    } finally {
      pending.current.delete(findingId)
    }
  }

  return (stored, change) => {
    const existing = pending.current.get(stored.findingId)
    if (existing) {
      existing.change = { ...existing.change, ...change }
      return
    }
    pending.current.set(stored.findingId, { change: { ...change }, writing: false })
    void write(stored.findingId)
  }
}
