import { App } from 'antd'
import { useDescribeError } from './describe-error'

/**
 * Says that an action failed, in a toast: `failed(error, text)` shows `text(message)`, the
 * message being the error described in the user's language (`text` defaults to the message alone).
 */
export function useFailureToast(): (error: unknown, text?: (message: string) => string) => void {
  const describe = useDescribeError()
  const { message } = App.useApp()
  return (error, text = (said) => said) => void message.error(text(describe(error)))
}
