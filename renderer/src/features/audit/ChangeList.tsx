import { Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { FieldChange } from './audit-entries'

const FIELD_KEYS = [
  'value',
  'na',
  'comment',
  'evidence',
  'effectiveDate',
  'caption',
  'flagged',
  'carriedOver',
  'owner',
  'dueDate',
  'action',
  'status',
  'institution',
  'scope',
  'period',
  'assessors',
  'notes',
  'bank',
  'fileName',
  'copiedFrom',
  'carriedOverFrom',
  'inTrash'
] as const

/** Each changed field as `field: old → new` (or just the new value when there was none). */
export function ChangeList({ changes }: { changes: readonly FieldChange[] }) {
  const { t } = useTranslation()
  const colon = t('common.colon')
  const fieldName = (change: FieldChange) =>
    change.literal || !(FIELD_KEYS as readonly string[]).includes(change.field)
      ? change.field
      : t(`audit.fields.${change.field as (typeof FIELD_KEYS)[number]}`)
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {changes.map((change) => (
        <li key={change.field} data-testid="audit-change" data-field={change.field}>
          <Typography.Text type="secondary">
            {fieldName(change)}
            {colon}
          </Typography.Text>
          {change.old !== undefined && (
            <>
              <Typography.Text type="secondary" data-testid="audit-old">
                {change.old}
              </Typography.Text>
              <span aria-hidden style={{ margin: '0 6px' }}>
                →
              </span>
            </>
          )}
          <Typography.Text data-testid="audit-new">{change.new}</Typography.Text>
        </li>
      ))}
    </ul>
  )
}
