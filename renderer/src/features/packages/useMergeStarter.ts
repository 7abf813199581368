import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '@shared/assessment/assessment'
import { getDatabase } from '../../db/database'
import { getBank } from '../../db/repos/banks'
import type { CarriedEvidence } from '../../db/repos/evidence'
import { loadMeasureModule } from '../registers/useRegisterFigures'
import type { MergeSession } from './MergeView'

export type MergeStart = 'opened' | 'identical' | 'refused'

/**
 * Plans merging `theirs` into the stored copy and opens the merge view for it; a refusal
 * (finalized: "reopen first"; another bank) or identical copies are told in a message instead.
 */
export function useMergeStarter(): {
  session: MergeSession | null
  start: (
    theirs: Assessment,
    source: string,
    carried?: CarriedEvidence,
    title?: string
  ) => Promise<MergeStart>
  close: () => void
} {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [session, setSession] = useState<MergeSession | null>(null)

  async function start(
    theirs: Assessment,
    source: string,
    carried?: CarriedEvidence,
    /** The view's title when it is not "merge assessment" (e.g. reviewing the auditee's feedback). */
    title?: string
  ): Promise<MergeStart> {
    const db = getDatabase()
    // The merge code loads on first use, not at start-up.
    const [{ planStoredMerge }, { isEmptyPlan }, { bankFigureMeasurer }] = await Promise.all([
      import('../../db/repos/merge'),
      import('@shared/merge'),
      loadMeasureModule()
    ])
    // Theirs' bank: a merge of another bank is refused anyway; its measures show what registers change.
    const theirsBank = await getBank(db, theirs.bank)
    const { mine, result } = await planStoredMerge(
      db,
      theirs,
      theirsBank ? bankFigureMeasurer(theirsBank) : undefined
    )
    if (!result.ok) {
      void message.error(
        result.reason === 'finalized'
          ? t('packages.reopenFirst')
          : t('packages.mergeRefused', { message: result.message })
      )
      return 'refused'
    }
    if (isEmptyPlan(result.plan)) {
      void message.info(t('packages.identical'))
      return 'identical'
    }
    const bank = await getBank(db, mine.bank)
    if (!bank) {
      void message.error(
        t('packages.mergeRefused', { message: `${mine.bank.id} ${mine.bank.version}` })
      )
      return 'refused'
    }
    setSession({
      mine,
      plan: result.plan,
      bank,
      source,
      ...(carried ? { carried } : {}),
      ...(title ? { title } : {})
    })
    return 'opened'
  }

  return { session, start, close: () => setSession(null) }
}
