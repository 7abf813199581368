import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { describeError } from '../i18n/describe-error'

interface FailedAlertProps {
  error: unknown
  /** The sentence, around the error described in the user's language. */
  title: (message: string) => string
}

/** An operation that failed, said in a red alert with why (the error described for the user). */
export function FailedAlert({ error, title }: FailedAlertProps) {
  const { t, i18n } = useTranslation()
  return <Alert type="error" showIcon title={title(describeError(error, t, i18n.language))} />
}
