import { Card, Form, Input, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  CONFIDENTIALITY_LEVELS,
  DEFAULT_CONFIDENTIALITY,
  reportNumberOf
} from '@shared/assessment/report-fields'
import { useSaves } from '../workspace/saves-context'
import { useWorkspace } from '../workspace/workspace-context'

/** The report's 报告编号 and 密级: printed on the cover and in every page header. */
export function ReportFieldsCard() {
  const { t } = useTranslation()
  const { assessment, readOnly } = useWorkspace()
  const saves = useSaves()
  const [number, setNumber] = useState<string | null>(null)
  const stored = assessment.metadata.reportNumber ?? ''
  const shownNumber = number ?? stored
  const tooLong = [...shownNumber.trim()].length > 64
  const fallback = reportNumberOf({
    id: assessment.id,
    metadata: { period: assessment.metadata.period }
  })
  return (
    <Card title={t('report.fields.title')}>
      <Form layout="vertical" style={{ maxWidth: 560 }}>
        <Form.Item
          label={t('report.fields.number')}
          htmlFor="report-number"
          help={
            tooLong
              ? t('report.fields.numberTooLong')
              : t('report.fields.numberHelp', { number: fallback })
          }
          validateStatus={tooLong ? 'error' : undefined}
        >
          <Input
            id="report-number"
            value={shownNumber}
            readOnly={readOnly}
            data-testid="report-number"
            placeholder={fallback}
            onChange={(event) => {
              const text = event.target.value.replace(/[\r\n]/g, ' ')
              setNumber(text)
              if ([...text.trim()].length <= 64) saves.report.change('reportNumber', text)
            }}
          />
        </Form.Item>
        <Form.Item
          label={t('report.fields.confidentiality')}
          htmlFor="report-confidentiality"
          help={t('report.fields.confidentialityHelp')}
        >
          <Select
            id="report-confidentiality"
            value={assessment.metadata.confidentiality ?? DEFAULT_CONFIDENTIALITY}
            disabled={readOnly}
            data-testid="report-confidentiality"
            options={CONFIDENTIALITY_LEVELS.map((level) => ({
              value: level,
              label: t(`report.confidentiality.${level}`)
            }))}
            onChange={(value) => saves.report.change('confidentiality', value)}
          />
        </Form.Item>
      </Form>
    </Card>
  )
}
