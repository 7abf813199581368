import { Button, Flex, Input, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { RegisterEntry } from '@shared/remediation'
import { RISK_LEVELS, type RiskLevel } from '@shared/scoring/risk-level'
import type { FindingSave } from './useFindingSaver'

interface RiskEditorProps {
  entry: RegisterEntry
  save: FindingSave
  disabled: boolean
}

/** 风险等级: the engine's default, or a level set instead of it with the reason (required). */
export function RiskEditor({ entry, save, disabled }: RiskEditorProps) {
  const { t } = useTranslation()
  const [level, setLevel] = useState<RiskLevel | undefined>(entry.risk ?? undefined)
  const [reason, setReason] = useState(entry.record.risk?.reason ?? '')
  const [error, setError] = useState(false)
  const submit = () => {
    if (level === undefined) return
    if (reason.trim() === '') {
      setError(true)
      return
    }
    setError(false)
    save(entry.record, { risk: { level, reason: reason.trim() } })
  }
  const reset = () => {
    setLevel(entry.defaultRisk ?? undefined)
    setReason('')
    save(entry.record, { risk: undefined })
  }
  return (
    <Flex vertical gap={6} data-testid="risk-editor">
      {entry.defaultRisk && (
        <Typography.Text type="secondary">
          {t('remediation.drawer.defaultRisk', {
            level: t(`remediation.risk.${entry.defaultRisk}`)
          })}
        </Typography.Text>
      )}
      <Flex gap={8}>
        <Select<RiskLevel>
          data-testid="risk-level"
          aria-label={t('remediation.drawer.risk')}
          value={level}
          disabled={disabled}
          onChange={setLevel}
          style={{ width: 110 }}
          options={RISK_LEVELS.map((r) => ({ value: r, label: t(`remediation.risk.${r}`) }))}
        />
        <Input
          data-testid="risk-reason"
          aria-label={t('remediation.drawer.riskReason')}
          placeholder={t('remediation.drawer.riskReasonPlaceholder')}
          value={reason}
          disabled={disabled}
          maxLength={4000}
          status={error ? 'error' : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
      </Flex>
      {error && (
        <Typography.Text type="danger" data-testid="risk-reason-error">
          {t('remediation.drawer.riskReasonRequired')}
        </Typography.Text>
      )}
      <Flex gap={8}>
        <Button size="small" data-testid="risk-save" disabled={disabled} onClick={submit}>
          {t('remediation.drawer.riskSave')}
        </Button>
        {entry.record.risk && (
          <Button size="small" data-testid="risk-reset" disabled={disabled} onClick={reset}>
            {t('remediation.drawer.riskReset')}
          </Button>
        )}
      </Flex>
    </Flex>
  )
}
