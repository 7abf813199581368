import { Alert, Card, Space } from 'antd'
import { useTranslation } from 'react-i18next'
import { NARRATIVE_PARTS } from '@shared/assessment/report-fields'
import { PageHeading } from '../../components/PageHeading'
import { useWorkspace } from '../workspace/workspace-context'
import { NarrativeEditor } from './NarrativeEditor'
import { ReportFieldsCard } from './ReportFieldsCard'
import { useGeneratedNarrative } from './useGeneratedNarrative'

/**
 * 报告: what the report of record says beyond the figures — its number and confidentiality label,
 * and the narrative parts (概述, 结论, 建议 introduction), each generated from the results until
 * the assessors write their own. Saved with the assessment as they type.
 */
export function ReportScreen() {
  const { t } = useTranslation()
  const { readOnly } = useWorkspace()
  const generated = useGeneratedNarrative()
  return (
    <div data-testid="report-screen">
      <PageHeading title={t('report.screen.title')} intro={t('report.screen.intro')} />
      {readOnly && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t('report.screen.readOnly')}
        />
      )}
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <ReportFieldsCard />
        <Card title={t('report.screen.narrative')}>
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            {NARRATIVE_PARTS.map((part) => (
              <NarrativeEditor key={part} part={part} generated={generated?.[part] ?? null} />
            ))}
          </Space>
        </Card>
      </Space>
    </div>
  )
}
