import { Flex, Input, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { FINDING_STATUSES, type FindingRecord } from '@shared/assessment/assessment'
import type { FindingChange } from './useFindingSaver'

export interface FindingCellProps {
  record: FindingRecord
  disabled: boolean
  save: (stored: FindingRecord, change: FindingChange) => void
}

/*
 * Text cells are uncontrolled (defaultValue): the stored record comes back through the live query
 * a moment after each keystroke, and re-setting the value would move the caret while typing.
 */

export function OwnerCell({ record, disabled, save }: FindingCellProps) {
  const { t } = useTranslation()
  return (
    <Input
      data-testid="finding-owner"
      aria-label={t('results.findings.owner')}
      defaultValue={record.owner}
      placeholder={t('results.findings.ownerPlaceholder')}
      disabled={disabled}
      maxLength={200}
      onChange={(event) => save(record, { owner: event.target.value })}
    />
  )
}

export function DueDateCell({ record, disabled, save }: FindingCellProps) {
  const { t } = useTranslation()
  return (
    <Input
      type="date"
      data-testid="finding-due"
      aria-label={t('results.findings.dueDate')}
      defaultValue={record.dueDate}
      disabled={disabled}
      onChange={(event) => save(record, { dueDate: event.target.value || undefined })}
    />
  )
}

export function ActionCell({ record, disabled, save }: FindingCellProps) {
  const { t } = useTranslation()
  return (
    <Input.TextArea
      data-testid="finding-action"
      aria-label={t('results.findings.action')}
      defaultValue={record.action}
      placeholder={t('results.findings.actionPlaceholder')}
      disabled={disabled}
      autoSize={{ minRows: 1, maxRows: 5 }}
      maxLength={20_000}
      onChange={(event) => save(record, { action: event.target.value })}
    />
  )
}

export function StatusCell({ record, disabled, save }: FindingCellProps) {
  const { t } = useTranslation()
  return (
    <Select
      data-testid="finding-status"
      aria-label={t('results.findings.status')}
      value={record.status}
      disabled={disabled}
      style={{ width: '100%' }}
      options={FINDING_STATUSES.map((status) => ({
        value: status,
        label: t(`results.findings.statuses.${status}`)
      }))}
      onChange={(status) => save(record, { status })}
    />
  )
}

/** Owner, due date and status on one line, the action under them: the whole remediation record. */
export function RemediationCell(props: FindingCellProps) {
  return (
    <Flex vertical gap={6}>
      <Flex gap={6}>
        <div style={{ flex: 1, minWidth: 0 }}>
          <OwnerCell {...props} />
        </div>
        <div style={{ width: 150 }}>
          <DueDateCell {...props} />
        </div>
        <div style={{ width: 116 }}>
          <StatusCell {...props} />
        </div>
      </Flex>
      <ActionCell {...props} />
    </Flex>
  )
}
