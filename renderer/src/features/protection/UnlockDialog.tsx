import { Alert, Input, Modal, Typography, type ButtonProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValidationIssue } from '@shared/util/validation'
import { describeIssue } from '@shared/issues/describe'
import { issueLanguage } from '@shared/issues/catalogue/texts'

/**
 * Asks the passphrase of an encrypted package or backup. After a failed attempt the dialog stays
 * open with the reason ("wrong passphrase, or the file was altered"), so the user can try again;
 * nothing has been written meanwhile.
 */
export function UnlockDialog({
  request,
  checking,
  onDone
}: {
  request: { fileName: string; problem?: ValidationIssue } | null
  checking: boolean
  onDone: (passphrase: string | null) => void
}) {
  const { t, i18n } = useTranslation()
  const [passphrase, setPassphrase] = useState('')
  const submit = () => {
    if (passphrase === '') return
    const value = passphrase
    setPassphrase('')
    onDone(value)
  }
  return (
    <Modal
      open={request !== null}
      destroyOnHidden
      title={t('protection.unlockTitle', { name: request?.fileName ?? '' })}
      okText={t('protection.unlockOk')}
      cancelText={t('protection.cancel')}
      confirmLoading={checking}
      okButtonProps={{ disabled: passphrase === '', 'data-testid': 'unlock-ok' } as ButtonProps}
      onOk={submit}
      onCancel={() => {
        setPassphrase('')
        onDone(null)
      }}
    >
      <div data-testid="unlock-dialog">
        <Typography.Paragraph type="secondary">
          {checking ? t('protection.unlockChecking') : t('protection.unlockIntro')}
        </Typography.Paragraph>
        <Input.Password
          aria-label={t('protection.passphrase')}
          data-testid="unlock-passphrase"
          autoComplete="off"
          autoFocus
          disabled={checking}
          value={passphrase}
          onChange={(event) => setPassphrase(event.target.value)}
          onPressEnter={submit}
        />
        {request?.problem && !checking && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="unlock-error"
            title={describeIssue(request.problem, issueLanguage(i18n.language))}
          />
        )}
      </div>
    </Modal>
  )
}
