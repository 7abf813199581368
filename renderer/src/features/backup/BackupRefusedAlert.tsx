import { Alert } from 'antd'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidationIssue } from '@shared/util/validation'
import { IssueTable } from '../../components/IssueTable'

/**
 * Why a backup file was refused, in the interface language: the file, then where and why for
 * every problem. Settings' backup card and the recovery screen both show refusals this way.
 */
export function BackupRefusedAlert({
  refused,
  testId,
  onClose,
  style
}: {
  refused: { fileName: string; issues: readonly ValidationIssue[] }
  testId: string
  onClose?: () => void
  style?: CSSProperties
}) {
  const { t } = useTranslation()
  return (
    <Alert
      type="error"
      showIcon
      closable={onClose ? { onClose } : undefined}
      style={style}
      data-testid={testId}
      title={t('backup.refusedTitle', { name: refused.fileName })}
      description={<IssueTable issues={refused.issues} />}
    />
  )
}
