import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { getDatabase } from '../../db/database'
import { getBankRow } from '../../db/repos/bank-catalog'
import { usePlatform } from '../../platform/usePlatform'
import { workbookSave } from '../../platform/save-workbook'
import { useFailureToast } from '../../i18n/useFailureToast'

/** Writing workbooks: the authoring template, and any installed bank as an editable workbook. */
export function useBankFiles(): {
  downloadTemplate: () => Promise<void>
  exportBank: (contentHash: string) => Promise<void>
} {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const platform = usePlatform()

  async function save(name: string, bytes: Uint8Array, success: string): Promise<void> {
    const result = await platform.saveFile(workbookSave(name, new Uint8Array(bytes)))
    if (result.saved) void message.success(success)
  }

  async function attempt(action: () => Promise<void>): Promise<void> {
    try {
      await action()
    } catch (error) {
      failed(error, (message) => t('banks.messages.failed', { message }))
    }
  }

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
