import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { getBankRow } from '../../db/repos/bank-catalog'
import { workbookSave } from '../../platform/save-workbook'
import { useSaveFile } from '../../platform/useSaveFile'
import { useBusyAction } from '../../i18n/useBusyAction'

/** Writing workbooks: the authoring template, and any installed bank as an editable workbook. */
export function useBankFiles(): {
  downloadTemplate: () => Promise<void>
  exportBank: (contentHash: string) => Promise<void>
} {
  const { t } = useTranslation()
  const saveFile = useSaveFile()
  const { run } = useBusyAction()

  async function save(name: string, bytes: Uint8Array, success: string): Promise<void> {
    await saveFile(workbookSave(name, new Uint8Array(bytes)), () => success)
  }

  const attempt = (action: () => Promise<void>): Promise<void> =>
    run(action, 'banks.messages.failed')

  return {
    // The workbook writer (exceljs) is loaded on first use only.
    downloadTemplate: () =>
      attempt(async () => {
        const { writeBankTemplate } = await import('@shared/bank-xlsx')
        await save(
          'stability-assessor-bank-template.xlsx',
          await writeBankTemplate(),
          t('banks.messages.templateSaved')
        )
      }),
    exportBank: (contentHash) =>
      attempt(async () => {
        const row = await getBankRow(getDatabase(), contentHash)
        if (!row) return
        const { bankToWorkbook } = await import('@shared/bank-xlsx')
        const name = `${row.id}-${row.version}.xlsx`
        await save(name, await bankToWorkbook(row.bank), t('banks.messages.exported', { name }))
      })
  }
}
