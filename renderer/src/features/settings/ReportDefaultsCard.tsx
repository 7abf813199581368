import { Card, Form, Input, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CONFIDENTIALITY_LEVELS, formatReportNumber } from '@shared/assessment/report-fields'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { SaveHint } from './SaveHint'
import { useSettingSaver } from './useSettingSaver'

/** What a new assessment's report of record starts with: its number pattern and confidentiality label. */
export function ReportDefaultsCard() {
  const { t } = useTranslation()
  const settings = useAppSettings()
  const [pattern, setPattern] = useState(settings.reportNumberPattern)
  const patternSaver = useSettingSaver('reportNumberPattern')
  const levelSaver = useSettingSaver('defaultConfidentiality')
  const example = formatReportNumber(pattern, { periodEnd: '2025-12-31', id: '7f3a9c21', seq: 1 })
  return (
    <Card title={t('settings.report.title')}>
      <Form layout="vertical" component={false}>
        <Form.Item
          label={t('settings.report.pattern')}
          htmlFor="settings-report-pattern"
          extra={
            <>
              {t('settings.report.patternHelp', { example })}{' '}
              <SaveHint
                testId="report-pattern-state"
                state={patternSaver.state}
                error={patternSaver.error}
              />
            </>
          }
        >
          <Input
            id="settings-report-pattern"
            data-testid="settings-report-pattern"
            value={pattern}
            maxLength={64}
            style={{ maxWidth: 360 }}
            onChange={(event) => {
              setPattern(event.target.value)
              if (event.target.value.trim() !== '') patternSaver.save(event.target.value.trim())
            }}
          />
        </Form.Item>
        <Form.Item
          label={t('settings.report.confidentiality')}
          htmlFor="settings-report-confidentiality"
          extra={
            <>
              {t('settings.report.confidentialityHelp')}{' '}
              <SaveHint
                testId="report-confidentiality-state"
                state={levelSaver.state}
                error={levelSaver.error}
              />
            </>
          }
          style={{ marginBottom: 0 }}
        >
          <Select
            id="settings-report-confidentiality"
            data-testid="settings-report-confidentiality"
            value={settings.defaultConfidentiality}
            style={{ maxWidth: 360, width: '100%' }}
            options={CONFIDENTIALITY_LEVELS.map((level) => ({
              value: level,
              label: t(`report.confidentiality.${level}`)
            }))}
            onChange={(value) => levelSaver.save(value)}
          />
        </Form.Item>
      </Form>
    </Card>
  )
}
