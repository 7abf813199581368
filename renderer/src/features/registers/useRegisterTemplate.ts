import { App } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../i18n/useLanguage'
import { usePlatform } from '../../platform/usePlatform'
import { workbookSave } from '../../platform/save-workbook'
import { useFailureToast } from '../../i18n/useFailureToast'

/** Loaded on first use only, so exceljs stays out of the initial bundle. */
const loadTemplateModule = () => import('@shared/registers/template')

/** 下载台账模板: the same workbook `stability-assessor ledger template` writes, saved through the platform. */
export function useRegisterTemplate() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const failed = useFailureToast()
  const { language } = useLanguage()
  const platform = usePlatform()
  const [busy, setBusy] = useState(false)

  async function save(): Promise<void> {
    setBusy(true)
    try {
      const { registerTemplate } = await loadTemplateModule()
      const bytes = await registerTemplate(language)
      const name = language === 'zh-CN' ? '台账模板.xlsx' : 'registers-template.xlsx'
      const result = await platform.saveFile(workbookSave(name, bytes as Uint8Array<ArrayBuffer>))
      if (result.saved) void message.success(t('registers.templateSaved'))
    } catch (error) {
      failed(error, (message) => t('registers.templateFailed', { message }))
    } finally {
      setBusy(false)
    }
  }

  return { busy, save: () => void save() }
}
