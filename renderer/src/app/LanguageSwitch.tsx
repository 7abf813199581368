import { Segmented } from 'antd'
import { useTranslation } from 'react-i18next'
import { APP_LANGUAGES, type AppLanguage } from '../i18n/language'
import { useLanguage } from '../i18n/useLanguage'

const labelKeys = { 'zh-CN': 'language.zhCN', 'en-US': 'language.enUS' } as const

/** Both languages always visible, each named in itself, so anyone can find their own. */
export function LanguageSwitch() {
  const { t } = useTranslation()
  const { language, setLanguage } = useLanguage()
  return (
    <Segmented<AppLanguage>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size="small"
      value={language}
      onChange={(next) => void setLanguage(next)}
      options={APP_LANGUAGES.map((value) => ({
        value,
        label: <span lang={value}>{t(labelKeys[value])}</span>
      }))}
    />
  )
}
