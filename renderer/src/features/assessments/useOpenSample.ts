import { App } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { useTranslation } from 'react-i18next'
import { paths } from '../../app/paths'
import { getDatabase } from '../../db/database'
import { useBankCatalog } from '../../db/hooks/useBankCatalog'
import { putWholeAssessment } from '../../db/repos/assessments'
import { pickDefaultBank } from '../../db/repos/bank-catalog'
import { getBank } from '../../db/repos/banks'
import { refreshAssessmentSummary } from '../../db/repos/summary'
import { useFailureToast } from '../../i18n/useFailureToast'

/** The sample is always the same worked assessment: seed 1 of the domain core's generator. */
const SAMPLE_SEED = 1

/**
 * Creates a fresh copy of the sample assessment on the default bank and opens it. The generator
 * is loaded on first use only; it is not needed to start the app.
 */
export function useOpenSample(): { openSample: () => Promise<void>; busy: boolean } {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const navigate = useNavigate()
  const [busy, setBusy] = useState(false)
  const catalog = useBankCatalog().data

  async function openSample(): Promise<void> {
    const entry = catalog && pickDefaultBank(catalog)
    if (!entry) {
      void message.error(t('assessments.messages.noBank'))
      return
    }
    setBusy(true)
    try {
      const db = getDatabase()
      const [{ generateSampleAssessment, sampleEvidenceFiles }, bank] = await Promise.all([
        import('@shared/sample'),
        getBank(db, entry)
      ])
      if (!bank) throw new Error(`bank ${entry.id} ${entry.version} is not installed`)
      const id = crypto.randomUUID()
      const sample = generateSampleAssessment(bank, { seed: SAMPLE_SEED })
      // The sample's attached files are stored too, so it exports and backs up like real work.
      const storedAt = new Date().toISOString()
      const files = sampleEvidenceFiles(sample, SAMPLE_SEED).map((file) => ({
        sha256: file.sha256,
        blob: new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType }),
        size: file.bytes.length,
        mimeType: file.mimeType,
        storedAt
      }))
      await putWholeAssessment(db, { ...sample, id }, undefined, files)
      await refreshAssessmentSummary(db, id)
      void message.success(t('assessments.messages.sampleCreated'))
      await navigate(paths.workspace(id))
    } catch (error) {
      failed(error, (message) => t('assessments.messages.failed', { message }))
    } finally {
      setBusy(false)
    }
  }

  return { openSample, busy }
}
