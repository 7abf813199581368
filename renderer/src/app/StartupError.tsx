import { enUS } from '../i18n/locales/en-US'
import { zhCN } from '../i18n/locales/zh-CN'
import { ErrorScreen } from './ErrorScreen'

/** Both languages, straight from the resources: start-up may have failed before i18n was ready. */
const both = (pick: (messages: typeof enUS) => string): string => `${pick(zhCN)} / ${pick(enUS)}`

export function StartupError({ error }: { error: unknown }) {
  return (
    <ErrorScreen
      title={both((m) => m.errors.startupTitle)}
      description={`${zhCN.errors.startupDescription}\n${enUS.errors.startupDescription}`}
      reloadLabel={both((m) => m.errors.reload)}
      detailsLabel={both((m) => m.errors.details)}
      error={error}
    />
  )
}
