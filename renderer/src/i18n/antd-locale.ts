import type { ConfigProviderProps } from 'antd'
import enUSAntd from 'antd/locale/en_US'
import zhCNAntd from 'antd/locale/zh_CN'
import type { AppLanguage } from './language'

/** antd's built-in texts (empty states, pagination, modals) follow the interface language. */
export const antdLocales: Record<AppLanguage, NonNullable<ConfigProviderProps['locale']>> = {
  'zh-CN': zhCNAntd,
  'en-US': enUSAntd
}
