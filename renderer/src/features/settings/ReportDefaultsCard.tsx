import { Card, Form, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { CONFIDENTIALITY_LEVELS, formatReportNumber } from '@shared/assessment/report-fields'
import { useAppSettings } from '../../app/startup/useAppSettings'
import { SettingField } from './SettingField'
import { TextSetting } from './TextSetting'
import { useSettingSaver } from './useSettingSaver'

/** What a new assessment's report of record starts with: its number pattern and confidentiality label. */
export function ReportDefaultsCard() {
  const { t } = useTranslation()
  const settings = useAppSettings()
  const levelSaver = useSettingSaver('defaultConfidentiality')
  const example = (pattern: string) =>
    formatReportNumber(pattern, { periodEnd: '2025-12-31', id: '7f3a9c21', seq: 1 })
  return (
    <Card title={t('settings.report.title')}>
      <Form layout="vertical" component={false}>
        <TextSetting
          setting="reportNumberPattern"
          name="report-pattern"
          label={t('settings.report.pattern')}
          help={(pattern) => t('settings.report.patternHelp', { example: example(pattern) })}
          maxLength={64}
          required
        />
        <SettingField
          name="report-confidentiality"
          label={t('settings.report.confidentiality')}
          help={t('settings.report.confidentialityHelp')}
          saver={levelSaver}
          style={{ marginBottom: 0 }}
        >
          {(control) => (
            <Select
              {...control}
              value={settings.defaultConfidentiality}
              style={{ maxWidth: 360, width: '100%' }}
              options={CONFIDENTIALITY_LEVELS.map((level) => ({
                value: level,
                label: t(`report.confidentiality.${level}`)
              }))}
              onChange={(value) => levelSaver.save(value)}
            />
          )}
        </SettingField>
      </Form>
    </Card>
  )
}
