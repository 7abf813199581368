import { App, Button, Flex, Input, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FINDING_STATUSES, type FindingStatus } from '@shared/assessment/assessment'
import type { RegisterEntry } from '@shared/remediation'
import type { FindingChange, FindingSave } from './useFindingSaver'

interface BulkAssignBarProps {
  selected: RegisterEntry[]
  save: FindingSave
  onDone: () => void
}

/**
 * 批量指派: one department, due date or status for every selected finding; what is left empty
 * stays as each finding has it. `verified` is not offered: each finding needs its own re-check.
 */
export function BulkAssignBar({ selected, save, onDone }: BulkAssignBarProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [owner, setOwner] = useState('')
  const [dueDate, setDueDate] = useState('')
  const [status, setStatus] = useState<FindingStatus | 'keep'>('keep')
  if (selected.length === 0) return null

  const apply = () => {
    const change: FindingChange = {}
    if (owner.trim() !== '') change.owner = owner.trim()
    if (dueDate !== '') change.dueDate = dueDate
    if (status !== 'keep') change.status = status
    if (Object.keys(change).length === 0) {
      void message.warning(t('remediation.bulk.nothing'))
      return
    }
    for (const entry of selected) save(entry.record, change)
    void message.success(t('remediation.bulk.applied', { count: selected.length }))
    setOwner('')
    setDueDate('')
    setStatus('keep')
    onDone()
  }

  return (
    <Flex gap={8} wrap align="center" data-testid="bulk-assign">
      <Typography.Text strong>
        {t('remediation.bulk.selected', { count: selected.length })}
      </Typography.Text>
      <Input
        data-testid="bulk-owner"
        aria-label={t('remediation.bulk.owner')}
        placeholder={t('remediation.bulk.ownerPlaceholder')}
        value={owner}
        maxLength={200}
        onChange={(event) => setOwner(event.target.value)}
        style={{ width: 200 }}
      />
      <Input
        type="date"
        data-testid="bulk-due"
        aria-label={t('remediation.bulk.dueDate')}
        value={dueDate}
        onChange={(event) => setDueDate(event.target.value)}
        style={{ width: 150 }}
      />
      <Select<FindingStatus | 'keep'>
        data-testid="bulk-status"
        aria-label={t('remediation.bulk.status')}
        value={status}
        onChange={setStatus}
        style={{ width: 160 }}
        options={[
          { value: 'keep', label: t('remediation.bulk.keep') },
          ...FINDING_STATUSES.filter((s) => s !== 'verified').map((s) => ({
            value: s,
            label: t(`remediation.statuses.${s}`)
          }))
        ]}
      />
      <Button type="primary" data-testid="bulk-apply" onClick={apply}>
        {t('remediation.bulk.apply')}
      </Button>
      <Button data-testid="bulk-clear" onClick={onDone}>
        {t('remediation.bulk.clear')}
      </Button>
    </Flex>
  )
}
