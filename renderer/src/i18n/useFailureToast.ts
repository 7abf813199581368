import { App } from 'antd'
import { useTranslation } from 'react-i18next'
import { describeError } from './describe-error'

/**
 * Says that an action failed, in a toast: `failed(error, text)` shows `text(message)`, the
 * message being the error described in the user's language.
 */
export function useFailureToast(): (error: unknown, text: (message: string) => string) => void {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  return (error, text) => void message.error(text(describeError(error, t, i18n.language)))
}
