import { Button, Flex, Input, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RECHECK_RESULTS, type RecheckResult } from '@shared/assessment/assessment'
import type { RegisterEntry } from '@shared/remediation'
import { useActor } from '../review/useActor'
import type { FindingSave } from './useFindingSaver'

interface RecheckEditorProps {
  entry: RegisterEntry
  save: FindingSave
  disabled: boolean
}

interface RecheckForm {
  date: string
  setDate: (date: string) => void
  by: string
  setBy: (by: string) => void
  result: RecheckResult | undefined
  setResult: (result: RecheckResult) => void
}

/** The re-check's date, who and result on one line. */
function RecheckInputs({ form, disabled }: { form: RecheckForm; disabled: boolean }) {
  const { t } = useTranslation()
  const { date, setDate, by, setBy, result, setResult } = form
  return (
    <Flex gap={8} wrap>
      <Input
        type="date"
        data-testid="recheck-date"
        aria-label={t('remediation.drawer.recheckDate')}
        value={date}
        disabled={disabled}
        onChange={(event) => setDate(event.target.value)}
        style={{ width: 150 }}
      />
      <Input
        data-testid="recheck-by"
        aria-label={t('remediation.drawer.recheckBy')}
        placeholder={t('remediation.drawer.recheckBy')}
        value={by}
        disabled={disabled}
        maxLength={200}
        onChange={(event) => setBy(event.target.value)}
        style={{ width: 140 }}
      />
      <Select<RecheckResult>
        data-testid="recheck-result"
        aria-label={t('remediation.drawer.recheckResult')}
        placeholder={t('remediation.drawer.recheckResult')}
        value={result}
        disabled={disabled}
        onChange={setResult}
        style={{ width: 110 }}
        options={RECHECK_RESULTS.map((r) => ({
          value: r,
          label: t(`remediation.recheckResults.${r}`)
        }))}
      />
    </Flex>
  )
}

/**
 * 复查: date, who and the result of checking the remediation. A passed re-check is what lets a
 * finding be closed as verified; withdrawing it reopens a verified finding as fixed-awaiting.
 */
export function RecheckEditor({ entry, save, disabled }: RecheckEditorProps) {
  const { t } = useTranslation()
  const actor = useActor()
  const stored = entry.record.recheck
  const [date, setDate] = useState(stored?.date ?? '')
  const [by, setBy] = useState(stored?.by ?? actor)
  const [result, setResult] = useState<RecheckResult | undefined>(stored?.result)
  const form = { date, setDate, by, setBy, result, setResult }
  const [comment, setComment] = useState(stored?.comment ?? '')
  const [error, setError] = useState(false)
  const submit = () => {
    if (date === '' || by.trim() === '' || result === undefined) {
      setError(true)
      return
    }
    setError(false)
    const recheck = {
      date,
      by: by.trim(),
      result,
      ...(comment.trim() === '' ? {} : { comment: comment.trim() })
    }
    // A failed re-check cannot keep a finding closed.
    const reopen = result === 'failed' && entry.record.status === 'verified'
    save(entry.record, reopen ? { recheck, status: 'inProgress' } : { recheck })
  }
  const remove = () => {
    setDate('')
    setResult(undefined)
    setComment('')
    const reopen = entry.record.status === 'verified'
    save(entry.record, reopen ? { recheck: undefined, status: 'done' } : { recheck: undefined })
  }
  return (
    <Flex vertical gap={6} data-testid="recheck-editor">
      <RecheckInputs form={form} disabled={disabled} />
      <Input.TextArea
        data-testid="recheck-comment"
        aria-label={t('remediation.drawer.recheckComment')}
        placeholder={t('remediation.drawer.recheckComment')}
        value={comment}
        disabled={disabled}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={20_000}
        onChange={(event) => setComment(event.target.value)}
      />
      {error && (
        <Typography.Text type="danger">{t('remediation.drawer.recheckRequired')}</Typography.Text>
      )}
      <Flex gap={8}>
        <Button size="small" data-testid="recheck-save" disabled={disabled} onClick={submit}>
          {t('remediation.drawer.recheckSave')}
        </Button>
        {stored && (
          <Button size="small" data-testid="recheck-remove" disabled={disabled} onClick={remove}>
            {t('remediation.drawer.recheckRemove')}
          </Button>
        )}
      </Flex>
    </Flex>
  )
}
