import { Alert, App, Button, Input, Modal, Popconfirm, Space } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { passphraseStrength } from '@shared/crypto/passphrase-strength'
import { getDatabase } from '../../db/database'
import { useAutoBackupEncrypted } from '../../db/hooks/useBackupFacts'
import { useFailureToast } from '../../i18n/useFailureToast'
import { PassphraseFields } from '../protection/ProtectDialog'
import {
  removeAutoBackupPassphrase,
  setAutoBackupPassphrase,
  unlockAutoBackups,
  useAutoBackupUnlocked
} from './auto-backup-key'

/**
 * Settings → automatic backups → encryption: says plainly whether automatic backups are
 * encrypted; sets, changes or removes the passphrase; and, in a session that has not had it yet,
 * asks for it (automatic backups are paused until then, never written in plain text).
 */
export function AutoBackupEncryption() {
  const { t } = useTranslation()
  const encrypted = useAutoBackupEncrypted().data
  const unlocked = useAutoBackupUnlocked()
  const [setting, setSetting] = useState(false)
  if (encrypted === undefined) return null
  const state = !encrypted ? 'plain' : unlocked ? 'encrypted' : 'paused'
  return (
    <div data-testid="auto-backup-encryption" data-state={state}>
      {state === 'plain' && <Alert type="warning" showIcon title={t('backup.auto.plainWarning')} />}
      {state === 'encrypted' && (
        <Alert type="success" showIcon title={t('backup.auto.encryptedOn')} />
      )}
      {state === 'paused' && <UnlockForm />}
      <Space style={{ marginTop: 8 }}>
        <Button data-testid="auto-backup-set-passphrase" onClick={() => setSetting(true)}>
          {t(encrypted ? 'backup.auto.changePassphrase' : 'backup.auto.setPassphrase')}
        </Button>
        {encrypted && (
          <Popconfirm
            title={t('backup.auto.removeConfirm')}
            okText={t('backup.auto.removePassphrase')}
            cancelText={t('protection.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => removeAutoBackupPassphrase(getDatabase())}
          >
            <Button danger data-testid="auto-backup-remove-passphrase">
              {t('backup.auto.removePassphrase')}
            </Button>
          </Popconfirm>
        )}
      </Space>
      <SetPassphraseDialog open={setting} onClose={() => setSetting(false)} />
    </div>
  )
}

/** The passphrase asked once per session while encrypted automatic backups are paused. */
function UnlockForm() {
  const { t } = useTranslation()
  const failed = useFailureToast()
  const { message } = App.useApp()
  const [passphrase, setPassphrase] = useState('')
  const [wrong, setWrong] = useState(false)
  const [checking, setChecking] = useState(false)
  const unlock = () => {
    if (passphrase === '') return
    setChecking(true)
    unlockAutoBackups(getDatabase(), passphrase)
      .then((ok) => {
        setWrong(!ok)
        if (ok) void message.success(t('backup.auto.unlocked'))
      })
      .catch((error: unknown) => failed(error))
      .finally(() => setChecking(false))
  }
  return (
    <Alert
      type="warning"
      showIcon
      title={t('backup.auto.paused')}
      description={
        <Space.Compact style={{ marginTop: 8, width: '100%', maxWidth: 420 }}>
          <Input.Password
            data-testid="auto-backup-unlock-passphrase"
            aria-label={t('protection.passphrase')}
            autoComplete="current-password"
            status={wrong ? 'error' : undefined}
            value={passphrase}
            onChange={(event) => {
              setPassphrase(event.target.value)
              setWrong(false)
            }}
            onPressEnter={unlock}
          />
          <Button
            type="primary"
            loading={checking}
            disabled={passphrase === ''}
            data-testid="auto-backup-unlock"
            onClick={unlock}
          >
            {t('backup.auto.unlock')}
          </Button>
        </Space.Compact>
      }
      action={
        wrong ? (
          <span role="alert" data-testid="auto-backup-unlock-wrong" className="ant-typography">
            {t('backup.auto.wrongPassphrase')}
          </span>
        ) : undefined
      }
    />
  )
}

/** Sets (or changes) the passphrase: typed twice, with the strength hint of the export dialog. */
function SetPassphraseDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  const failed = useFailureToast()
  const { message } = App.useApp()
  const [passphrase, setPassphrase] = useState('')
  const [again, setAgain] = useState('')
  const [saving, setSaving] = useState(false)
  const ready = passphraseStrength(passphrase).level !== 'tooShort' && again === passphrase
  const close = () => {
    setPassphrase('')
    setAgain('')
    onClose()
  }
  const save = () => {
    if (!ready) return
    setSaving(true)
    setAutoBackupPassphrase(getDatabase(), passphrase)
      .then(() => {
        void message.success(t('backup.auto.passphraseSet'))
        close()
      })
      .catch((error: unknown) => failed(error))
      .finally(() => setSaving(false))
  }
  return (
    <Modal
      open={open}
      destroyOnHidden
      title={t('backup.auto.setTitle')}
      okText={t('backup.auto.setOk')}
      cancelText={t('protection.cancel')}
      confirmLoading={saving}
      okButtonProps={{ disabled: !ready, ...{ 'data-testid': 'auto-backup-passphrase-ok' } }}
      onOk={save}
      onCancel={close}
    >
      <PassphraseFields
        intro={t('backup.auto.setIntro')}
        passphrase={passphrase}
        again={again}
        onPassphrase={setPassphrase}
        onAgain={setAgain}
        onSubmit={save}
      />
    </Modal>
  )
}
