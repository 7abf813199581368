import { Input, Select } from 'antd'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FINDING_STATUSES, type FindingRecord } from '@shared/assessment/assessment'
import type { FindingSave } from './useFindingSaver'

export interface FindingCellProps {
  record: FindingRecord
  disabled: boolean
  save: FindingSave
}

/**
 * A text cell's value: what the assessor types, and the stored value whenever it changes while the
 * cell is not being typed in (a bulk assignment, the drawer). Re-setting the value during typing
 * would move the caret when the stored record comes back through the live query.
 */
function useStoredText(stored: string | undefined) {
  const [value, setValue] = useState(stored ?? '')
  const typing = useRef(false)
  useEffect(() => {
    if (!typing.current) setValue(stored ?? '')
  }, [stored])
  return {
    value,
    onFocus: () => void (typing.current = true),
    onBlur: () => void (typing.current = false),
    setValue
  }
}

export function OwnerCell({ record, disabled, save }: FindingCellProps) {
  const { t } = useTranslation()
  const text = useStoredText(record.owner)
  return (
    <Input
      data-testid="finding-owner"
      aria-label={t('remediation.columns.owner')}
      value={text.value}
      onFocus={text.onFocus}
      onBlur={text.onBlur}
      placeholder={t('remediation.drawer.ownerPlaceholder')}
      disabled={disabled}
      maxLength={200}
      onChange={(event) => {
        text.setValue(event.target.value)
        save(record, { owner: event.target.value })
      }}
    />
  )
}

export function DueDateCell({ record, disabled, save }: FindingCellProps) {
  const { t } = useTranslation()
  const text = useStoredText(record.dueDate)
  return (
    <Input
      type="date"
      data-testid="finding-due"
      aria-label={t('remediation.columns.dueDate')}
      value={text.value}
      onFocus={text.onFocus}
      onBlur={text.onBlur}
      disabled={disabled}
      onChange={(event) => {
        text.setValue(event.target.value)
        save(record, { dueDate: event.target.value || undefined })
      }}
    />
  )
}

export function StatusCell({ record, disabled, save }: FindingCellProps) {
  const { t } = useTranslation()
  return (
    <Select
      data-testid="finding-status"
      aria-label={t('remediation.columns.status')}
      value={record.status}
      disabled={disabled}
      style={{ width: '100%' }}
      options={FINDING_STATUSES.map((status) => ({
        value: status,
        label: t(`remediation.statuses.${status}`),
        // Closed only after a passed re-check (the record would be refused otherwise).
        disabled: status === 'verified' && record.recheck?.result !== 'passed'
      }))}
      onChange={(status) => save(record, { status })}
    />
  )
}
