import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { localize } from '@shared/bank/lookup'
import type { ValidationIssue } from '@shared/util/validation'
import { getDatabase } from '../../db/database'
import { installImportedBank } from '../../db/repos/bank-catalog'
import { useLanguage } from '../../i18n/useLanguage'
import { readPickedFile } from '../../platform/browser-platform'
import { readBankFile } from './read-bank-file'
import { useFailureToast } from '../../i18n/useFailureToast'

/** Bank files are small; a workbook is capped by the importer at 10 MB as well. */
const MAX_BANK_FILE_BYTES = 20 * 1024 * 1024

/** The last failed import, shown until the next attempt. */
export interface ImportFailure {
  fileName: string
  issues: ValidationIssue[]
}

/**
 * Imports a bank file: checks everything first and installs only a fully valid bank (by content
 * hash; an identical bank is not installed twice).
 */
export function useBankImport(): {
  importFile: (file: File) => Promise<void>
  importing: boolean
  failure: ImportFailure | null
} {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const [importing, setImporting] = useState(false)
  const [failure, setFailure] = useState<ImportFailure | null>(null)

  async function importFile(file: File): Promise<void> {
    setImporting(true)
    setFailure(null)
    try {
      const { bytes } = await readPickedFile(file, MAX_BANK_FILE_BYTES)
      const result = await readBankFile(file.name, bytes)
      if (!result.ok) {
        if (result.kind === 'invalid') setFailure({ fileName: file.name, issues: result.issues })
        else void message.error(t('banks.messages.unsupported', { name: file.name }))
        return
      }
      const outcome = await installImportedBank(getDatabase(), result.bank, result.ref)
      const names = { title: localize(result.bank.title, language), version: result.bank.version }
      if (outcome === 'installed') void message.success(t('banks.messages.installed', names))
      else void message.info(t('banks.messages.alreadyInstalled', names))
    } catch (error) {
      failed(error, (message) => t('banks.messages.failed', { message }))
    } finally {
      setImporting(false)
    }
  }

  return { importFile, importing, failure }
}
