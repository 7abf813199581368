import { App } from 'antd'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { FindingRecord } from '@shared/assessment/assessment'
import { getDatabase } from '../../db/database'
import { saveFinding } from '../../db/repos/answers'
import { describeError } from '../../i18n/describe-error'
import { useActor } from '../review/useActor'
import { useSaves } from '../workspace/saves-context'
import { useWorkspace } from '../workspace/workspace-context'

export type FindingChange = Partial<Omit<FindingRecord, 'findingId'>>

interface Pending {
  /** The newest wanted record: stored record + every change made since. */
  wanted: FindingRecord
  writing: boolean
  /** A change arrived while a write was in flight: write `wanted` again when it lands. */
  again: boolean
}

/** Empty text is no value: the record keeps only what the assessor actually entered. */
function clean(record: FindingRecord): FindingRecord {
  const out: FindingRecord = { findingId: record.findingId, status: record.status }
  if (record.owner?.trim()) out.owner = record.owner
  if (record.dueDate) out.dueDate = record.dueDate
  if (record.action?.trim()) out.action = record.action
  return out
}

/**
 * Autosaves finding records (DUR-01 style): every change is written at once, at most one write
 * per finding is in flight, and the newest value always wins. The writes count in the workspace's
 * save indicator (saving until committed); failures are shown.
 */
export function useFindingSaver(): (stored: FindingRecord, change: FindingChange) => void {
  const { assessment } = useWorkspace()
  const actor = useActor()
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
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
        do {
          entry.again = false
          await saveFinding(getDatabase(), assessment.id, clean(entry.wanted), actor || '—')
        } while (entry.again)
      })
    } catch (error) {
      void message.error(
        t('results.findings.saveFailed', { message: describeError(error, t, i18n.language) })
      )
    } finally {
      entry.writing = false
      pending.current.delete(findingId)
    }
  }

  return (stored, change) => {
    const existing = pending.current.get(stored.findingId)
    const wanted = { ...(existing?.wanted ?? stored), ...change }
    if (existing) {
      existing.wanted = wanted
      existing.again = existing.again || existing.writing
      return
    }
    pending.current.set(stored.findingId, { wanted, writing: false, again: false })
    void write(stored.findingId)
  }
}
