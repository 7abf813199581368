import { Modal, Spin, Table, type ButtonProps } from 'antd'
import { startTransition, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { REGISTER_KIND_TABLE } from '@shared/registers/kinds'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import type { RegisterPreview } from './useRegisterImport'
import { useFigureLabel } from './useFigureLabel'

const shown = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : String(Math.round(value * 1000) / 1000)

/** The preview's parts: the modal, the rows per register, the figures. */
const PARTS = 3

/**
 * How many of the preview's parts are mounted: the modal first (while the file is still being
 * read), then, once the preview is `ready`, one more per task, each in a transition, so the modal
 * and each of its tables (antd's, their styles made on first use) are committed apart — one
 * commit of them all was a page task of 60-80 ms.
 */
function usePartsShown(ready: boolean): number {
  const [count, setCount] = useState(1)
  useEffect(() => {
    if (!ready || count >= PARTS) return
    const next = setTimeout(() => startTransition(() => setCount(count + 1)), 0)
    return () => clearTimeout(next)
  }, [count, ready])
  return ready ? count : 1
}

/**
 * What an import changes — rows per register and each factor figure — before anything is written.
 * Open from the pick on: while the file `name` is read and measured (`preview` null) it says so
 * and the confirmation waits; a refused file closes it (its problems show on the panel).
 */
export function RegisterImportPreview(props: {
  name: string
  preview: RegisterPreview | null
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const { readOnly } = useWorkspace()
  const [saving, setSaving] = useState(false)
  const { preview } = props
  const parts = usePartsShown(preview !== null)
  return (
    <Modal
      open
      width={820}
      title={t('registers.preview.title', { name: preview?.source.name ?? props.name })}
      okText={t('registers.preview.confirm')}
      cancelText={t('registers.preview.cancel')}
      okButtonProps={
        {
          disabled: readOnly || preview === null,
          'data-testid': 'registers-confirm'
        } as ButtonProps
      }
      confirmLoading={saving}
      onCancel={props.onCancel}
      onOk={() => {
        if (preview === null) return
        setSaving(true)
        void preview.apply().finally(() => setSaving(false))
      }}
    >
      {preview === null ? (
        <div className="registers-preview-reading" data-testid="registers-preview-reading">
          <Spin /> {t('registers.reading')}
        </div>
      ) : (
        <PreviewParts preview={preview} parts={parts} />
      )}
    </Modal>
  )
}

/** The preview's tables, `parts` of them mounted (usePartsShown). */
function PreviewParts({ preview, parts }: { preview: RegisterPreview; parts: number }) {
  const { t } = useTranslation()
  const label = useFigureLabel()
  return (
    <>
      {/* Named once all of it is shown: what the user (and a test) reads is there. */}
      <div data-testid={parts === PARTS ? 'registers-preview' : undefined}>
        <h4>{t('registers.preview.rowsTitle')}</h4>
        {parts >= 2 && <RowChanges rows={preview.rows} />}
        <h4>{t('registers.preview.figuresTitle')}</h4>
        {parts < 3 ? null : preview.figures.length === 0 ? (
          <p>{t('registers.preview.noFigureChange')}</p>
        ) : (
          <Table
            data-testid="registers-preview-figures"
            size="small"
            pagination={preview.figures.length > 12 ? { pageSize: 12 } : false}
            rowKey="key"
            dataSource={preview.figures}
            columns={[
              {
                title: t('registers.preview.figure'),
                key: 'f',
                render: (_: unknown, f) => label(f)
              },
              {
                title: t('registers.preview.oldValue'),
                key: 'o',
                render: (_: unknown, f) => shown(f.before)
              },
              {
                title: t('registers.preview.newValue'),
                key: 'n',
                render: (_: unknown, f) => shown(f.after)
              }
            ]}
          />
        )}
      </div>
    </>
  )
}

/** Rows per register: before, after, and how many the file adds, removes and changes. */
function RowChanges({ rows }: { rows: RegisterPreview['rows'] }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="kind"
      dataSource={rows}
      columns={[
        {
          title: t('registers.preview.kind'),
          key: 'kind',
          render: (_: unknown, r) => REGISTER_KIND_TABLE[r.kind].sheet[language]
        },
        { title: t('registers.preview.before'), dataIndex: 'before' },
        { title: t('registers.preview.after'), dataIndex: 'after' },
        {
          title: t('registers.preview.added'),
          key: 'a',
          dataIndex: 'added'
        },
        {
          title: t('registers.preview.removed'),
          key: 'r',
          dataIndex: 'removed'
        },
        {
          title: t('registers.preview.changed'),
          key: 'c',
          dataIndex: 'changed'
        }
      ]}
    />
  )
}
