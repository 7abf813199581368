import { Alert, Checkbox, Form, Input, Modal, Typography, type ButtonProps } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SealedContent } from '@shared/crypto/header'
import { MIN_PASSPHRASE_LENGTH, passphraseStrength } from '@shared/crypto/passphrase-strength'
import { OFFICE_PASSWORD_MAX_LENGTH } from '@shared/office-crypto/limits'

/** What the user chose for one export: a passphrase (kept only until the file is written) or none. */
export type ProtectChoice = { encrypt: true; passphrase: string } | { encrypt: false }

/**
 * What is protected: a package or backup (our container; encryption is the default and "none" a
 * choice), or an exported workbook or Word report (an Office password; asked for only when the
 * user chose a protected export, so there is no "none").
 */
export type ProtectedContent = SealedContent | 'office'

const TITLE = {
  package: 'protection.titlePackage',
  backup: 'protection.titleBackup',
  office: 'protection.titleOffice'
} as const

const STRENGTH_TYPE = {
  tooShort: 'danger',
  weak: 'warning',
  fair: undefined,
  strong: 'success'
} as const

/**
 * Asks how to protect an export. For a package or backup encryption is the default; "no
 * encryption" is a box to tick, and ticking it shows what that exposes. The passphrase is typed
 * twice, with a strength hint; it lives in this dialog's state only and is never stored.
 */
export function ProtectDialog({
  open,
  content,
  onDone
}: {
  open: boolean
  content: ProtectedContent
  onDone: (choice: ProtectChoice | null) => void
}) {
  const { t } = useTranslation()
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [plain, setPlain] = useState(false)
  const ready =
    plain ||
    (passphraseStrength(passphrase).level !== 'tooShort' &&
      again === passphrase &&
      // Office files take passwords of at most 255 characters.
      (content !== 'office' || passphrase.length <= OFFICE_PASSWORD_MAX_LENGTH))
  const close = (choice: ProtectChoice | null) => {
    setPassphrase('')
    setAgain('')
    setPlain(false)
    onDone(choice)
  }
  return (
    <Modal
      open={open}
      destroyOnHidden
      title={t(TITLE[content])}
      okText={t(
        plain
          ? 'protection.plainOk'
          : content === 'office'
            ? 'protection.protectOk'
            : 'protection.encryptOk'
      )}
      cancelText={t('protection.cancel')}
      okButtonProps={
        { disabled: !ready, danger: plain, 'data-testid': 'protect-ok' } as ButtonProps
      }
      onOk={() => close(plain ? { encrypt: false } : { encrypt: true, passphrase })}
      onCancel={() => close(null)}
    >
      <div data-testid="protect-dialog">
        {!plain && (
          <PassphraseFields
            {...(content === 'office' ? { intro: t('protection.introOffice') } : {})}
            passphrase={passphrase}
            again={again}
            onPassphrase={setPassphrase}
            onAgain={setAgain}
            onSubmit={() => ready && close({ encrypt: true, passphrase })}
          />
        )}
        {content !== 'office' && (
          <Checkbox
            data-testid="protect-none"
            checked={plain}
            onChange={(event) => setPlain(event.target.checked)}
          >
            {t('protection.noEncryption')}
          </Checkbox>
        )}
        {plain && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="protect-none-warning"
            title={t('protection.noEncryptionWarning')}
          />
        )}
      </div>
    </Modal>
  )
}

/** The passphrase typed twice, with its strength hint under the first field (also Settings'). */
export function PassphraseFields({
  passphrase,
  again,
  onPassphrase,
  onAgain,
  onSubmit,
  intro
}: {
  /** The paragraph above the fields; the export's by default. */
  intro?: string
  passphrase: string
  again: string
  onPassphrase: (value: string) => void
  onAgain: (value: string) => void
  onSubmit: () => void
}) {
  const { t } = useTranslation()
  const strength = passphraseStrength(passphrase)
  const mismatch = again !== '' && again !== passphrase
  return (
    <Form layout="vertical" onFinish={onSubmit}>
      <Typography.Paragraph type="secondary">{intro ?? t('protection.intro')}</Typography.Paragraph>
      <Form.Item label={t('protection.passphrase')} htmlFor="protect-passphrase">
        <Input.Password
          id="protect-passphrase"
          data-testid="protect-passphrase"
          autoComplete="new-password"
          autoFocus
          value={passphrase}
          onChange={(event) => onPassphrase(event.target.value)}
        />
      </Form.Item>
      <Typography.Text
        type={STRENGTH_TYPE[strength.level]}
        data-testid="passphrase-strength"
        data-level={strength.level}
      >
        {t(`protection.strength.${strength.level}`, { min: MIN_PASSPHRASE_LENGTH })}
      </Typography.Text>
      <Form.Item
        label={t('protection.confirm')}
        htmlFor="protect-again"
        style={{ marginTop: 12 }}
        validateStatus={mismatch ? 'error' : undefined}
        help={mismatch ? t('protection.mismatch') : undefined}
      >
        <Input.Password
          id="protect-again"
          data-testid="protect-again"
          autoComplete="new-password"
          value={again}
          onChange={(event) => onAgain(event.target.value)}
          onPressEnter={onSubmit}
        />
      </Form.Item>
    </Form>
  )
}
