import { Alert, Typography } from 'antd'
import type { CSSProperties } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidationIssue } from '@shared/util/validation'
import { describeIssue, describeIssuePlace } from '../../i18n/describe-issue'

const SHOWN = 8

/**
 * Why a backup file was refused, in the interface language: the file, then where and why for the
 * first few problems. Settings' backup card and the recovery screen both show refusals this way.
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
  const { t, i18n } = useTranslation()
  return (
    <Alert
      type="error"
      showIcon
      closable={onClose ? { onClose } : undefined}
      style={style}
      data-testid={testId}
      title={t('backup.refusedTitle', { name: refused.fileName })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {refused.issues.slice(0, SHOWN).map((issue, index) => (
            <li key={index}>
              <Typography.Text code>
                {describeIssuePlace(issue.path, i18n.language)}
              </Typography.Text>{' '}
              {describeIssue(issue, i18n.language)}
            </li>
          ))}
          {refused.issues.length > SHOWN && (
            <li>{t('backup.moreIssues', { count: refused.issues.length - SHOWN })}</li>
          )}
        </ul>
      }
    />
  )
}
