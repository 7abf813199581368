import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/useLanguage'
import { workbookSave } from '../../platform/save-workbook'
import { useSaveFile } from '../../platform/useSaveFile'
import { useBusyAction } from '../../i18n/useBusyAction'

/** Loaded on first use only, so exceljs stays out of the initial bundle. */
const loadTemplateModule = () => import('@shared/registers/template')

/** 下载台账模板: the same workbook `stability-assessor ledger template` writes, saved through the platform. */
export function useRegisterTemplate() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const saveFile = useSaveFile()
  const { busy, run } = useBusyAction()

  async function save(): Promise<void> {
    const { registerTemplate } = await loadTemplateModule()
    const bytes = await registerTemplate(language)
    const name = language === 'zh-CN' ? '台账模板.xlsx' : 'registers-template.xlsx'
    await saveFile(workbookSave(name, bytes as Uint8Array<ArrayBuffer>), () =>
      t('registers.templateSaved')
    )
  }

  return {
    busy: busy !== null,
    save: () => void run(save, 'registers.templateFailed')
  }
}
