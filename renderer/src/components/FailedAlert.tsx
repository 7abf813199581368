import { Alert } from 'antd'
import { useDescribeError } from '../i18n/describe-error'

interface FailedAlertProps {
  error: unknown
  /** The sentence, around the error described in the user's language. */
  title: (message: string) => string
}

/** An operation that failed, said in a red alert with why (the error described for the user). */
export function FailedAlert({ error, title }: FailedAlertProps) {
  const describe = useDescribeError()
  return <Alert type="error" showIcon title={title(describe(error))} />
}
