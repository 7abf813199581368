import { HistoryOutlined } from '@ant-design/icons'
import { Alert, Button, ConfigProvider, Space, Spin, Table, Tag, Typography } from 'antd'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { readBackupManifest, type BackupContents } from '@shared/backup'
import type { StoredBackup } from '@shared/ipc/contract'
import type { ValidationIssue } from '@shared/util/validation'
import type { OpenFailureKind } from '../../db/open-storage'
import { restoreIntoNewDatabase } from '../../db/repos/recovery'
import { BackupRefusedAlert } from '../../features/backup/BackupRefusedAlert'
import { RestoreConfirmModal } from '../../features/backup/RestoreConfirmModal'
import { readBackupOffThread } from '../../features/file-check/check-off-thread'
import { BACKUP_EXTENSION, MAX_BACKUP_FILE_BYTES } from '../../features/backup/useBackupActions'
import { antdLocales } from '../../i18n/antd-locale'
import { describeError } from '../../i18n/describe-error'
import { formatBytes, formatDateTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import type { Platform } from '../../platform/platform'
import { appTheme } from '../theme'
import {
  newestBackups,
  recoverySources,
  suggestedBackup,
  summarizeBackup,
  type BackupSummary
} from './recovery-plan'

interface Row {
  backup: StoredBackup
  /** null: the file could not be read as a backup. */
  summary: BackupSummary | null
}

type Pending = { fileName: string; contents: BackupContents }

/**
 * The recovery screen's restore panel (lazy: only a failed start-up loads it). Lists the desktop
 * app's newest automatic backups with what they hold, and offers a backup file in every build.
 * The restore goes into a new database, verified before the app switches to it; the database that
 * would not open is left untouched (restoreIntoNewDatabase). Then the app reloads onto it.
 */
export function RecoveryRestore({ platform, kind }: { platform: Platform; kind: OpenFailureKind }) {
  const { t, i18n } = useTranslation()
  const { language } = useLanguage()
  const store = platform.autoBackups
  const sources = recoverySources(kind, store !== undefined)
  const [rows, setRows] = useState<Row[] | null>(store ? null : [])
  const [busy, setBusy] = useState<null | 'check' | 'restore'>(null)
  const [pending, setPending] = useState<Pending | null>(null)
  const [refused, setRefused] = useState<{ fileName: string; issues: ValidationIssue[] } | null>(
    null
  )
  const [failure, setFailure] = useState<string | null>(null)
  const [restored, setRestored] = useState(false)
  const fail = (error: unknown): void => setFailure(describeError(error, t, i18n.language))

  useEffect(() => {
    if (!store || !sources.includes('automatic')) return
    let current = true
    void (async () => {
      const listed: Row[] = []
      for (const backup of newestBackups(await store.list())) {
        const manifest = await store
          .read(backup.name)
          .then((file) => readBackupManifest(file.bytes))
          .catch(() => null)
        listed.push({ backup, summary: manifest?.ok ? summarizeBackup(manifest.value) : null })
      }
      if (current) setRows(listed)
    })().catch((error: unknown) => {
      if (current) {
        setRows([])
        fail(error)
      }
    })
    return () => {
      current = false
    }
    // Listed once: the backups do not change while this screen is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store])

  if (sources.length === 0) return null

  const check = async (
    read: () => Promise<{ name: string; bytes: Uint8Array } | null>
  ): Promise<void> => {
    setRefused(null)
    setFailure(null)
    setBusy('check')
    try {
      const file = await read()
      if (!file) return
      const checked = await readBackupOffThread(file.bytes)
      if (checked.ok) setPending({ fileName: file.name, contents: checked.value })
      else setRefused({ fileName: file.name, issues: checked.issues })
    } catch (error) {
      fail(error)
    } finally {
      setBusy(null)
    }
  }

  const pickFile = (): Promise<void> =>
    check(() =>
      platform.openFile({ accept: [BACKUP_EXTENSION, 'zip'], maxBytes: MAX_BACKUP_FILE_BYTES })
    )

  const confirm = async (): Promise<void> => {
    if (!pending) return
    setBusy('restore')
    try {
      await restoreIntoNewDatabase(pending.contents)
      setPending(null)
      setRestored(true)
      window.location.reload()
    } catch (error) {
      setPending(null)
      fail(error)
    } finally {
      setBusy(null)
    }
  }

  const suggested = rows ? suggestedBackup(rows) : undefined
  const date = (iso: string | null): string => (iso ? formatDateTime(iso, i18n.language) : '—')

  return (
    <ConfigProvider theme={appTheme} locale={antdLocales[language]}>
      <section
        data-testid="recovery-restore"
        style={{ margin: '0 0 24px', paddingTop: 16, borderTop: '1px solid #eef0f3' }}
      >
        <Typography.Title level={2} style={{ fontSize: 18, margin: '0 0 8px' }}>
          {t('storage.recovery.restore.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {t('storage.recovery.restore.description')}
          {kind === 'newerVersion' && ` ${t('storage.recovery.restore.newerHint')}`}
        </Typography.Paragraph>
        {sources.includes('automatic') &&
          (rows === null ? (
            <Spin size="small" data-testid="recovery-backups-loading" />
          ) : rows.length === 0 ? (
            <Typography.Paragraph data-testid="recovery-no-backups">
              {t('storage.recovery.restore.noAutomatic')}
            </Typography.Paragraph>
          ) : (
            <Table<Row>
              data-testid="recovery-backups"
              size="small"
              rowKey={(row) => row.backup.name}
              pagination={false}
              dataSource={rows}
              style={{ marginBottom: 12 }}
              onRow={() => ({ 'data-testid': 'recovery-backup-row' }) as object}
              columns={[
                {
                  key: 'created',
                  title: t('storage.recovery.restore.columns.createdAt'),
                  render: (_, row) => (
                    <>
                      {date(row.backup.createdAt)}
                      {row === suggested && (
                        <Tag color="blue" style={{ marginInlineStart: 8 }}>
                          {t('storage.recovery.restore.suggested')}
                        </Tag>
                      )}
                    </>
                  )
                },
                {
                  key: 'holds',
                  title: t('storage.recovery.restore.columns.holds'),
                  render: (_, row) =>
                    row.summary === null ? (
                      <Tag color="red">{t('storage.recovery.restore.unreadable')}</Tag>
                    ) : (
                      <span data-testid="recovery-backup-holds">
                        {t('storage.recovery.restore.holds', {
                          count: row.summary.assessments,
                          answers: row.summary.answers
                        })}
                        {row.summary.inTrash > 0 &&
                          ` ${t('storage.recovery.restore.inTrash', { count: row.summary.inTrash })}`}
                        {row.summary.institutions.length > 0 && (
                          <Typography.Text
                            type="secondary"
                            style={{ display: 'block', fontSize: 12 }}
                          >
                            {row.summary.institutions.slice(0, 3).join('、')}
                            {row.summary.institutions.length > 3 && ' …'}
                          </Typography.Text>
                        )}
                      </span>
                    )
                },
                {
                  key: 'lastChange',
                  title: t('storage.recovery.restore.columns.lastChange'),
                  render: (_, row) => date(row.summary?.lastChange ?? null)
                },
                {
                  key: 'size',
                  title: t('storage.recovery.restore.columns.size'),
                  render: (_, row) => formatBytes(row.backup.size, i18n.language)
                },
                {
                  key: 'action',
                  title: '',
                  render: (_, row) => (
                    <Button
                      size="small"
                      type={row === suggested ? 'primary' : 'default'}
                      data-testid="recovery-restore-auto"
                      disabled={row.summary === null || busy !== null}
                      onClick={() =>
                        void check(() =>
                          store!.read(row.backup.name).then((file) => ({
                            name: row.backup.name,
                            bytes: file.bytes
                          }))
                        )
                      }
                    >
                      {t('storage.recovery.restore.restoreThis')}
                    </Button>
                  )
                }
              ]}
            />
          ))}
        <Space wrap>
          <Button
            icon={<HistoryOutlined />}
            data-testid="recovery-restore-file"
            type={sources.includes('automatic') ? 'default' : 'primary'}
            loading={busy === 'check'}
            disabled={busy !== null && busy !== 'check'}
            onClick={() => void pickFile()}
          >
            {t('storage.recovery.restore.fromFile')}
          </Button>
        </Space>
        {refused && (
          <BackupRefusedAlert
            refused={refused}
            testId="recovery-refused"
            style={{ marginTop: 12 }}
          />
        )}
        {failure && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="recovery-failed"
            title={t('storage.recovery.restore.failed', { message: failure })}
          />
        )}
        {restored && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 12 }}
            data-testid="recovery-restored"
            title={t('storage.recovery.restore.restored')}
          />
        )}
        <RestoreConfirmModal
          pending={pending}
          restoring={busy === 'restore'}
          warning={t('storage.recovery.restore.warning')}
          confirmLabel={t('storage.recovery.restore.confirm')}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(null)}
        />
      </section>
    </ConfigProvider>
  )
}
