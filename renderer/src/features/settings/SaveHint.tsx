import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useDescribeError } from '../../i18n/describe-error'
import type { SaveState } from './useSettingSaver'

/** "Saving…" / "Saved" / why not, next to a setting. */
export function SaveHint({
  state,
  error,
  testId
}: {
  state: SaveState
  error: unknown
  testId: string
}) {
  const { t } = useTranslation()
  const describe = useDescribeError()
  if (state === 'idle') return null
  return (
    <Typography.Text
      data-testid={testId}
      data-state={state}
      type={state === 'error' ? 'danger' : 'secondary'}
      style={{ fontSize: 12 }}
    >
      {state === 'saving' && t('settings.general.saving')}
      {state === 'saved' && t('settings.general.saved')}
      {state === 'error' && t('settings.general.saveFailed', { message: describe(error) })}
    </Typography.Text>
  )
}
