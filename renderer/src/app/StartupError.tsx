import { enUS, zhCN } from '../i18n/locales/features/errors'
import { ErrorScreen } from './ErrorScreen'

/** Both languages, straight from the resources: start-up may have failed before i18n was ready. */
const both = (pick: (messages: typeof enUS) => string): string => `${pick(zhCN)} / ${pick(enUS)}`

export function StartupError({ error }: { error: unknown }) {
  return (
    <ErrorScreen
      title={both((m) => m.startupTitle)}
      description={`${zhCN.startupDescription}\n${enUS.startupDescription}`}
      reloadLabel={both((m) => m.reload)}
      detailsLabel={both((m) => m.details)}
      error={error}
    />
  )
}
