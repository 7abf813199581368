import { Button, Table, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatBytes, formatDateTime } from '../../i18n/format'
import { suggestedBackup } from './recovery-plan'
import type { RecoveryRow } from './useRecoveryRestore'

interface Props {
  rows: RecoveryRow[]
  disabled: boolean
  onRestore: (row: RecoveryRow) => void
}

/** The newest automatic backups: when made, what each holds, the suggested one first in line. */
export function RecoveryBackupTable({ rows, disabled, onRestore }: Props) {
  const { t, i18n } = useTranslation()
  const suggested = suggestedBackup(rows)
  const date = (iso: string | null): string => (iso ? formatDateTime(iso, i18n.language) : '—')
  return (
    <Table<RecoveryRow>
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
          render: (_, row) => <BackupHolds row={row} />
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
              disabled={(row.summary === null && !row.sealed) || disabled}
              onClick={() => onRestore(row)}
            >
              {t('storage.recovery.restore.restoreThis')}
            </Button>
          )
        }
      ]}
    />
  )
}

/**
 * What one backup holds: assessments, answers, the trash and the first institutions. An encrypted
 * one says so, and shows the same once its passphrase was entered (restoring asks for it).
 */
function BackupHolds({ row }: { row: RecoveryRow }) {
  const { t } = useTranslation()
  const { summary } = row
  const sealedTag = row.sealed && (
    <Tag color="gold" data-testid="recovery-backup-sealed">
      {t('storage.recovery.restore.sealed')}
    </Tag>
  )
  if (summary === null && row.sealed)
    return (
      <span data-testid="recovery-backup-holds">
        {sealedTag}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('storage.recovery.restore.sealedHint')}
        </Typography.Text>
      </span>
    )
  if (summary === null) return <Tag color="red">{t('storage.recovery.restore.unreadable')}</Tag>
  return (
    <span data-testid="recovery-backup-holds">
      {sealedTag}
      {t('storage.recovery.restore.holds', {
        count: summary.assessments,
        answers: summary.answers
      })}
      {summary.inTrash > 0 &&
        ` ${t('storage.recovery.restore.inTrash', { count: summary.inTrash })}`}
      {summary.institutions.length > 0 && (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {summary.institutions.slice(0, 3).join(t('common.listSeparator'))}
          {summary.institutions.length > 3 && ' …'}
        </Typography.Text>
      )}
    </span>
  )
}
