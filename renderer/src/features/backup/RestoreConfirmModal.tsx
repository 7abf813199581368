import { Alert, Descriptions, Modal, Table, Tag } from 'antd'
import { startTransition, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { BackupAssessment } from '@shared/backup'
import { formatDateTime } from '../../i18n/format'
import type { BackupPreview } from '../file-check/file-check-protocol'

interface Props {
  pending: { fileName: string; preview: BackupPreview } | null
  restoring: boolean
  /** Replaces the default warning (the recovery screen's restore keeps the old data). */
  warning?: string
  /** Replaces the default confirm label. */
  confirmLabel?: string
  onConfirm: () => void
  onCancel: () => void
}

/**
 * What a checked backup holds — when it was made, by which app, each assessment with institution,
 * period, status and dates — and the warning that restoring replaces everything stored here.
 * Nothing is written until "Replace with this backup" is pressed.
 */
export function RestoreConfirmModal({
  pending,
  restoring,
  warning,
  confirmLabel,
  onConfirm,
  onCancel
}: Props) {
  const { t, i18n } = useTranslation()
  const manifest = pending?.preview.manifest
  const date = (iso: string | undefined): string => formatDateTime(iso, i18n.language)
  return (
    <Modal
      open={pending !== null}
      width={880}
      title={t('backup.confirmTitle')}
      okText={confirmLabel ?? t('backup.confirmOk')}
      okButtonProps={{ danger: true, ...{ 'data-testid': 'backup-restore-confirm' } }}
      cancelText={t('backup.confirmCancel')}
      cancelButtonProps={{ ...{ 'data-testid': 'backup-restore-cancel' } }}
      confirmLoading={restoring}
      onOk={onConfirm}
      onCancel={onCancel}
      maskClosable={false}
      destroyOnHidden
    >
      {manifest && pending && (
        <div data-testid="backup-preview">
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title={warning ?? t('backup.replaceWarning')}
          />
          <Descriptions
            size="small"
            column={2}
            bordered
            items={[
              { key: 'file', label: t('backup.file'), children: pending.fileName, span: 2 },
              { key: 'created', label: t('backup.createdAt'), children: date(manifest.createdAt) },
              { key: 'generator', label: t('backup.generator'), children: manifest.generator },
              {
                key: 'assessments',
                label: t('backup.assessmentCount'),
                children: (
                  <span data-testid="backup-preview-count">{manifest.assessments.length}</span>
                )
              },
              {
                key: 'answers',
                label: t('backup.answerCount'),
                children: manifest.assessments.reduce((sum, a) => sum + a.answers, 0)
              },
              {
                key: 'evidence',
                label: t('backup.evidenceCount'),
                children: pending.preview.evidenceFiles
              },
              { key: 'banks', label: t('backup.bankCount'), children: manifest.banks.length }
            ]}
          />
          <AssessmentList assessments={manifest.assessments} />
        </div>
      )}
    </Modal>
  )
}

/**
 * The backup's assessments, mounted after the dialog's first paint (in a transition): opening the
 * dialog on a checked backup of a thousand assessments is two shorter tasks, not one long one
 * (PERF-DB-4). The dialog remounts per backup (destroyOnHidden), so each opens the same way.
 */
function AssessmentList({ assessments }: { assessments: BackupAssessment[] }) {
  const { t, i18n } = useTranslation()
  const shown = useAfterFirstPaint()
  const date = (iso: string | undefined): string => formatDateTime(iso, i18n.language)
  if (!shown) return null
  return (
    <Table<BackupAssessment>
      style={{ marginTop: 16 }}
      size="small"
      rowKey="id"
      pagination={assessments.length > 8 ? { pageSize: 8 } : false}
      dataSource={assessments}
      locale={{ emptyText: t('backup.noAssessments') }}
      columns={[
        {
          key: 'institution',
          title: t('backup.columns.institution'),
          render: (_, row) => (
            <>
              {row.institution}
              {row.deletedAt && <Tag style={{ marginInlineStart: 8 }}>{t('backup.inTrash')}</Tag>}
            </>
          )
        },
        {
          key: 'period',
          title: t('backup.columns.period'),
          render: (_, row) => `${row.period.start} – ${row.period.end}`
        },
        {
          key: 'status',
          title: t('backup.columns.status'),
          render: (_, row) => t(`assessments.status.${row.status}`, { defaultValue: row.status })
        },
        {
          key: 'updated',
          title: t('backup.columns.updatedAt'),
          render: (_, row) => date(row.updatedAt)
        },
        { key: 'answers', title: t('backup.columns.answers'), dataIndex: 'answers' }
      ]}
    />
  )
}

function useAfterFirstPaint(): boolean {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    // After paint, not derived state: the dialog itself must reach the screen first.
    const frame = requestAnimationFrame(() => startTransition(() => setReady(true)))
    return () => cancelAnimationFrame(frame)
  }, [])
  return ready
}
