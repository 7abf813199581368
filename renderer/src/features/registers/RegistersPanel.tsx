import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { Alert, Button, Space, Table } from 'antd'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { REGISTER_KIND_TABLE } from '@shared/registers/kinds'
import { FilePickButton } from '../../components/FilePickButton'
import { IssueTable } from '../../components/IssueTable'
import type { RegisterHeadsRow } from '../../db/schema'
import { formatDateTime } from '../../i18n/format'
import { useLanguage } from '../../i18n/useLanguage'
import { useWorkspace } from '../workspace/workspace-context'
import type { RegisterMapping } from '../../db/repos/register-mappings'
import { ColumnMappingForm } from './ColumnMappingForm'
import { RegisterImportPreview } from './RegisterImportPreview'
import { warmRegisterWorker } from './register-measurer'
import { rowRanges } from './row-ranges'
import { useRegisterImport, type RegisterRefusal } from './useRegisterImport'
import { useRegisterTemplate } from './useRegisterTemplate'
import './registers.css'

/**
 * The registers of the open assessment, on the factors screen: the template to fill, the import
 * (refused whole with every row problem placed, or previewed before it replaces anything) and
 * the files the figures come from.
 */
export function RegistersPanel({ row }: { row: RegisterHeadsRow | null | undefined }) {
  const { t } = useTranslation()
  const { readOnly } = useWorkspace()
  const template = useRegisterTemplate()
  const importer = useRegisterImport(row)
  // The worker starts with the screen, so a pick does not wait for it to load.
  useEffect(() => {
    if (!readOnly) warmRegisterWorker()
  }, [readOnly])
  return (
    <section
      className="registers-panel"
      data-testid="registers-panel"
      aria-labelledby="registers-title"
    >
      <h2 id="registers-title">{t('registers.title')}</h2>
      <p className="registers-intro">{t('registers.intro')}</p>
      <Space wrap>
        <Button
          icon={<DownloadOutlined />}
          loading={template.busy}
          onClick={template.save}
          data-testid="registers-template"
        >
          {t('registers.downloadTemplate')}
        </Button>
        {!readOnly && (
          <FilePickButton
            accept={['xlsx', 'csv']}
            onFile={importer.read}
            icon={<UploadOutlined />}
            busy={importer.busy}
            testId="registers-import"
          >
            {importer.busy ? t('registers.reading') : t('registers.import')}
          </FilePickButton>
        )}
      </Space>
      {importer.refusal && (
        <RegisterRefused
          refusal={importer.refusal}
          onLeaveOut={importer.leaveOutListed}
          onMap={importer.readWithMapping}
        />
      )}
      <StoredRegisters row={row} />
      {importer.reading !== null && (
        <RegisterImportPreview
          name={importer.reading}
          preview={importer.preview}
          onCancel={importer.cancel}
        />
      )}
    </section>
  )
}

/** The refused file's problems, and — when they are row problems — leaving those rows out. */
function RegisterRefused(props: {
  refusal: RegisterRefusal
  onLeaveOut: () => void
  onMap: (mapping: RegisterMapping) => void
}) {
  const { t } = useTranslation()
  const { refusal } = props
  const listed = Object.entries(refusal.rowsWithProblems).filter(([, rows]) => rows.length > 0)
  const count = listed.reduce((n, [, rows]) => n + rows.length, 0)
  return (
    <div className="registers-refused" data-testid="registers-refused">
      <Alert type="error" showIcon message={t('registers.refused', { name: refusal.file.name })} />
      <IssueTable issues={refusal.issues} />
      {refusal.problems > refusal.issues.length && (
        <p className="registers-more-problems" data-testid="registers-more-problems">
          {t('registers.moreProblems', {
            count: refusal.problems,
            shown: refusal.issues.length
          })}
        </p>
      )}
      {refusal.unmapped.length > 0 && (
        <ColumnMappingForm
          key={refusal.unmapped.map((u) => u.sheet).join('|')}
          unmapped={refusal.unmapped}
          remembered={refusal.mapping}
          onApply={props.onMap}
        />
      )}
      {count > 0 && (
        <div className="registers-leave-out">
          <ul>
            {listed.map(([sheet, rows]) => (
              <li key={sheet}>{t('registers.leaveOutRows', { sheet, rows: rowRanges(rows) })}</li>
            ))}
          </ul>
          <Button onClick={props.onLeaveOut} data-testid="registers-leave-out">
            {t('registers.leaveOut', { count })}
          </Button>
        </div>
      )}
    </div>
  )
}

/** Each stored register: its kind, the file it came from (SHA-256), its rows and when. */
function StoredRegisters({ row }: { row: RegisterHeadsRow | null | undefined }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  if (!row || row.registers.length === 0)
    return <p className="registers-none">{t('registers.none')}</p>
  return (
    <Table
      data-testid="registers-stored"
      size="small"
      pagination={false}
      rowKey={(r) => r.table.kind}
      dataSource={row.registers}
      columns={[
        {
          title: t('registers.register'),
          key: 'kind',
          render: (_: unknown, r) => REGISTER_KIND_TABLE[r.table.kind].sheet[language]
        },
        {
          title: t('registers.file'),
          key: 'file',
          render: (_: unknown, r) => (
            <span title={`SHA-256 ${r.source.sha256}`}>
              {r.source.name} <code>{r.source.sha256.slice(0, 12)}</code>
            </span>
          )
        },
        {
          title: t('registers.rows'),
          key: 'rows',
          render: (_: unknown, r) =>
            r.table.leftOut.length > 0
              ? `${r.table.rowCount} (${t('registers.leftOut', { count: r.table.leftOut.length })})`
              : r.table.rowCount
        },
        {
          title: t('registers.importedAt'),
          key: 'at',
          render: (_: unknown, r) => formatDateTime(r.source.importedAt, language)
        }
      ]}
    />
  )
}
